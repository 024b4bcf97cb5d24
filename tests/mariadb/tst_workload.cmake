# SPDX-License-Identifier: GPL-3.0-or-later
# It runs the workload generator as a process.
add_dependencies(${name} sessionscope-workload)
