# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the sessionscope executable itself, and its demo the das-emulator beside it.
add_dependencies(tst_startup sessionscope das-emulator)
