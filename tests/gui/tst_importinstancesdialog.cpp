// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import instances… offscreen against the emulator on loopback: list an account, tick two,
// the profiles created with the right instance and node ids and the credential reference (no
// secret written anywhere), one of them taking a snapshot; instances already watched shown as such
// and never added twice; a permission error shown in the dialog; a listing stopped halfway.
#include "base/fetchoptions.h"
#include "credentials/keychainstore.h"
#include "emulator/dasemulator.h"
#include "importinstancesdialog.h"
#include "models/cloudinstancemodel.h"
#include "profiles/profilestore.h"
#include "sources/sessionsource.h"
#include "sources/sourcefactory.h"
#include "support/emulatorfixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

const AccessKey key {QStringLiteral("LTAIimportdialog"), QStringLiteral("import-dialog-secret-42"), {}};

int rowOf(const CloudInstanceModel& model, const QString& key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.instanceAt(row).key() == key)
            return row;
    }
    return -1;
}

} // namespace

class TestImportInstancesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listTickTwoAndImport();
    void permissionErrorIsShownInTheDialog();
    void listingCanBeStopped();
    void credentialChoices();

private:
    std::unique_ptr<ImportInstancesDialog> openDialog();
    // Lists and waits for the end; returns whether it succeeded.
    bool list(ImportInstancesDialog& dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<DasEmulator> m_emulator;
    std::unique_ptr<ProfileStore> m_store;
    KeychainStore m_keychain;
};

void TestImportInstancesDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The environment holds the key, and no Aliyun CLI configuration of the user's answers.
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", key.id.toUtf8());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", key.secret.toUtf8());
    qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
    qunsetenv("ALIBABA_CLOUD_PROFILE");
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", m_dir.filePath(QStringLiteral("no-aliyun-config.json")).toUtf8());
}

void TestImportInstancesDialog::init()
{
    m_emulator = std::make_unique<DasEmulator>();
    m_emulator->setAccessKey(key);
    EmulatorScenario scenario;
    scenario.account.rdsInstances = 3;
    scenario.account.polarDbClusters = 1;
    scenario.account.nodesPerCluster = 2;
    m_emulator->setScenario(scenario);
    QVERIFY(m_emulator->listenOnLoopback() != 0);
    m_store = std::make_unique<ProfileStore>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini")));
}

void TestImportInstancesDialog::cleanup()
{
    m_store.reset();
    m_emulator.reset();
}

std::unique_ptr<ImportInstancesDialog> TestImportInstancesDialog::openDialog()
{
    auto dialog = std::make_unique<ImportInstancesDialog>(nullptr, m_store.get(), &m_keychain);
    dialog->show();
    dialog->regionEdit()->setText(QStringLiteral("cn-hangzhou"));
    dialog->listingEndpointEdit()->setText(m_emulator->endpoint().toString());
    dialog->dasEndpointEdit()->setText(m_emulator->endpoint().toString());
    return dialog;
}

bool TestImportInstancesDialog::list(ImportInstancesDialog& dialog)
{
    QSignalSpy finished(&dialog, &ImportInstancesDialog::listingFinished);
    QTest::mouseClick(dialog.listButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30'000))
        return false;
    return finished.at(0).at(0).toBool();
}

void TestImportInstancesDialog::listTickTwoAndImport()
{
    // rm-acct-0002 is watched already.
    InstanceProfile existing;
    existing.displayName = QStringLiteral("orders two");
    existing.instanceId = QStringLiteral("rm-acct-0002");
    existing.endpointKind = InstanceProfile::EndpointKind::Custom;
    existing.customEndpoint = m_emulator->endpoint();
    QVERIFY(m_store->add(existing).ok());

    auto dialog = openDialog();
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->credential().kind, CredentialReference::Kind::Environment);
    QVERIFY(!dialog->okButton()->isEnabled());

    QSignalSpy finished(dialog.get(), &ImportInstancesDialog::listingFinished);
    QTest::mouseClick(dialog->listButton(), Qt::LeftButton);
    // The dialog answers while the listing runs: the button now stops it.
    QVERIFY(dialog->isListing());
    QCOMPARE(dialog->listButton()->text().remove(QLatin1Char('&')), QStringLiteral("Stop"));
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(dialog->listButton()->text().remove(QLatin1Char('&')), QStringLiteral("List"));

    CloudInstanceModel& model = *dialog->model();
    QCOMPARE(model.rowCount(), 3 + 2);
    QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("already added: 1")),
        qPrintable(dialog->statusLabel()->text()));
    const int present = rowOf(model, QStringLiteral("rm-acct-0002"));
    QVERIFY(present >= 0);
    QVERIFY(model.isPresent(present));
    QVERIFY(!(model.flags(model.index(present, 0)) & Qt::ItemIsUserCheckable));
    QCOMPARE(model.index(present, CloudInstanceModel::StatusColumn).data().toString(), QStringLiteral("Already added"));
    QVERIFY(!model.setData(model.index(present, 0), Qt::Checked, Qt::CheckStateRole));

    const int rds = rowOf(model, QStringLiteral("rm-acct-0001"));
    const int reader = rowOf(model, QStringLiteral("pc-acct-0001/pi-acct-0001-2"));
    QVERIFY(rds >= 0 && reader >= 0);
    QCOMPARE(model.index(reader, CloudInstanceModel::RoleColumn).data().toString(), QStringLiteral("Reader"));
    QVERIFY(model.setData(model.index(rds, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(reader, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(dialog->okButton()->text().remove(QLatin1Char('&')), QStringLiteral("Add 2 profiles"));

    QSignalSpy imported(dialog.get(), &ImportInstancesDialog::profilesImported);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const QList<QUuid> ids = imported.at(0).at(0).value<QList<QUuid>>();
    QCOMPARE(ids.size(), 2);

    QCOMPARE(m_store->profiles().size(), 3);
    std::optional<InstanceProfile> rdsProfile;
    std::optional<InstanceProfile> nodeProfile;
    for (const QUuid& id : ids) {
        const auto profile = m_store->profile(id);
        QVERIFY(profile);
        QCOMPARE(profile->source, InstanceProfile::Source::Das);
        QCOMPARE(profile->credential.kind, CredentialReference::Kind::Environment);
        QCOMPARE(profile->endpointKind, InstanceProfile::EndpointKind::Custom);
        QCOMPARE(profile->endpoint(), m_emulator->endpoint());
        (profile->nodeId.isEmpty() ? rdsProfile : nodeProfile) = profile;
    }
    QVERIFY(rdsProfile && nodeProfile);
    QCOMPARE(rdsProfile->instanceId, QStringLiteral("rm-acct-0001"));
    QCOMPARE(rdsProfile->displayName, QStringLiteral("orders-0001"));
    QCOMPARE(nodeProfile->instanceId, QStringLiteral("pc-acct-0001"));
    QCOMPARE(nodeProfile->nodeId, QStringLiteral("pi-acct-0001-2"));
    QVERIFY(nodeProfile->displayName.contains(QLatin1String("pi-acct-0001-2")));

    // Nothing secret was written: the profiles name the environment, they do not copy its key.
    m_store->sync();
    QFile settings(m_store->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY(written.contains("pi-acct-0001-2"));
    QVERIFY(!written.contains(key.secret.toUtf8()));
    QVERIFY(!written.contains(key.id.toUtf8()));

    // The imported node profile works: DAS serves its sessions.
    FetchOptions options;
    options.pollIntervalMs = 10;
    SourceFactory::Created created = SourceFactory::create(*nodeProfile, Credential(key), options);
    QVERIFY2(created.source, qPrintable(created.error));
    QSignalSpy snapshot(created.source.get(), &SessionSource::snapshotReady);
    QSignalSpy failed(created.source.get(), &SessionSource::fetchFailed);
    created.source->fetch();
    QVERIFY(snapshot.wait(30'000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(snapshot.at(0).at(0).value<SnapshotPtr>()->nodeId, QStringLiteral("pi-acct-0001-2"));

    // A second import sees the three as added and cannot add them again.
    auto again = openDialog();
    QAbstractItemModelTester tester2(again->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(list(*again));
    CloudInstanceModel& model2 = *again->model();
    QCOMPARE(model2.presentCount(), 3);
    for (const QString& watched : {QStringLiteral("rm-acct-0001"), QStringLiteral("rm-acct-0002"),
             QStringLiteral("pc-acct-0001/pi-acct-0001-2")}) {
        const int row = rowOf(model2, watched);
        QVERIFY(row >= 0);
        QVERIFY(model2.isPresent(row));
        QVERIFY(!model2.setChecked(row, true));
    }
    QVERIFY(!again->okButton()->isEnabled());
    const int writer = rowOf(model2, QStringLiteral("pc-acct-0001/pi-acct-0001-1"));
    QVERIFY(model2.setChecked(writer, true));
    QTest::mouseClick(again->okButton(), Qt::LeftButton);
    QCOMPARE(m_store->profiles().size(), 4);
}

void TestImportInstancesDialog::permissionErrorIsShownInTheDialog()
{
    m_emulator->setListingDenied(QStringLiteral("DescribeDBInstances"), true);
    auto dialog = openDialog();
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!list(*dialog));
    QVERIFY(dialog->isVisible());
    const QString status = dialog->statusLabel()->text();
    QVERIFY2(
        status.contains(QLatin1String("Forbidden.RAM")) && status.contains(QLatin1String("rds:DescribeDBInstances")),
        qPrintable(status));
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->isListing());
}

void TestImportInstancesDialog::listingCanBeStopped()
{
    auto dialog = openDialog();
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(dialog.get(), &ImportInstancesDialog::listingFinished);
    QTest::mouseClick(dialog->listButton(), Qt::LeftButton);
    QVERIFY(dialog->isListing());
    QTest::mouseClick(dialog->listButton(), Qt::LeftButton);
    QVERIFY(!dialog->isListing());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(dialog->statusLabel()->text(), QStringLiteral("Listing stopped."));
    // Nothing arrives afterwards.
    QVERIFY(!finished.wait(500));
    QCOMPARE(dialog->model()->rowCount(), 0);

    // A bad region is said in the dialog, and nothing is sent.
    dialog->regionEdit()->setText(QStringLiteral("Hangzhou!"));
    QVERIFY(!list(*dialog));
    QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("region")));
}

void TestImportInstancesDialog::credentialChoices()
{
    // A keychain entry a profile uses is offered by the names of the profiles using it.
    InstanceProfile keyed;
    keyed.displayName = QStringLiteral("billing");
    keyed.instanceId = QStringLiteral("rm-billing");
    keyed.credential = {CredentialReference::Kind::Keychain, QStringLiteral("billing-key")};
    QVERIFY(m_store->add(keyed).ok());
    auto dialog = openDialog();
    QComboBox* combo = dialog->credentialCombo();
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    QVERIFY2(texts.filter(QLatin1String("billing")).size() == 1, qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.filter(QLatin1String("Environment variables (LTAIimportdialog)")).size() == 1);
    combo->setCurrentIndex(int(texts.indexOf(texts.filter(QLatin1String("billing")).constFirst())));
    QCOMPARE(dialog->credential().kind, CredentialReference::Kind::Keychain);
    QCOMPARE(dialog->credential().name, QStringLiteral("billing-key"));
}

QTEST_MAIN(TestImportInstancesDialog)
#include "tst_importinstancesdialog.moc"
