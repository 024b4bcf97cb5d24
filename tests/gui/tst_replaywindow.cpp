// SPDX-License-Identifier: GPL-3.0-or-later
// The window showing a recording (offscreen): the file is opened off the window's thread while the
// bar says "Opening…"; every view shows the moment chosen on the replay bar, the bar says when that
// was, a moment whose fetch failed shows the failure, nothing can be killed, and a file that is not
// a recording is refused with a reason. The timeline moves through the recording by click, drag and
// keys, a typed time jumps to its snapshot, playing runs through it at the speed chosen and stops at
// the end, and "Compare with…" lists what changed between two moments.
#include "comparedialog.h"
#include "elidedlabel.h"
#include "emulator/sessiongenerator.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "models/diffcountmodel.h"
#include "models/sessionfilterproxy.h"
#include "models/snapshotdiffmodel.h"
#include "monitor/instancemonitor.h"
#include "recording/recording.h"
#include "replaybar.h"
#include "replaytimeline.h"
#include "sessions/sessionaggregator.h"
#include "trendchartview.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>

namespace {

// A local 02:00, so that typed times of day land inside the recording.
qint64 startMs()
{
    return QDateTime(QDate(2026, 11, 19), QTime(2, 0)).toMSecsSinceEpoch();
}

} // namespace

class TestReplayWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyViewShowsTheChosenMoment();
    void theTimelineSeeksByClickDragAndKeys();
    void aTypedTimeGoesToItsSnapshot();
    void playingRunsToTheEndAndStops();
    void compareListsWhatChanged();
    void aFileThatIsNotARecordingIsRefused();

private:
    // A window showing the recording, opened and at its latest moment.
    void open(MainWindow& window);

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
            QVERIFY(writer.appendFailure(startMs() + i * 10'000, QStringLiteral("rm-night"), {},
                QStringLiteral("Throttling.User: Request was denied due to user flow control")));
            m_counts.append(-1);
            continue;
        }
        SessionSnapshot snapshot = generator.snapshot();
        // Fewer sessions each time, so that each moment is told apart by its count; the third
        // moment also has its first session run another statement.
        snapshot.sessions.resize(120 - i * 20);
        if (i == 2) {
            snapshot.sessions[0].command = QStringLiteral("Query");
            snapshot.sessions[0].sqlText = QStringLiteral("SELECT 'the third moment'");
        }
        SessionAggregator::aggregate(snapshot);
        snapshot.instanceId = QStringLiteral("rm-night");
        snapshot.snapshotTimeMs = startMs() + i * 10'000;
        QVERIFY(writer.append(snapshot));
        m_counts.append(int(snapshot.sessions.size()));
    }
}

void TestReplayWindow::open(MainWindow& window)
{
    QSignalSpy opened(&window, &MainWindow::recordingOpened);
    window.openRecording(m_path);
    // The file is read on another thread: the bar says so, and the window goes on meanwhile.
    QVERIFY(window.replayBar()->isVisible());
    QVERIFY2(window.replayBar()->label()->text().startsWith(QStringLiteral("Opening night.ssrec")),
        qPrintable(window.replayBar()->label()->text()));
    QVERIFY(!window.replayBar()->timeline()->isEnabled());
    QVERIFY(opened.wait(10'000));
    QCOMPARE(opened.at(0).at(0).toBool(), true);
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[4]);
}

void TestReplayWindow::everyViewShowsTheChosenMoment()
{
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    window.resize(1280, 720);
    window.show();
    open(window);
    ReplayBar* bar = window.replayBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->label()->text().contains(QStringLiteral("snapshot 5 of 5")), qPrintable(bar->label()->text()));
    QVERIFY2(bar->label()->text().contains(QStringLiteral("ago")), qPrintable(bar->label()->text()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("rm-night")));
    // The figures say they are of the past, not "up to date".
    auto* state = window.findChild<ElidedLabel*>(QStringLiteral("monitorState"));
    QVERIFY(state);
    QTRY_COMPARE(state->text(), QStringLiteral("Recorded"));
    // The past cannot be killed.
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("killSessionAction"))->isEnabled());
    // The timeline draws the recording's curves; the live trend, which would show the moments in
    // the order visited, is hidden.
    QVERIFY(bar->timeline()->isVisible());
    QVERIFY(!window.trendView()->isVisible());

    bar->seek(0);
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[0]);
    QVERIFY(bar->label()->text().contains(QStringLiteral("snapshot 1 of 5")));
    QCOMPARE(monitor->snapshot()->snapshotTimeMs, startMs());

    bar->stepForward();
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[1]);

    // Where the fetch failed when it was recorded, the window says so and keeps the last snapshot.
    bar->seek(3);
    QTRY_VERIFY(window.errorBanner()->isVisible());
    QVERIFY2(window.errorBanner()->text().contains(QStringLiteral("Request was denied due to user flow control")),
        qPrintable(window.errorBanner()->text()));
    QVERIFY(bar->label()->text().contains(QStringLiteral("the fetch failed then")));
    QTRY_COMPARE(state->text(), QStringLiteral("Recorded failure"));
    QCOMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[1]);

    bar->stepForward();
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[4]);
    QTRY_VERIFY(!window.errorBanner()->isVisible());

    // Moves faster than moments are rebuilt: the last one asked for is the one shown.
    for (const int index : {0, 2, 1, 4, 0, 1, 2})
        bar->seek(index);
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[2]);
    QTest::qWait(200);
    QCOMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[2]);
    QCOMPARE(monitor->snapshot()->snapshotTimeMs, startMs() + 20'000);
    window.close();
}

void TestReplayWindow::theTimelineSeeksByClickDragAndKeys()
{
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    window.resize(1280, 720);
    window.show();
    open(window);
    ReplayTimeline* timeline = window.replayBar()->timeline();
    QVERIFY(timeline->width() > 200);
    const int y = timeline->height() / 2;
    // A click at the left end is the first snapshot.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(timeline->xOf(0), y));
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[0]);
    QCOMPARE(timeline->position(), 0);
    // Just short of the third snapshot's time is the second one: at or before.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(timeline->xOf(2) - 2, y));
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[1]);
    // A drag from there to the third snapshot.
    QTest::mousePress(timeline, Qt::LeftButton, {}, QPoint(timeline->xOf(1), y));
    QMouseEvent move(QEvent::MouseMove, QPointF(timeline->xOf(2), y),
        timeline->mapToGlobal(QPointF(timeline->xOf(2), y)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(timeline, &move);
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, QPoint(timeline->xOf(2), y));
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[2]);
    // Keys: End, Home, →.
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_End);
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[4]);
    QTest::keyClick(timeline, Qt::Key_Home);
    QTest::keyClick(timeline, Qt::Key_Right);
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[1]);
    QCOMPARE(timeline->position(), 1);
}

void TestReplayWindow::aTypedTimeGoesToItsSnapshot()
{
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    window.resize(1280, 720);
    window.show();
    open(window);
    ReplayBar* bar = window.replayBar();
    // 02:00:15 lies between the second (02:00:10) and third (02:00:20) snapshots: the second.
    QTest::keyClicks(bar->timeEdit(), QStringLiteral("02:00:15"));
    QTest::keyClick(bar->timeEdit(), Qt::Key_Return);
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[1]);
    QCOMPARE(bar->timeline()->position(), 1);
    const QString iso
        = QDateTime::fromMSecsSinceEpoch(startMs() + 20'000).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QVERIFY(bar->goToTime(iso));
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[2]);
    // Not a time: the field says so and nothing moves.
    QVERIFY(!bar->goToTime(QStringLiteral("after lunch")));
    QVERIFY(bar->timeEdit()->toolTip().contains(QStringLiteral("is not a time")));
    QCOMPARE(bar->timeline()->position(), 2);
}

void TestReplayWindow::playingRunsToTheEndAndStops()
{
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    window.resize(1280, 720);
    window.show();
    open(window);
    ReplayBar* bar = window.replayBar();
    QCOMPARE(bar->speedBox()->count(), 6);
    QCOMPARE(bar->speedBox()->itemText(5), QStringLiteral("60×"));
    bar->seek(0);
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[0]);
    // 40 s of recording at 60×: two thirds of a second.
    bar->setSpeed(60);
    QSignalSpy playing(bar, &ReplayBar::playingChanged);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(bar->playButton(), Qt::LeftButton);
    QVERIFY(bar->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isPlaying(), 10'000);
    // Not faster than the speed says (40 s / 60 = 667 ms).
    QVERIFY2(clock.elapsed() >= 600, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(playing.size(), 2);
    QCOMPARE(bar->timeline()->position(), 4);
    QVERIFY(!bar->playButton()->isChecked());
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[4]);

    // At 1× only the first step is taken in the first second; pause stops it there.
    bar->seek(0);
    bar->setSpeed(1);
    bar->play();
    QTest::qWait(1500);
    bar->pause();
    QCOMPARE(bar->timeline()->position(), 0);
    QVERIFY(!bar->isPlaying());
}

void TestReplayWindow::compareListsWhatChanged()
{
    auto* monitor = new InstanceMonitor;
    MainWindow window(monitor);
    window.resize(1280, 720);
    window.show();
    open(window);
    ReplayBar* bar = window.replayBar();
    bar->seek(2);
    QTRY_COMPARE(window.sessionProxy()->sourceModel()->rowCount(), m_counts[2]);
    QTest::mouseClick(bar->compareButton(), Qt::LeftButton);
    CompareDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<CompareDialog*>()) != nullptr);
    QSignalSpy compared(dialog, &CompareDialog::compared);
    // It compares with the moment before (100 sessions then, 80 now: the last 20 vanished).
    QVERIFY(compared.wait(10'000));
    QCOMPARE(dialog->otherIndex(), 1);
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("20 vanished")),
        qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("0 appeared")));
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("1 changed")));
    // The timeline marks the moment compared with.
    QCOMPARE(bar->timeline()->mark(), 1);
    int vanished = 0;
    for (int row = 0; row < dialog->sessionsModel()->rowCount(); ++row) {
        if (dialog->sessionsModel()->index(row, 0).data(SnapshotDiffModel::KindRole).toInt()
            == int(SnapshotDiff::Kind::Vanished))
            ++vanished;
    }
    QCOMPARE(vanished, 20);
    int byUser = 0;
    DiffCountModel* users = dialog->countModel(int(Dimension::User));
    for (int row = 0; row < users->rowCount(); ++row)
        byUser += users->index(row, DiffCountModel::VanishedColumn).data(DiffCountModel::SortRole).toInt();
    QCOMPARE(byUser, 20);

    // With the first moment (120 sessions) by a typed time: 40 vanished.
    compared.clear();
    QTest::keyClicks(dialog->timeEdit(), QStringLiteral("02:00"));
    QTest::keyClick(dialog->timeEdit(), Qt::Key_Return);
    QVERIFY(compared.wait(10'000));
    QCOMPARE(dialog->otherIndex(), 0);
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("40 vanished")),
        qPrintable(dialog->summaryLabel()->text()));
    // Return took the typed time; it did not close the dialog.
    QTest::qWait(50);
    QVERIFY(dialog->isVisible());
    QCOMPARE(window.findChildren<CompareDialog*>().size(), 1);
    // A moment whose fetch failed cannot be compared, and says why.
    compared.clear();
    dialog->compareWith(3);
    QVERIFY(compared.wait(10'000));
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("cannot be compared")),
        qPrintable(dialog->summaryLabel()->text()));
    QCOMPARE(dialog->sessionsModel()->rowCount(), 0);

    // The window moves on and the comparison follows: the first moment (120) against the last (40),
    // then against the second (100).
    compared.clear();
    dialog->compareWith(0);
    QVERIFY(compared.wait(10'000));
    compared.clear();
    bar->seek(4);
    QTRY_COMPARE(compared.size(), 1);
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("80 vanished")),
        qPrintable(dialog->summaryLabel()->text()));
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("compareShown"))->text().endsWith(QStringLiteral("02:00:40")),
        qPrintable(dialog->findChild<QLabel*>(QStringLiteral("compareShown"))->text()));
    QCOMPARE(dialog->otherIndex(), 0);
    bar->seek(1);
    QTRY_COMPARE(compared.size(), 2);
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("20 vanished")),
        qPrintable(dialog->summaryLabel()->text()));
    // Compare again: the same dialog, not a second one.
    QTest::mouseClick(bar->compareButton(), Qt::LeftButton);
    QCOMPARE(window.findChildren<CompareDialog*>().size(), 1);
    dialog->close();
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
    QSignalSpy opened(&window, &MainWindow::recordingOpened);
    window.openRecording(path);
    QVERIFY(opened.wait(10'000));
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    QVERIFY(!window.replayBar()->isVisible());
    QVERIFY(window.errorBanner()->isVisible());
    QVERIFY2(window.errorBanner()->text().contains(QStringLiteral("is not a SessionScope recording")),
        qPrintable(window.errorBanner()->text()));
}

QTEST_MAIN(TestReplayWindow)
#include "tst_replaywindow.moc"
