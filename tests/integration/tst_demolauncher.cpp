// SPDX-License-Identifier: GPL-3.0-or-later
// The demo launcher with the real das-emulator executable of this build: it starts it on a free
// loopback port with a key made up for the run, the demo profile watches its rm-demo instance
// through the real DAS source, and the emulator ends with the launcher.
#include "base/credential.h"
#include "base/fetcherror.h"
#include "profiles/instanceprofile.h"
#include "sessions/sessionsnapshot.h"
#include "sources/demolauncher.h"
#include "sources/sessionsource.h"
#include "sources/sourcefactory.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

class TestDemoLauncher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheEmulatorOfThisBuild();
    void demoInstanceIsWatchedThroughTheEmulator();
};

void TestDemoLauncher::initTestCase()
{
    qRegisterMetaType<FetchError>();
    qRegisterMetaType<SnapshotPtr>();
    qRegisterMetaType<AccessKey>();
}

void TestDemoLauncher::findsTheEmulatorOfThisBuild()
{
    QCOMPARE(DemoLauncher::findEmulator(),
        QFileInfo(QStringLiteral(SESSIONSCOPE_BINARY_DIR "/app/emulator/das-emulator")).canonicalFilePath());
}

void TestDemoLauncher::demoInstanceIsWatchedThroughTheEmulator()
{
    QUrl endpoint;
    AccessKey key;
    {
        DemoLauncher launcher;
        QVERIFY(!launcher.isRunning());
        QSignalSpy ready(&launcher, &DemoLauncher::ready);
        QSignalSpy failed(&launcher, &DemoLauncher::failed);
        launcher.start();
        QVERIFY(QTest::qWaitFor([&] { return ready.size() + failed.size() > 0; }, 20'000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(launcher.isRunning());
        endpoint = ready.first().at(0).toUrl();
        key = ready.first().at(1).value<AccessKey>();
        QCOMPARE(endpoint, launcher.endpoint());
        QCOMPARE(endpoint.scheme(), QStringLiteral("http"));
        QCOMPARE(endpoint.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(endpoint.port() > 0);
        // A key of its own for this run.
        QVERIFY(key.id.startsWith(QLatin1String("LTAIdemo")));
        QCOMPARE(key.secret.size(), 32);

        // Asked again while it runs: the same emulator.
        launcher.start();
        QCOMPARE(ready.size(), 2);
        QCOMPARE(ready.last().at(0).toUrl(), endpoint);

        const InstanceProfile demo = DemoLauncher::demoProfile(endpoint);
        QCOMPARE(demo.instanceId, QStringLiteral("rm-demo"));
        QCOMPARE(demo.endpoint(), endpoint);
        QVERIFY(demo.validate().isEmpty());
        SourceFactory::Created created = SourceFactory::create(demo, Credential(key), {});
        QVERIFY2(created.source, qPrintable(created.error));
        QSignalSpy snapshot(created.source.get(), &SessionSource::snapshotReady);
        QSignalSpy fetchFailed(created.source.get(), &SessionSource::fetchFailed);
        created.source->fetch();
        QVERIFY(QTest::qWaitFor([&] { return snapshot.size() + fetchFailed.size() > 0; }, 20'000));
        QVERIFY2(fetchFailed.isEmpty(), qPrintable(fetchFailed.value(0).value(0).value<FetchError>().summary()));
        QCOMPARE(snapshot.first().first().value<SnapshotPtr>()->sessions.size(), 600);

        // Another key is refused: the demo's key is the only one it takes.
        SourceFactory::Created stranger
            = SourceFactory::create(demo, Credential(AccessKey {key.id, QStringLiteral("guessed"), {}}), {});
        QSignalSpy refused(stranger.source.get(), &SessionSource::fetchFailed);
        stranger.source->fetch();
        QVERIFY(refused.wait(20'000));
        QCOMPARE(refused.first().first().value<FetchError>().code(), QStringLiteral("SignatureDoesNotMatch"));
    }
    // The launcher is gone, and its emulator with it: nothing listens there any more.
    InstanceProfile demo = DemoLauncher::demoProfile(endpoint);
    FetchOptions once;
    once.maxRetries = 0;
    once.deadlineMs = 5'000;
    SourceFactory::Created after = SourceFactory::create(demo, Credential(key), once);
    QSignalSpy failed(after.source.get(), &SessionSource::fetchFailed);
    after.source->fetch();
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().value<FetchError>().code(), QStringLiteral("ConnectionRefused"));
}

QTEST_GUILESS_MAIN(TestDemoLauncher)
#include "tst_demolauncher.moc"
