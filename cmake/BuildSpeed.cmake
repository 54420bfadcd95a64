# SPDX-License-Identifier: GPL-3.0-or-later
# Build speed (docs/developer.md, "Build speed"). Most of a cold compile here is parsing the same Qt,
# Catch2 and nlohmann headers in every file, so they are precompiled once per kind of target:
#   core  — Qt Core, nlohmann/json and the standard library: the libraries without widgets, the CLI
#   gui   — core + the Qt Widgets headers the pages use: chamber_gui, chamberdesk, GUI benchmarks
#   catch — core + Catch2: the Catch2 tests
# (The widget tests reuse gui: Qt6::Test defines QT_TESTCASE_BUILDDIR as each target's own build
# folder, and qtest.h tests that macro, so one Qt Test PCH cannot serve two test targets.)
# Each kind's header is compiled once, in a small donor target that has the fewest compile
# definitions of its users (GCC rejects a PCH when a macro it was made with is missing), and every
# other target reuses it (REUSE_FROM). -Winvalid-pch with -Werror turns a mismatch into an error.
# chamber_apply_precompiled_headers() runs after all targets exist, so a new library or test gets
# its PCH from what it links, with no line in its own CMakeLists.txt.
option(CHAMBER_PCH "Precompile the heavy Qt, Catch2 and JSON headers" ON)

# ccache caches PCH builds and their users only with this sloppiness (its manual, "Precompiled
# headers"); set here so a tree configured with -DCMAKE_CXX_COMPILER_LAUNCHER=ccache gets it too.
if(CHAMBER_PCH)
    foreach(lang C CXX)
        if(CMAKE_${lang}_COMPILER_LAUNCHER MATCHES "ccache" AND NOT CMAKE_${lang}_COMPILER_LAUNCHER MATCHES "SLOPPINESS")
            set(CMAKE_${lang}_COMPILER_LAUNCHER
                env CCACHE_SLOPPINESS=pch_defines,time_macros ${CMAKE_${lang}_COMPILER_LAUNCHER})
        endif()
    endforeach()
endif()

# Our targets that `target` links, itself included, transitively (imported targets are leaves).
function(_chamber_linked target out)
    set(seen)
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue t)
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" t "${t}")
        if(t IN_LIST seen OR NOT TARGET ${t})
            continue()
        endif()
        list(APPEND seen ${t})
        get_target_property(imported ${t} IMPORTED)
        if(imported)
            continue()
        endif()
        get_target_property(type ${t} TYPE)
        set(links)
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(direct ${t} LINK_LIBRARIES)
            if(direct)
                list(APPEND links ${direct})
            endif()
        endif()
        get_target_property(iface ${t} INTERFACE_LINK_LIBRARIES)
        if(iface)
            list(APPEND links ${iface})
        endif()
        list(APPEND queue ${links})
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(_chamber_targets_in dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        _chamber_targets_in(${sub} more)
        list(APPEND targets ${more})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(chamber_apply_precompiled_headers)
    if(NOT CHAMBER_PCH)
        return()
    endif()
    _chamber_targets_in(${CMAKE_SOURCE_DIR} targets)
    foreach(t IN LISTS targets)
        get_target_property(type ${t} TYPE)
        if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|OBJECT_LIBRARY)$" OR t MATCHES "^chamber_pch_")
            continue()
        endif()
        _chamber_linked(${t} linked)
        if(NOT "chamber_options" IN_LIST linked)
            continue() # not ours (e.g. Qt's resource object libraries): other flags
        endif()
        set(uses_widgets OFF)
        set(uses_catch OFF)
        foreach(l IN LISTS linked)
            get_target_property(libs ${l} LINK_LIBRARIES)
            get_target_property(ilibs ${l} INTERFACE_LINK_LIBRARIES)
            foreach(lib IN LISTS libs ilibs)
                if(lib MATCHES "Qt6::Widgets$|Qt::Widgets$")
                    set(uses_widgets ON)
                elseif(lib MATCHES "Catch2::Catch2")
                    set(uses_catch ON)
                endif()
            endforeach()
        endforeach()
        if(uses_catch)
            set(kind catch)
        elseif(uses_widgets)
            set(kind gui)
        else()
            set(kind core)
        endif()
        list(APPEND users_${kind} ${t})
    endforeach()

    set(dir ${CMAKE_SOURCE_DIR}/cmake/pch)
    if(users_catch)
        find_package(Catch2 2 REQUIRED) # imported targets are per directory: tests/ found it for itself
    endif()
    # Donors: one empty source each, the kind's minimal links, no moc.
    set(links_core Qt6::Core)
    set(links_gui Qt6::Widgets)
    set(links_catch Qt6::Core Catch2::Catch2)
    foreach(kind core gui catch)
        if(NOT users_${kind})
            continue()
        endif()
        add_library(chamber_pch_${kind} OBJECT ${dir}/donor.cpp)
        set_target_properties(chamber_pch_${kind} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        target_link_libraries(chamber_pch_${kind} PRIVATE chamber_options ${links_${kind}})
        target_precompile_headers(chamber_pch_${kind} PRIVATE ${dir}/${kind}.h)
        set_target_properties(${users_${kind}} PROPERTIES PRECOMPILE_HEADERS_REUSE_FROM chamber_pch_${kind})
    endforeach()
    # Catch2's runner is defined before its header is included: those files compile without a PCH.
    foreach(runner catch_main:support/CatchMain.cpp catch_gui_main:reports/GuiCatchMain.cpp)
        string(REPLACE ":" ";" runner ${runner})
        list(GET runner 0 target)
        list(GET runner 1 file)
        if(TARGET ${target})
            set_source_files_properties(${CMAKE_SOURCE_DIR}/tests/${file} TARGET_DIRECTORY ${target}
                                        PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        endif()
    endforeach()
endfunction()
