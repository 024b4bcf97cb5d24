# SPDX-License-Identifier: GPL-3.0-or-later
# A core whose lowest layer includes a higher one: the check must refuse it.
set(SESSIONSCOPE_LAYERS base das)
set(SESSIONSCOPE_USES_base "")
set(SESSIONSCOPE_USES_das base)
