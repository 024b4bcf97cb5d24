// SPDX-License-Identifier: GPL-3.0-or-later
// A DBA's day with two instances: one whose key was typed into the app (kept in the keychain), one
// that uses their Aliyun CLI profile. They switch between them, quit, start again, and both still
// work without typing anything. One instance's data must never show under the other's name.
#include "credentials/keychainstore.h"
#include "emulator/dasemulator.h"
#include "filterbar.h"
#include "instancelistview.h"
#include "mainwindow.h"
#include "models/profilelistmodel.h"
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "monitor/instancecontroller.h"
#include "monitor/instancemonitor.h"
#include "profiles/profilestore.h"
#include "sources/demolauncher.h"
#include "support/emulatorfixture.h"
#include "support/windowapp.h"
#include "translations.h"

#include <QComboBox>
#include <QFile>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

namespace {

const AccessKey typedKey {QStringLiteral("LTAItypedkey0001"), QStringLiteral("typed-secret-0001"), {}};
const AccessKey cliKey {QStringLiteral("LTAIclikey00001"), QStringLiteral("cli-secret-00001"), {}};

using App = WindowApp;

} // namespace

class TestInstanceSwitching : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoInstancesSurviveARestart();

private:
    void click(App& app, const QUuid& id);
    QTemporaryDir m_dir;
};

void TestInstanceSwitching::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QFile config(m_dir.filePath(QStringLiteral("aliyun.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral(R"({"current":"ops","profiles":[{"name":"ops","mode":"AK","access_key_id":"%1",)"
                                R"("access_key_secret":"%2","region_id":"cn-hangzhou"}]})")
                     .arg(cliKey.id, cliKey.secret)
                     .toUtf8());
    config.close();
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", config.fileName().toUtf8());
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    qunsetenv("ALIBABA_CLOUD_PROFILE");
}

void TestInstanceSwitching::click(App& app, const QUuid& id)
{
    QListView* list = app.window.instanceList()->listView();
    const QModelIndex index = app.window.instanceList()->model()->indexOf(id);
    QVERIFY(index.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
}

void TestInstanceSwitching::twoInstancesSurviveARestart()
{
    const auto alphaService
        = EmulatorFixture::start(typedKey, {EmulatorFixture::instance(QStringLiteral("rm-alpha"), 30, 1)});
    const auto betaService
        = EmulatorFixture::start(cliKey, {EmulatorFixture::instance(QStringLiteral("rm-beta"), 45, 1)});
    QVERIFY(alphaService);
    QVERIFY(betaService);

    ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
    QUuid alphaId;
    QUuid betaId;
    {
        App app(&profiles);
        QVERIFY(app.window.isWelcomeShown());
        // Added as the instance dialog does: the typed key goes to the keychain, the profile to settings.
        QSignalSpy stored(&app.keychain, &KeychainStore::finished);
        app.keychain.write(QStringLiteral("alpha-key"), typedKey);
        QVERIFY(stored.wait(10'000));
        InstanceProfile alpha;
        alpha.displayName = QStringLiteral("Alpha orders");
        alpha.instanceId = QStringLiteral("rm-alpha");
        alpha.endpointKind = InstanceProfile::EndpointKind::Custom;
        alpha.customEndpoint = alphaService->endpoint();
        alpha.credential = {CredentialReference::Kind::Keychain, QStringLiteral("alpha-key")};
        InstanceProfile beta = alpha;
        beta.displayName = QStringLiteral("Beta billing");
        beta.instanceId = QStringLiteral("rm-beta");
        beta.customEndpoint = betaService->endpoint();
        beta.credential = {CredentialReference::Kind::CliProfile, QStringLiteral("ops")};
        QVERIFY(profiles.add(alpha).ok());
        QVERIFY(profiles.add(beta).ok());
        for (const InstanceProfile& p : profiles.profiles())
            (p.instanceId == QLatin1String("rm-alpha") ? alphaId : betaId) = p.id;

        click(app, alphaId);
        QTRY_VERIFY_WITH_TIMEOUT(app.monitor->snapshot() != nullptr, 10'000);
        QVERIFY(!app.window.isWelcomeShown());
        QCOMPARE(app.window.sessionModel()->snapshot()->instanceId, QStringLiteral("rm-alpha"));
        QCOMPARE(app.window.sessionModel()->rowCount(), 30);
        QVERIFY(app.window.windowTitle().startsWith(QLatin1String("Alpha orders")));
        // What acts on the instance is available once one is open.
        auto* toolbar = app.window.findChild<QToolBar*>(QStringLiteral("monitorToolBar"));
        for (QAction* action : toolbar->actions()) {
            if (!action->isSeparator() && action->text() != QLatin1String("Instances"))
                QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        }
        QVERIFY(toolbar->findChild<QComboBox*>()->isEnabled());
        // The interval chosen in the toolbar is remembered in that instance's profile.
        auto* interval = toolbar->findChild<QComboBox*>();
        interval->setCurrentIndex(interval->findData(30'000));
        QCOMPARE(app.monitor->refreshIntervalMs(), 30'000);
        QCOMPARE(profiles.profile(alphaId)->refreshIntervalMs, 30'000);

        // A value filter on one of Alpha's users, as "Filter by this value" sets it.
        const QString alphaUser = app.window.sessionModel()->snapshot()->sessions.first().user;
        app.window.sessionProxy()->addChip({SessionTableModel::UserColumn, alphaUser});
        QVERIFY(app.window.filterBar()->chipTexts().join(QLatin1Char(' ')).contains(alphaUser));

        // Switch: at once nothing of Alpha is left under Beta's name, its value filters included
        // (they would hide Beta's sessions without a word).
        click(app, betaId);
        QVERIFY(app.window.windowTitle().startsWith(QLatin1String("Beta billing")));
        QCOMPARE(app.window.sessionModel()->rowCount(), 0);
        QVERIFY(!app.monitor->snapshot());
        QVERIFY(app.window.sessionProxy()->chips().isEmpty());
        QVERIFY(app.window.filterBar()->chipTexts().isEmpty());
        QVERIFY(app.window.statusBar()->currentMessage().contains(QLatin1String("value filters were cleared")));
        const qsizetype alphaRequests = alphaService->requests().size();
        QTRY_VERIFY_WITH_TIMEOUT(app.monitor->snapshot() != nullptr, 10'000);
        QCOMPARE(app.window.sessionModel()->snapshot()->instanceId, QStringLiteral("rm-beta"));
        QCOMPARE(app.window.sessionModel()->rowCount(), 45);
        // Every one of Beta's sessions is shown, none hidden by Alpha's filter (system threads aside).
        QCOMPARE(app.window.sessionProxy()->rowCount() + app.window.sessionProxy()->hiddenSystemCount(), 45);
        QVERIFY(app.controller.credentialOrigin().contains(QLatin1String("ops")));
        QCOMPARE(alphaService->requests().size(), alphaRequests);
    }

    // Quit and start again: the last instance is remembered (opened here as ui/main.cpp opens it;
    // tst_startup runs the real executable), the other one still works, and nothing is typed.
    {
        App app(&profiles);
        QVERIFY(!app.window.isWelcomeShown());
        const auto last = profiles.profile(QUuid(QSettings().value(QStringLiteral("lastProfile")).toString()));
        QVERIFY(last);
        QCOMPARE(last->id, betaId);
        app.controller.open(*last);
        QTRY_VERIFY_WITH_TIMEOUT(app.monitor->snapshot() != nullptr, 10'000);
        QCOMPARE(app.monitor->snapshot()->instanceId, QStringLiteral("rm-beta"));
        click(app, alphaId);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.monitor->snapshot() && app.monitor->snapshot()->instanceId == QLatin1String("rm-alpha"), 10'000);
        QCOMPARE(app.window.sessionModel()->rowCount(), 30);
        QVERIFY(app.controller.credentialOrigin().contains(QLatin1String("alpha-key")));
        QSignalSpy removed(&app.keychain, &KeychainStore::finished);
        app.keychain.remove(QStringLiteral("alpha-key"));
        QVERIFY(removed.wait(10'000));
    }
}

QTEST_MAIN(TestInstanceSwitching)
#include "tst_instanceswitching.moc"
