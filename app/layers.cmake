# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of the core, lowest first, and the lower folders each one may use. The one
# definition: app/CMakeLists.txt builds one static library per entry from it, and
# tests/architecture/checklayers.cmake checks every #include in app/ against it.
# docs/architecture.md explains the cut.
set(SESSIONSCOPE_LAYERS base sessions alerts das mysql credentials profiles inventory recording sources export models actions monitor cli emulator)

set(SESSIONSCOPE_USES_base "")
set(SESSIONSCOPE_USES_sessions base)
# Rules over snapshots (active>50), raised and cleared with hysteresis.
set(SESSIONSCOPE_USES_alerts base sessions)
set(SESSIONSCOPE_USES_das base sessions)
set(SESSIONSCOPE_USES_mysql base sessions)
set(SESSIONSCOPE_USES_credentials base)
set(SESSIONSCOPE_USES_profiles base credentials alerts)
# An account's instances listed (RDS, PolarDB), signed as DAS calls are; profiles made from them.
set(SESSIONSCOPE_USES_inventory base das profiles)
set(SESSIONSCOPE_USES_sources base sessions das mysql profiles recording)
set(SESSIONSCOPE_USES_export base sessions alerts)
# Snapshots kept in a file over time, and read back (SQLite through Qt Sql).
set(SESSIONSCOPE_USES_recording base sessions)
set(SESSIONSCOPE_USES_models base sessions alerts profiles inventory)
# What the user does to an instance (kill), with its preview and audit log.
set(SESSIONSCOPE_USES_actions base sessions profiles sources export)
set(SESSIONSCOPE_USES_monitor base sessions alerts credentials profiles sources recording)
set(SESSIONSCOPE_USES_cli base sessions alerts das mysql credentials profiles inventory sources export recording actions)
# The emulator checks signatures on its own, so it must not reach the app's signer in das/. It reads a
# real server's sessions through mysql/, the direct source's reader.
set(SESSIONSCOPE_USES_emulator base sessions mysql)
