// SPDX-License-Identifier: GPL-3.0-or-later
// The server goes away while the window watches it directly, and comes back: the failure is
// transient and named, the last snapshot stays on screen marked stale, automatic refresh keeps
// trying, and the window recovers by itself once the server answers again.
#include "errorbanner.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancemonitor.h"
#include "sources/mysqlsource.h"
#include "summarystrip.h"
#include "support/mariadbserver.h"
#include "support/tcprelay.h"

#include <QCheckBox>
#include <QTest>

class TestMySqlOutage : public QObject
{
    Q_OBJECT

private slots:
    void serverGoneAndBackMidWatch();
};

void TestMySqlOutage::serverGoneAndBackMidWatch()
{
    if (const QString reason = MariaDbServer::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    // Something to watch besides the monitor's own connection.
    std::unique_ptr<QProcess> sleeper = MariaDbServer::openSession(
        QStringLiteral("root"), MariaDbServer::rootSettings().password, QStringLiteral("SELECT SLEEP(120);"));
    QTRY_VERIFY_WITH_TIMEOUT(
        MariaDbServer::findSession(QStringLiteral("root"), QStringLiteral("SELECT SLEEP(120)%")) > 0, 30'000);
    TcpRelay relay(MariaDbServer::rootSettings().host, quint16(MariaDbServer::rootSettings().port));
    QVERIFY(relay.open());
    const quint16 port = relay.port();
    ConnectionSettings settings = MariaDbServer::rootSettings();
    settings.port = port;
    settings.connectTimeoutSeconds = 2;
    settings.readTimeoutSeconds = 2;
    FetchOptions options;
    options.retryBaseMs = 100;
    options.retryMaxMs = 400;
    options.maxRetries = 1;
    options.deadlineMs = 10'000;

    InstanceMonitor monitor;
    monitor.setRefreshIntervalMs(1000);
    MainWindow window(&monitor);
    window.filterBar()->hideSystemBox()->setChecked(false);
    window.resize(1280, 720);
    window.show();
    monitor.setSource(new MySqlSource(settings, options));
    monitor.refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), InstanceMonitor::State::UpToDate, 30'000);
    const SnapshotPtr before = monitor.snapshot();
    QVERIFY(before && !before->sessions.isEmpty());
    const int rows = window.sessionModel()->rowCount();
    QVERIFY(rows > 0);

    // The server goes away: connections reset, new ones refused.
    relay.cut();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), InstanceMonitor::State::Failed, 30'000);
    QCOMPARE(monitor.lastError().category(), FetchError::Category::Transient);
    QVERIFY(!monitor.isPaused()); // a transient failure keeps refreshing
    QVERIFY(window.errorBanner()->isVisible());
    QVERIFY2(!window.errorBanner()->text().isEmpty(), qPrintable(window.errorBanner()->text()));
    // The last good snapshot stays, marked stale, never shown as fresh.
    QCOMPARE(monitor.snapshot(), before);
    QCOMPARE(window.sessionModel()->rowCount(), rows);
    QVERIFY(window.summaryStrip()->isStaleShown());

    // It comes back on the same address: the window recovers without the user doing anything.
    QVERIFY(relay.open(port));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), InstanceMonitor::State::UpToDate, 30'000);
    QVERIFY(monitor.snapshot() != before);
    QVERIFY(!window.errorBanner()->isVisible());
    QVERIFY(!window.summaryStrip()->isStaleShown());
    sleeper->kill();
    sleeper->waitForFinished();
}

QTEST_MAIN(TestMySqlOutage)
#include "tst_mysqloutage.moc"
