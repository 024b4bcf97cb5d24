# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the das-emulator executable of this build tree.
add_dependencies(tst_demolauncher das-emulator)
