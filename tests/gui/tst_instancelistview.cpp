// SPDX-License-Identifier: GPL-3.0-or-later
// The instance list: activation, the context menu's actions, the inline removal confirmation (which
// deletes the keychain entry), export and import. A real KeychainStore: gnome-keyring under
// scripts/with-keyring, the in-memory fallback without a session bus.
#include "credentials/keychainstore.h"
#include "instancelistview.h"
#include "models/profilelistmodel.h"
#include "profiles/profilestore.h"
#include "support/testkeychain.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using TestKeychain::answerTo;
using TestKeychain::uniqueId;

namespace {

constexpr char ListSecret[] = "List-S3cret-Do-Not-Leak";

InstanceProfile profileNamed(const QString& name, const CredentialReference& credential = {})
{
    InstanceProfile profile;
    profile.displayName = name;
    profile.instanceId = QStringLiteral("rm-") + name.toLower().remove(QLatin1Char(' '));
    profile.credential = credential;
    return profile;
}

QPoint centerOf(const QListView* list, const QModelIndex& index)
{
    return list->visualRect(index).center();
}

} // namespace

class TestInstanceListView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyListSaysSo();
    void clickActivatesOnce();
    void editAndDuplicate();
    void contextMenuOffersTheActions();
    void removeAsksInlineAndDeletesTheKeychainEntry();
    void removeKeepsAnEntryAnotherProfileUses();
    void exportAndImport();
    void brokenImportSaysWhy();
    void directProfileShowsHostAndPort();

private:
    QString settingsFile() const { return m_root.filePath(QStringLiteral("profiles.ini")); }
    KeychainStore::Result keychainCall(quint64 requestId);

    QTemporaryDir m_root;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    QStringList m_createdIds;
};

void TestInstanceListView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_root.isValid());
    Translations::install(QCoreApplication::instance());
}

void TestInstanceListView::init()
{
    QFile::remove(settingsFile());
    m_store = std::make_unique<ProfileStore>(settingsFile());
    m_keychain = std::make_unique<KeychainStore>();
    m_createdIds.clear();
}

void TestInstanceListView::cleanup()
{
    TestKeychain::removeEntries(*m_keychain, m_createdIds);
    m_store.reset();
    m_keychain.reset();
}

KeychainStore::Result TestInstanceListView::keychainCall(quint64 requestId)
{
    QSignalSpy finished(m_keychain.get(), &KeychainStore::finished);
    return answerTo(finished, requestId).value_or(KeychainStore::Result {});
}

void TestInstanceListView::emptyListSaysSo()
{
    InstanceListView view(m_store.get(), m_keychain.get());
    view.resize(300, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.listView()->isHidden());
    const QList<QLabel*> labels = view.findChildren<QLabel*>();
    const bool saysEmpty = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
        return label->isVisible() && label->text().startsWith(QStringLiteral("No instances yet."));
    });
    QVERIFY(saysEmpty);
    QVERIFY(!view.editAction()->isEnabled());
    QVERIFY(!view.exportAction()->isEnabled());

    QVERIFY(m_store->add(profileNamed(QStringLiteral("Orders"))).ok());
    QVERIFY(view.listView()->isVisible());
    QVERIFY(view.exportAction()->isEnabled());
}

void TestInstanceListView::clickActivatesOnce()
{
    const QUuid alpha = m_store->add(profileNamed(QStringLiteral("Alpha"))).id;
    const QUuid beta = m_store->add(profileNamed(QStringLiteral("Beta"))).id;
    InstanceListView view(m_store.get(), m_keychain.get());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(300, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &InstanceListView::profileActivated);

    // The window saying which instance it shows is not the user choosing one.
    view.setCurrentProfile(alpha);
    QCOMPARE(view.currentProfile(), alpha);
    QCOMPARE(activated.size(), 0);

    QListView* list = view.listView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centerOf(list, view.model()->indexOf(beta)));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toUuid(), beta);
    QCOMPARE(view.currentProfile(), beta);
    // Clicking the instance already shown, or double-clicking it, switches nothing.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centerOf(list, view.model()->indexOf(beta)));
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centerOf(list, view.model()->indexOf(beta)));
    QCOMPARE(activated.size(), 1);
    // Enter on another one does.
    list->setCurrentIndex(view.model()->indexOf(alpha));
    QCOMPARE(activated.size(), 1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toUuid(), alpha);
}

void TestInstanceListView::editAndDuplicate()
{
    const QUuid orders = m_store->add(profileNamed(QStringLiteral("Orders"))).id;
    InstanceListView view(m_store.get(), m_keychain.get());
    view.show();
    QSignalSpy edit(&view, &InstanceListView::editRequested);
    view.setCurrentProfile(orders);
    QVERIFY(view.editAction()->isEnabled());
    view.editAction()->trigger();
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.first().first().toUuid(), orders);

    view.duplicateAction()->trigger();
    QCOMPARE(m_store->profiles().size(), 2);
    QCOMPARE(view.model()->rowCount(), 2);
    const QUuid copy = view.currentProfile();
    QVERIFY(copy != orders);
    QCOMPARE(m_store->profile(copy)->displayName, QStringLiteral("Orders (copy)"));
}

void TestInstanceListView::contextMenuOffersTheActions()
{
    const QUuid orders = m_store->add(profileNamed(QStringLiteral("Orders"))).id;
    InstanceListView view(m_store.get(), m_keychain.get());
    view.resize(300, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QListView* list = view.listView();

    emit list->customContextMenuRequested(centerOf(list, view.model()->indexOf(orders)));
    QMenu* menu = view.findChild<QMenu*>();
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QStringList texts;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    QCOMPARE(texts,
        (QStringList {QStringLiteral("&Add an instance…"), QStringLiteral("&Edit…"), QStringLiteral("&Duplicate"),
            QStringLiteral("&Remove…"), QStringLiteral("E&xport profiles…"), QStringLiteral("&Import profiles…")}));
    // Right-clicking a profile makes it the one the actions apply to.
    QCOMPARE(view.currentProfile(), orders);
    QVERIFY(view.removeAction()->isEnabled());
    menu->close();
    QTRY_VERIFY(!view.findChild<QMenu*>());

    // On empty space only the actions that need no profile are offered.
    emit list->customContextMenuRequested(QPoint(5, list->viewport()->height() - 5));
    menu = view.findChild<QMenu*>();
    QVERIFY(menu);
    QVERIFY(view.currentProfile().isNull());
    QVERIFY(!view.editAction()->isEnabled());
    QVERIFY(!view.removeAction()->isEnabled());
    QVERIFY(view.newInstanceAction()->isEnabled());
    QSignalSpy add(&view, &InstanceListView::addRequested);
    view.newInstanceAction()->trigger();
    QCOMPARE(add.size(), 1);
    menu->close();
}

void TestInstanceListView::removeAsksInlineAndDeletesTheKeychainEntry()
{
    const QString credentialId = uniqueId("list-remove");
    m_createdIds.append(credentialId);
    QCOMPARE(keychainCall(m_keychain->write(
                              credentialId, AccessKey {QStringLiteral("LTAIlist0001"), QLatin1String(ListSecret), {}}))
                 .status,
        KeychainStore::Status::Ok);
    const QUuid orders
        = m_store->add(profileNamed(QStringLiteral("Orders"), {CredentialReference::Kind::Keychain, credentialId})).id;
    const QUuid other = m_store->add(profileNamed(QStringLiteral("Billing"))).id;

    InstanceListView view(m_store.get(), m_keychain.get());
    view.resize(300, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentProfile(orders);
    view.removeAction()->trigger();

    // Asked inline; nothing removed yet. Keep leaves everything as it was.
    QVERIFY(view.confirmBar()->isVisible());
    QVERIFY2(view.confirmLabel()->text().contains(QStringLiteral("\u201cOrders\u201d")),
        qPrintable(view.confirmLabel()->text()));
    QVERIFY(view.confirmLabel()->text().contains(QStringLiteral("deleted from the keychain")));
    QVERIFY(m_store->contains(orders));
    QTest::mouseClick(view.cancelRemoveButton(), Qt::LeftButton);
    QVERIFY(!view.confirmBar()->isVisible());
    QVERIFY(m_store->contains(orders));

    view.removeAction()->trigger();
    QSignalSpy keychainAnswers(m_keychain.get(), &KeychainStore::finished);
    QTest::mouseClick(view.confirmRemoveButton(), Qt::LeftButton);
    QVERIFY(!view.confirmBar()->isVisible());
    QVERIFY(!m_store->contains(orders));
    QVERIFY(m_store->contains(other));
    QCOMPARE(view.model()->rowCount(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(!keychainAnswers.isEmpty(), 30'000);
    const auto removed = keychainAnswers.first().first().value<KeychainStore::Result>();
    QCOMPARE(removed.operation, KeychainStore::Operation::Remove);
    QCOMPARE(removed.credentialId, credentialId);
    QCOMPARE(removed.status, KeychainStore::Status::Ok);
    QCOMPARE(keychainCall(m_keychain->read(credentialId)).status, KeychainStore::Status::NotFound);
    QVERIFY(view.messageLabel()->isHidden());
}

void TestInstanceListView::removeKeepsAnEntryAnotherProfileUses()
{
    const QString credentialId = uniqueId("list-shared");
    m_createdIds.append(credentialId);
    QCOMPARE(keychainCall(m_keychain->write(
                              credentialId, AccessKey {QStringLiteral("LTAIlist0002"), QLatin1String(ListSecret), {}}))
                 .status,
        KeychainStore::Status::Ok);
    const QUuid orders
        = m_store->add(profileNamed(QStringLiteral("Orders"), {CredentialReference::Kind::Keychain, credentialId})).id;
    const QUuid copy = m_store->duplicate(orders).id;

    InstanceListView view(m_store.get(), m_keychain.get());
    view.show();
    view.requestRemove(copy);
    QVERIFY(view.confirmLabel()->text().contains(QStringLiteral("another instance uses it")));
    QSignalSpy keychainAnswers(m_keychain.get(), &KeychainStore::finished);
    QTest::mouseClick(view.confirmRemoveButton(), Qt::LeftButton);
    QVERIFY(!m_store->contains(copy));
    const KeychainStore::Result entry = keychainCall(m_keychain->read(credentialId));
    QCOMPARE(entry.status, KeychainStore::Status::Ok);
    QCOMPARE(entry.credential.accessKey()->secret, QLatin1String(ListSecret));
    for (const QList<QVariant>& arguments : std::as_const(keychainAnswers))
        QVERIFY(arguments.first().value<KeychainStore::Result>().operation != KeychainStore::Operation::Remove);
}

void TestInstanceListView::exportAndImport()
{
    QVERIFY(m_store
                ->add(profileNamed(
                    QStringLiteral("Orders"), {CredentialReference::Kind::CliProfile, QStringLiteral("prod")}))
                .ok());
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Billing"))).ok());
    InstanceListView view(m_store.get(), m_keychain.get());
    view.show();
    const QString path = m_root.filePath(QStringLiteral("export.json"));
    QVERIFY(view.exportTo(path));
    QVERIFY(view.messageLabel()->isVisible());
    // "profile" and not "profiles": the English plural forms come from translations/, which
    // scripts/update-translations fills.
    QVERIFY2(view.messageLabel()->text().startsWith(QStringLiteral("Exported 2 profile")),
        qPrintable(view.messageLabel()->text()));

    // Into a fresh store, as on another machine.
    QFile::remove(settingsFile());
    m_store = std::make_unique<ProfileStore>(m_root.filePath(QStringLiteral("other.ini")));
    InstanceListView other(m_store.get(), m_keychain.get());
    other.show();
    QVERIFY(other.importFrom(path));
    QCOMPARE(other.model()->rowCount(), 2);
    QCOMPARE(other.model()->index(0).data().toString(), QStringLiteral("Billing"));
    QCOMPARE(other.model()->index(1).data(ProfileListModel::CredentialRole).toString(),
        QStringLiteral("Aliyun CLI profile 'prod'"));
    QVERIFY2(other.messageLabel()->text().startsWith(QStringLiteral("Imported 2 profile")),
        qPrintable(other.messageLabel()->text()));
    QVERIFY(!other.messageLabel()->text().contains(QLatin1Char('\n')));
    QFile::remove(m_root.filePath(QStringLiteral("other.ini")));
}

void TestInstanceListView::brokenImportSaysWhy()
{
    InstanceListView view(m_store.get(), m_keychain.get());
    view.show();
    const QString path = m_root.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"profiles": [{"displayName": "Good", "instanceId": "rm-good"}, {"displayName": "Bad"}]})");
    file.close();

    QVERIFY(!view.importFrom(path));
    QCOMPARE(m_store->profiles().size(), 1);
    const QString text = view.messageLabel()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Imported 1 profile")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Profile #2 ('Bad')")), qPrintable(text));
    QCOMPARE(view.messageLabel()->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));

    QVERIFY(!view.importFrom(m_root.filePath(QStringLiteral("missing.json"))));
    QVERIFY(view.messageLabel()->text().contains(QStringLiteral("cannot be read")));
}

void TestInstanceListView::directProfileShowsHostAndPort()
{
    QVERIFY(m_store->add(profileNamed(QStringLiteral("Cloud"))).ok());
    InstanceProfile direct;
    direct.displayName = QStringLiteral("Local");
    direct.source = InstanceProfile::Source::MySql;
    direct.host = QStringLiteral("db.example.com");
    direct.port = 3307;
    direct.databaseUser = QStringLiteral("monitor");
    QVERIFY(m_store->add(direct).ok());

    InstanceListView view(m_store.get(), m_keychain.get());
    view.resize(300, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAbstractItemModel* model = view.listView()->model();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex cloud = model->index(0, 0);
    const QModelIndex local = model->index(1, 0);
    QCOMPARE(local.data().toString(), QStringLiteral("Local"));
    QCOMPARE(local.data(ProfileListModel::TargetRole).toString(), QStringLiteral("db.example.com:3307"));
    QCOMPARE(cloud.data(ProfileListModel::TargetRole).toString(), QStringLiteral("rm-cloud"));
    QCOMPARE(local.data(ProfileListModel::SourceTagRole).toString(), QStringLiteral("MySQL"));
    QCOMPARE(cloud.data(ProfileListModel::SourceTagRole).toString(), QStringLiteral("DAS"));

    // Each row has room for the name and, under it, the tag and the target.
    const int lineHeight = view.listView()->fontMetrics().height();
    QVERIFY2(view.listView()->visualRect(local).height() >= 2 * lineHeight,
        qPrintable(QString::number(view.listView()->visualRect(local).height())));
    // The target is painted: the row differs from one whose target is empty.
    const QImage before = view.listView()->viewport()->grab(view.listView()->visualRect(local)).toImage();
    direct = m_store->profiles().at(1);
    direct.host = QStringLiteral("other.example.com");
    QVERIFY(m_store->update(direct).ok());
    QCOMPARE(
        model->index(1, 0).data(ProfileListModel::TargetRole).toString(), QStringLiteral("other.example.com:3307"));
    view.listView()->viewport()->repaint();
    const QImage after = view.listView()->viewport()->grab(view.listView()->visualRect(model->index(1, 0))).toImage();
    QVERIFY(before != after);
}

QTEST_MAIN(TestInstanceListView)

#include "tst_instancelistview.moc"
