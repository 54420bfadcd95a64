# SPDX-License-Identifier: GPL-3.0-or-later
# Each library area keeps its own zh_CN catalogue in resources/translations, so that work on one
# area never rewrites another's. lrelease turns them into .qm files embedded in the core library;
# scripts/update-translations.sh runs lupdate (the build never rewrites sources).
set(CHAMBER_TRANSLATION_AREAS core storage reports import exchange cli app)

function(chamber_add_translations target)
    set(ts_files)
    foreach(area IN LISTS CHAMBER_TRANSLATION_AREAS)
        set(ts ${CMAKE_SOURCE_DIR}/resources/translations/chamber_${area}_zh_CN.ts)
        if(EXISTS ${ts})
            list(APPEND ts_files ${ts})
        endif()
    endforeach()
    set_source_files_properties(${ts_files} PROPERTIES OUTPUT_LOCATION ${CMAKE_BINARY_DIR}/i18n)
    qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} chamber_translations PREFIX /i18n BASE ${CMAKE_BINARY_DIR}/i18n FILES ${qm_files})
endfunction()
