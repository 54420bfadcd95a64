# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules and the Debian package (CPack DEB; see docs/developer.md, "Packaging").
# Everything the programs read at run time (divisions, migrations, translations) is compiled in as Qt
# resources, so the installed tree is: two programs, the desktop entry, icons, AppStream metainfo,
# man pages and the Debian documentation files. The user's database is never installed or touched.
include(GNUInstallDirs)

set(CHAMBER_HOMEPAGE https://github.com/chamberdesk/ChamberDesk)
set(pkg ${CMAKE_SOURCE_DIR}/packaging)
set(pkg_out ${CMAKE_BINARY_DIR}/packaging)

install(TARGETS chamberctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET chamberdesk)
    install(TARGETS chamberdesk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
# Read-only relocations, as Debian's hardening flags would give (lintian: hardening-no-relro).
foreach(program chamberctl chamberdesk)
    if(TARGET ${program})
        target_link_options(${program} PRIVATE -Wl,-z,relro -Wl,-z,now)
    endif()
endforeach()

# Generated files: the metainfo's <release> and the Debian changelog carry CHAMBER_VERSION.
configure_file(${pkg}/${CHAMBER_APP_ID}.metainfo.xml.in ${pkg_out}/${CHAMBER_APP_ID}.metainfo.xml @ONLY)
configure_file(${pkg}/changelog.in ${pkg_out}/changelog @ONLY)
file(CONFIGURE OUTPUT ${pkg_out}/version CONTENT "@CHAMBER_VERSION@\n" @ONLY) # for scripts/package.sh

# Man pages: hand-written, with the list of commands (options) taken from the program's --help in
# each language by packaging/manpage.py. They and the changelog are installed compressed (gzip -9n).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(compressed)
set(man_programs chamberctl)
if(TARGET chamberdesk)
    list(APPEND man_programs chamberdesk)
endif()
foreach(lang en zh_CN)
    foreach(program IN LISTS man_programs)
        set(in ${pkg}/man/${lang}/${program}.1.in)
        set(out ${pkg_out}/man/${lang}/${program}.1.gz)
        add_custom_command(OUTPUT ${out}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${pkg_out}/man/${lang}
            COMMAND ${Python3_EXECUTABLE} ${pkg}/manpage.py $<TARGET_FILE:${program}> ${lang} ${in} ${out}
                    ${CHAMBER_VERSION} ${CHAMBER_RELEASE_DATE}
            DEPENDS ${in} ${program} ${pkg}/manpage.py VERBATIM)
        list(APPEND compressed ${out})
        if(lang STREQUAL "en")
            install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        else()
            install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/${lang}/man1)
        endif()
    endforeach()
endforeach()
add_custom_command(OUTPUT ${pkg_out}/changelog.gz
    COMMAND sh -c "gzip -9n -c '${pkg_out}/changelog' > '${pkg_out}/changelog.gz'"
    DEPENDS ${pkg_out}/changelog VERBATIM)
list(APPEND compressed ${pkg_out}/changelog.gz)
add_custom_target(chamber_package_files ALL DEPENDS ${compressed})

install(FILES ${pkg}/${CHAMBER_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${pkg_out}/${CHAMBER_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/${CHAMBER_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/${CHAMBER_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${pkg}/copyright ${pkg_out}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/chamberdesk)
install(FILES ${pkg}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME chamberdesk)

# `cmake --install` and cpack install what scripts/package.sh built, without building the tests first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME chamberdesk)
set(CPACK_PACKAGE_VERSION ${CHAMBER_VERSION})
set(CPACK_PACKAGE_VENDOR "ChamberDesk developers")
set(CPACK_PACKAGE_CONTACT "ChamberDesk developers <chamberdesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "records of township chambers of commerce (乡镇商会工作台)")
set(CPACK_PACKAGE_DESCRIPTION
    "Desktop application and command line for county federations of industry
and commerce. ChamberDesk keeps the records of the township and street
chambers of commerce of a county, city or region: founding, leaders,
members, registration with civil affairs, Party building, mediation,
honours and micro-points. It shows coverage figures with their bases,
produces the annual scoring report (PDF, XLSX, CSV, JSON) and imports
WPS/Excel ledgers. Every change is one transaction in a local SQLite
file; upgrades of the package never touch it.")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CHAMBER_HOMEPAGE})
# Libraries linked: dpkg-shlibdeps. Qt loads the rest as plugins, which shlibdeps cannot see: the
# SQLite driver (every command) and the platform plugins (the window; offscreen for PDF reports).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# fonts-wqy-microhei: the PDFs draw their text in it so that their text layer is searchable (docs/scoring-report.md).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-wqy-microhei")
# Qt's own Chinese strings (dialog buttons) and a Chinese font for the PDF report and the window.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
include(CPack)
