# SPDX-License-Identifier: GPL-3.0-or-later
# It runs sessionscope-cli as a process.
add_dependencies(tst_dastls sessionscope-cli)
