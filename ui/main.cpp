// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/environmentcredentials.h"
#include "das/dasclient.h"
#include "mainwindow.h"
#include "monitor/instancemonitor.h"
#include "sources/dassource.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SessionScope"));
    QApplication::setOrganizationName(QStringLiteral("SessionScope"));
    QApplication::setApplicationVersion(QStringLiteral(SESSIONSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sessionscope.SessionScope"));

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sessionscope.svg")));
    Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Watch the sessions of MySQL instances."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("endpoint"), QApplication::translate("main", "DAS endpoint URL."),
        QApplication::translate("main", "url")});
    parser.addOption({QStringLiteral("instance"), QApplication::translate("main", "Instance ID to monitor."),
        QApplication::translate("main", "id")});
    parser.addOption({QStringLiteral("node"), QApplication::translate("main", "Node ID (PolarDB)."),
        QApplication::translate("main", "id")});
    parser.addOption({QStringLiteral("interval"), QApplication::translate("main", "Refresh interval in seconds."),
        QApplication::translate("main", "seconds"), QStringLiteral("10")});
    parser.process(app);

    auto* monitor = new InstanceMonitor(&app);
    monitor->setRefreshIntervalMs(parser.value(QStringLiteral("interval")).toInt() * 1000);
    MainWindow window(monitor);

    const QString instance = parser.value(QStringLiteral("instance"));
    const QUrl endpoint = parser.isSet(QStringLiteral("endpoint"))
        ? QUrl::fromUserInput(parser.value(QStringLiteral("endpoint")))
        : DasClient::publicEndpoint();
    const auto key = EnvironmentCredentials::read();
    window.show();
    if (instance.isEmpty()) {
        QMessageBox::information(&window, QApplication::translate("main", "SessionScope"),
            QApplication::translate("main",
                "Start SessionScope with --instance ID to monitor an "
                "instance."));
    } else if (const QString problem = DasClient::validateEndpoint(endpoint); !problem.isEmpty()) {
        QMessageBox::critical(&window, QApplication::translate("main", "SessionScope"), problem);
    } else if (!key) {
        QMessageBox::critical(&window, QApplication::translate("main", "SessionScope"),
            QApplication::translate("main",
                "No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET."));
    } else {
        monitor->setSource(new DasSource(endpoint, *key, instance, parser.value(QStringLiteral("node"))));
        window.setWindowTitle(QApplication::translate("main", "%1 — SessionScope").arg(instance));
        monitor->refreshNow();
    }
    return app.exec();
}
