# SPDX-License-Identifier: GPL-3.0-or-later
# The same tests once more with a session bus address that leads nowhere, so that the in-memory
# fallback and its note are exercised whatever runs the tests.
add_test(NAME tst_profileeditor_nokeychain COMMAND tst_profileeditor)
set_tests_properties(tst_profileeditor_nokeychain PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent-sessionscope-bus;SESSIONSCOPE_EXPECT_NO_KEYCHAIN=1"
    TIMEOUT 300
    LABELS unit)
