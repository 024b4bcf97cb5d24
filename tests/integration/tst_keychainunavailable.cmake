# SPDX-License-Identifier: GPL-3.0-or-later
# A session bus address that leads nowhere: QtKeychain finds no Secret Service, whatever runs the tests.
set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent-sessionscope-bus")
