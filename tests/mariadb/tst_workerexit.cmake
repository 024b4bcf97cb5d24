# SPDX-License-Identifier: GPL-3.0-or-later
# It runs a child process that releases a worker still closing its connection.
add_executable(workerexit_child ${CMAKE_CURRENT_SOURCE_DIR}/mariadb/workerexit_child.cpp)
target_link_libraries(workerexit_child PRIVATE sessionscope_test_support)
add_dependencies(${name} workerexit_child)
