# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the sessionscope executable itself.
add_dependencies(tst_commandline sessionscope)
