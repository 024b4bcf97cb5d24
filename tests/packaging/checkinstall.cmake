# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch prefix, as the package does, and checks that what the package
# promises is there: the programs, their manual pages (which man can render without warnings) and
# the desktop files.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(path
        bin/sessionscope bin/sessionscope-cli libexec/sessionscope/das-emulator
        share/man/man1/sessionscope.1 share/man/man1/sessionscope-cli.1 share/man/man1/das-emulator.1
        share/applications/io.github.sessionscope.SessionScope.desktop
        share/metainfo/io.github.sessionscope.SessionScope.metainfo.xml)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
find_program(MAN man)
if(MAN)
    foreach(page sessionscope sessionscope-cli das-emulator)
        execute_process(COMMAND "${MAN}" --warnings -l "${PREFIX}/share/man/man1/${page}.1"
            OUTPUT_VARIABLE text ERROR_VARIABLE warnings RESULT_VARIABLE result)
        if(NOT result EQUAL 0 OR NOT warnings STREQUAL "" OR NOT text MATCHES "NAME")
            message(FATAL_ERROR "man ${page}: ${result} ${warnings}")
        endif()
    endforeach()
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "installed: programs, manual pages and desktop files")
