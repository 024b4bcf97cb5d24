// SPDX-License-Identifier: GPL-3.0-or-later
// "Record" in the window, against the DAS emulator over loopback: an instance whose profile says
// so is recorded as it is watched, into one file for the day, by a writer on its own thread — when
// that writer is stuck the window still takes and shows snapshots, and catches up after. The toolbar
// toggle turns recording off and saves that in the profile; the instance dialog edits the setting.
#include "base/credential.h"
#include "credentials/keychainstore.h"
#include "instancedialog.h"
#include "mainwindow.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "monitor/monitorrecorder.h"
#include "profiles/profilestore.h"
#include "recordaction.h"
#include "recording/recorder.h"
#include "recording/recording.h"
#include "recording/retention.h"
#include "recordsettingswidget.h"
#include "sources/demolauncher.h"
#include "support/emulatorfixture.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QLineEdit>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

const AccessKey key {QStringLiteral("LTAIrecordwin001"), QStringLiteral("record-window-secret"), {}};

} // namespace

class TestRecordWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void theWatchedInstanceIsRecordedOffTheWindowsThread();
    void theInstanceDialogEditsTheRecordSetting();
};

void TestRecordWindow::theWatchedInstanceIsRecordedOffTheWindowsThread()
{
    EmulatorInstance instance = EmulatorFixture::instance(QStringLiteral("rm-record"), 40, 0);
    std::unique_ptr<DasEmulator> emulator = EmulatorFixture::start(key, {instance});
    QVERIFY(emulator);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    KeychainStore keychain;
    auto* monitor = new InstanceMonitor;
    InstanceController controller(monitor, &keychain);
    FetchOptions options;
    options.pollIntervalMs = 10;
    controller.setFetchOptions(options);
    DemoLauncher demo;
    MainWindow window(monitor);
    monitor->setParent(&window);
    window.attachInstances(&profiles, &keychain, &controller, &demo);
    window.show();
    RecordAction* record = window.recordAction();
    QVERIFY(!record->isEnabled());
    const QString folder = dir.filePath(QStringLiteral("recordings"));
    record->recorder()->setDirectory(folder);
    Recording::Recorder* recorder = record->recorder()->recorder();
    // The files are written by an object that lives on a thread of its own.
    QVERIFY(recorder->writerThread() != QThread::currentThread());
    QCOMPARE(recorder->writer()->thread(), recorder->writerThread());
    QVERIFY(recorder->writerThread()->isRunning());

    InstanceProfile profile;
    profile.displayName = QStringLiteral("orders-prod");
    profile.instanceId = QStringLiteral("rm-record");
    profile.endpointKind = InstanceProfile::EndpointKind::Custom;
    profile.customEndpoint = emulator->endpoint();
    profile.record.enabled = true;
    profile.record.keepDays = 3;
    const ProfileStore::SaveResult saved = profiles.add(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.errors.join(QLatin1Char('\n'))));
    profile = *profiles.profile(saved.id);

    QSignalSpy written(recorder, &Recording::Recorder::written);
    monitor->setRefreshIntervalMs(0);
    controller.open(profile, key);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->snapshot() != nullptr, 30'000);
    QVERIFY(record->isEnabled());
    QVERIFY(record->isChecked());
    // The first snapshot may be written while the window was still showing it.
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 10'000);
    const QString file = QDir(folder).filePath(Recording::Retention::fileName(
        profile.target(), QDateTime::fromMSecsSinceEpoch(monitor->snapshot()->snapshotTimeMs).date()));
    QCOMPARE(written.constLast().at(0).toString(), file);
    QVERIFY(QFileInfo::exists(file));

    // The writer is stuck (a slow disk): the window goes on taking and showing snapshots.
    QSemaphore gate;
    QMetaObject::invokeMethod(
        recorder->writer(), [&gate] { gate.acquire(); }, Qt::QueuedConnection);
    const int writtenBefore = int(written.size());
    for (int i = 0; i < 2; ++i) {
        const SnapshotPtr before = monitor->snapshot();
        monitor->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->snapshot() != before, 30'000);
        QCOMPARE(window.sessionModel()->snapshot(), monitor->snapshot());
    }
    QCOMPARE(int(written.size()), writtenBefore);
    // Unstuck, it writes what it was given meanwhile.
    gate.release();
    QTRY_COMPARE(int(written.size()), writtenBefore + 2);

    // Off in the toolbar: nothing more is written, and the profile remembers it.
    record->trigger();
    QVERIFY(!record->isChecked());
    QVERIFY(!profiles.profile(profile.id)->record.enabled);
    QCOMPARE(profiles.profile(profile.id)->record.keepDays, 3);
    const SnapshotPtr before = monitor->snapshot();
    monitor->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->snapshot() != before, 30'000);
    QTest::qWait(200);
    QCOMPARE(int(written.size()), writtenBefore + 2);

    // What was recorded is what the window showed.
    Recording::Reader reader;
    QVERIFY2(reader.open(file), qPrintable(reader.error()));
    const QList<Recording::Entry> entries = reader.entries();
    QCOMPARE(entries.size(), writtenBefore + 2);
    QCOMPARE(entries.constLast().sessions, before->totalSessionCount);
    QCOMPARE(reader.snapshot(entries.constLast().id)->sessions.size(), before->sessions.size());

    // On again: recording resumes into the same day's file.
    record->trigger();
    QVERIFY(profiles.profile(profile.id)->record.enabled);
    monitor->refreshNow();
    QTRY_COMPARE(int(written.size()), writtenBefore + 3);
    QCOMPARE(written.constLast().at(0).toString(), file);

    // A recording replayed in the window is not recorded again.
    window.openRecording(file);
    QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(QStringLiteral("recorded in")), 10'000);
    QTRY_VERIFY(!record->isEnabled());
    QTest::qWait(200);
    QCOMPARE(int(written.size()), writtenBefore + 3);
}

void TestRecordWindow::theInstanceDialogEditsTheRecordSetting()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    KeychainStore keychain;
    InstanceProfile profile;
    profile.displayName = QStringLiteral("billing");
    profile.instanceId = QStringLiteral("rm-billing");
    profile.credential.kind = CredentialReference::Kind::Environment;
    const ProfileStore::SaveResult saved = profiles.add(profile);
    QVERIFY(saved.ok());
    profile = *profiles.profile(saved.id);
    // Off by default, keeping a week and a gigabyte.
    QCOMPARE(profile.record, InstanceProfile::RecordSettings {});

    InstanceDialog dialog(nullptr, &profiles, &keychain);
    dialog.setProfile(profile);
    auto* settings = dialog.findChild<RecordSettingsWidget*>();
    QVERIFY(settings);
    QVERIFY(!settings->enabledBox()->isChecked());
    QCOMPARE(settings->keepDaysBox()->value(), 7);
    QCOMPARE(settings->keepMegabytesBox()->value(), 1024);
    QVERIFY(!settings->keepDaysBox()->isEnabled());
    settings->enabledBox()->setChecked(true);
    QVERIFY(settings->keepDaysBox()->isEnabled());
    settings->keepDaysBox()->setValue(14);
    settings->keepMegabytesBox()->setValue(300);
    const InstanceProfile edited = dialog.formProfile();
    QCOMPARE(edited.record, (InstanceProfile::RecordSettings {true, 14, 300, {}}));
    // Saved and read back from the settings file.
    QVERIFY(profiles.update(edited).ok());
    ProfileStore reread(dir.filePath(QStringLiteral("profiles.ini")));
    QCOMPARE(reread.profile(profile.id)->record, (InstanceProfile::RecordSettings {true, 14, 300, {}}));

    // A named file: days and megabytes no longer apply, and the file is kept in the settings.
    const QString file = dir.filePath(QStringLiteral("incident.ssrec"));
    settings->fileEdit()->setText(QDir::toNativeSeparators(file));
    QVERIFY(!settings->keepDaysBox()->isEnabled());
    QVERIFY(!settings->keepMegabytesBox()->isEnabled());
    const InstanceProfile named = dialog.formProfile();
    QCOMPARE(named.record, (InstanceProfile::RecordSettings {true, 14, 300, file}));
    QVERIFY(profiles.update(named).ok());
    QCOMPARE(ProfileStore(dir.filePath(QStringLiteral("profiles.ini"))).profile(profile.id)->record.file, file);
    settings->fileEdit()->clear();
    QVERIFY(settings->keepDaysBox()->isEnabled());
}

QTEST_MAIN(TestRecordWindow)
#include "tst_recordwindow.moc"
