// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/keychainstore.h"
#include "mainwindow.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "sources/demolauncher.h"

#include <QSize>

class ProfileStore;

// The app as main() builds it: a monitor, the controller that opens profiles on it with the real
// keychain, and the main window with the instance list attached, shown. Only widget tests include
// it (the support library itself uses no widgets), so it lives in this header alone.
struct WindowApp
{
    // Polls every 10 ms, so that a fetch ends as soon as the emulator has its answer.
    static FetchOptions quickOptions()
    {
        FetchOptions options;
        options.pollIntervalMs = 10;
        return options;
    }

    explicit WindowApp(ProfileStore* profiles, const FetchOptions& options = quickOptions(), QSize size = {1200, 800})
        : monitor(new InstanceMonitor)
        , controller(monitor, &keychain)
        , window(monitor)
    {
        monitor->setParent(&window);
        controller.setFetchOptions(options);
        window.attachInstances(profiles, &keychain, &controller, &demo);
        window.resize(size);
        window.show();
    }

    KeychainStore keychain;
    InstanceMonitor* monitor;
    InstanceController controller;
    DemoLauncher demo;
    MainWindow window;
};
