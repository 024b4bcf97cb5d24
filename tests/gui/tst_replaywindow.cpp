// SPDX-License-Identifier: GPL-3.0-or-later
// The window showing a recording (offscreen): every view shows the moment chosen on the replay bar,
// the bar says when that was, a moment whose fetch failed shows the failure, nothing can be
// killed, and a file that is not a recording is refused with a reason.
#include "elidedlabel.h"
#include "emulator/sessiongenerator.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "models/sessionfilterproxy.h"
#include "monitor/instancemonitor.h"
#include "recording/recording.h"
#include "replaybar.h"
#include "sessions/sessionaggregator.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 StartMs = 1'700'000'000'000;

} // namespace

class TestReplayWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyViewShowsTheChosenMoment();
    void aFileThatIsNotARecordingIsRefused();

private:
    QTemporaryDir m_dir;
    QString m_path;
    // Sessions of each recorded snapshot; -1 for the failed fetch.
    QList<int> m_counts;
};

void TestReplayWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("night.ssrec"));
    Recording::Writer writer;
    QVERIFY2(writer.open(m_path), qPrintable(writer.error()));
    SessionGenerator generator({21, 120, false});
    for (int i = 0; i < 5; ++i) {
        if (i == 3) {
            QVERIFY(writer.appendFailure(StartMs + i * 10'000, QStringLiteral("rm-night"), {},
                QStringLiteral("Throttling.User: Request was denied due to user flow control")));
            m_counts.append(-1);
            continue;
        }
        SessionSnapshot snapshot = generator.snapshot();
        // Fewer sessions each time, so that each moment is told apart by its count.
        snapshot.sessions.resize(120 - i * 20);
        SessionAggregator::aggregate(snapshot);
        snapshot.instanceId = QStringLiteral("rm-night");
        snapshot.snapshotTimeMs = StartMs + i * 10'000;
        QVERIFY(writer.append(snapshot));
        m_counts.append(int(snapshot.sessions.size()));
        generator.advance(10);
    }
}

void TestReplayWindow::everyViewShowsTheChosenMoment()
{
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    window.resize(1280, 720);
    window.show();
    QVERIFY(window.openRecording(m_path));
    ReplayBar* bar = window.replayBar();
    QVERIFY(bar->isVisible());
    // It opens at the latest moment.
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[4]);
    QVERIFY2(bar->label()->text().contains(QStringLiteral("snapshot 5 of 5")), qPrintable(bar->label()->text()));
    QVERIFY2(bar->label()->text().contains(QStringLiteral("ago")), qPrintable(bar->label()->text()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("rm-night")));
    // The figures say they are of the past, not "up to date".
    auto* state = window.findChild<ElidedLabel*>(QStringLiteral("monitorState"));
    QVERIFY(state);
    QTRY_COMPARE(state->text(), QStringLiteral("Recorded"));
    // The past cannot be killed.
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("killSessionAction"))->isEnabled());

    bar->slider()->setValue(0);
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[0]);
    QVERIFY(bar->label()->text().contains(QStringLiteral("snapshot 1 of 5")));
    QCOMPARE(monitor->snapshot()->snapshotTimeMs, StartMs);

    bar->stepForward();
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[1]);

    // Where the fetch failed when it was recorded, the window says so and keeps the last snapshot.
    bar->slider()->setValue(3);
    QTRY_VERIFY(window.errorBanner()->isVisible());
    QVERIFY2(window.errorBanner()->text().contains(QStringLiteral("Request was denied due to user flow control")),
        qPrintable(window.errorBanner()->text()));
    QVERIFY(bar->label()->text().contains(QStringLiteral("the fetch failed then")));
    QTRY_COMPARE(state->text(), QStringLiteral("Recorded failure"));
    QCOMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[1]);

    bar->stepForward();
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[4]);
    QTRY_VERIFY(!window.errorBanner()->isVisible());
    window.close();
}

void TestReplayWindow::aFileThatIsNotARecordingIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("sessions.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SessionId,User\r\n1,app\r\n");
    file.close();
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    window.show();
    QVERIFY(!window.openRecording(path));
    QVERIFY(!window.replayBar()->isVisible());
    QVERIFY(window.errorBanner()->isVisible());
    QVERIFY2(window.errorBanner()->text().contains(QStringLiteral("is not a SessionScope recording")),
        qPrintable(window.errorBanner()->text()));
}

QTEST_MAIN(TestReplayWindow)
#include "tst_replaywindow.moc"
