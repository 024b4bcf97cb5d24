// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancelistview.h"

#include "models/profilelistmodel.h"
#include "profileitemdelegate.h"
#include "profiles/profilestore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

// An export is a few KiB; refuse to read something unrelated into memory.
constexpr qint64 MaxImportBytes = 4 * 1024 * 1024;

} // namespace

InstanceListView::InstanceListView(ProfileStore* store, KeychainStore* keychain, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_model(new ProfileListModel(store, this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(tr("No instances yet. Right-click to add one, or import profiles."), this))
    , m_confirmBar(new QFrame(this))
    , m_confirmText(new QLabel(m_confirmBar))
    , m_confirmRemove(new QPushButton(tr("Remove"), m_confirmBar))
    , m_cancelRemove(new QPushButton(tr("Keep"), m_confirmBar))
    , m_message(new QLabel(this))
    , m_addAction(new QAction(tr("&Add an instance…"), this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_duplicateAction(new QAction(tr("&Duplicate"), this))
    , m_removeAction(new QAction(tr("&Remove…"), this))
    , m_exportAction(new QAction(tr("E&xport profiles…"), this))
    , m_importAction(new QAction(tr("&Import profiles…"), this))
{
    Q_ASSERT(m_store);
    Q_ASSERT(m_keychain);
    setObjectName(QStringLiteral("instanceListView"));

    m_list->setModel(m_model);
    m_list->setItemDelegate(new ProfileItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setAccessibleName(tr("Instances"));

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_empty->setContextMenuPolicy(Qt::CustomContextMenu);

    m_confirmBar->setObjectName(QStringLiteral("confirmRemoveBar"));
    m_confirmBar->setFrameShape(QFrame::StyledPanel);
    m_confirmText->setWordWrap(true);
    m_confirmText->setTextFormat(Qt::PlainText);
    auto* confirmLayout = new QVBoxLayout(m_confirmBar);
    confirmLayout->setContentsMargins(8, 6, 8, 6);
    confirmLayout->addWidget(m_confirmText);
    auto* confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch(1);
    confirmButtons->addWidget(m_cancelRemove);
    confirmButtons->addWidget(m_confirmRemove);
    confirmLayout->addLayout(confirmButtons);
    m_confirmBar->hide();

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_confirmBar);
    layout->addWidget(m_message);

    // Shortcuts work while the list has focus, not across the whole window.
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_removeAction->setShortcut(QKeySequence::Delete);
    for (QAction* action : {m_editAction, m_removeAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
    }

    connect(m_addAction, &QAction::triggered, this, &InstanceListView::addRequested);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const QUuid id = currentProfile(); !id.isNull())
            emit editRequested(id);
    });
    connect(m_duplicateAction, &QAction::triggered, this, [this] {
        const QUuid id = currentProfile();
        if (id.isNull())
            return;
        const ProfileStore::SaveResult result = m_store->duplicate(id);
        if (!result.ok())
            showMessage(result.errors.join(QLatin1Char(' ')), true);
        else
            m_list->setCurrentIndex(m_model->indexOf(result.id));
    });
    connect(m_removeAction, &QAction::triggered, this, [this] { requestRemove(currentProfile()); });
    connect(m_exportAction, &QAction::triggered, this, &InstanceListView::showExportDialog);
    connect(m_importAction, &QAction::triggered, this, &InstanceListView::showImportDialog);
    connect(m_confirmRemove, &QPushButton::clicked, this, &InstanceListView::confirmRemove);
    connect(m_cancelRemove, &QPushButton::clicked, this, &InstanceListView::cancelRemove);

    // Clicks and Enter switch instances; moving through the list with the arrow keys does not, so
    // that browsing does not start and cancel a fetch per row.
    connect(m_list, &QListView::clicked, this, &InstanceListView::activate);
    connect(m_list, &QListView::activated, this, &InstanceListView::activate);
    // A scroll area reports the position in its viewport's coordinates.
    connect(m_list, &QListView::customContextMenuRequested, this,
        [this](const QPoint& position) { showContextMenu(m_list->viewport(), position); });
    connect(m_empty, &QLabel::customContextMenuRequested, this,
        [this](const QPoint& position) { showContextMenu(m_empty, position); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &InstanceListView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InstanceListView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InstanceListView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InstanceListView::updateEmptyState);
    connect(m_store, &ProfileStore::profileRemoved, this, [this](const QUuid& id) {
        if (id == m_removeId)
            cancelRemove();
        if (id == m_activeId)
            m_activeId = QUuid();
    });
    connect(m_keychain, &KeychainStore::finished, this, &InstanceListView::onKeychainFinished);

    updateActions();
    updateEmptyState();
}

InstanceListView::~InstanceListView() = default;

QUuid InstanceListView::currentProfile() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(ProfileListModel::IdRole).toUuid() : QUuid();
}

void InstanceListView::setCurrentProfile(const QUuid& id)
{
    m_activeId = id;
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    else
        m_list->selectionModel()->clear();
}

void InstanceListView::activate(const QModelIndex& index)
{
    const QUuid id = index.data(ProfileListModel::IdRole).toUuid();
    // A double click is a click and an activation; the instance switches once.
    if (id.isNull() || id == m_activeId)
        return;
    m_activeId = id;
    emit profileActivated(id);
}

void InstanceListView::showContextMenu(QWidget* anchor, const QPoint& position)
{
    if (anchor == m_list->viewport()) {
        const QModelIndex index = m_list->indexAt(position);
        if (index.isValid())
            m_list->setCurrentIndex(index);
        else
            m_list->selectionModel()->clear();
    }
    updateActions();

    // popup(), not exec(): the menu must not run an event loop of its own.
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_addAction);
    menu->addAction(m_editAction);
    menu->addAction(m_duplicateAction);
    menu->addAction(m_removeAction);
    menu->addSeparator();
    menu->addAction(m_exportAction);
    menu->addAction(m_importAction);
    menu->popup(anchor->mapToGlobal(position));
}

void InstanceListView::requestRemove(const QUuid& id)
{
    const std::optional<InstanceProfile> profile = m_store->profile(id);
    if (!profile)
        return;
    m_removeId = id;
    QString text = tr("Remove the instance \u201c%1\u201d?").arg(profile->displayName);
    if (profile->credential.kind == CredentialReference::Kind::Keychain && !profile->credential.name.isEmpty()) {
        const bool shared = m_store->isKeychainEntryUsed(profile->credential.name, id);
        text += QLatin1Char(' ')
            + (shared ? tr("Its AccessKey stays in the keychain: another instance uses it too.")
                      : tr("Its AccessKey is deleted from the keychain too."));
    }
    m_confirmText->setText(text);
    m_message->hide();
    m_confirmBar->show();
    // Enter in the bar must not remove by accident; the safe choice has the focus.
    m_cancelRemove->setFocus();
}

void InstanceListView::confirmRemove()
{
    const QUuid id = m_removeId;
    m_confirmBar->hide();
    m_removeId = QUuid();
    const std::optional<InstanceProfile> profile = m_store->profile(id);
    if (!profile || !m_store->remove(id))
        return;
    if (profile->credential.kind != CredentialReference::Kind::Keychain || profile->credential.name.isEmpty())
        return;
    if (m_store->isKeychainEntryUsed(profile->credential.name))
        return;
    m_removeRequests.append(m_keychain->remove(profile->credential.name));
}

void InstanceListView::cancelRemove()
{
    m_removeId = QUuid();
    m_confirmBar->hide();
}

void InstanceListView::onKeychainFinished(const KeychainStore::Result& result)
{
    if (!m_removeRequests.removeOne(result.requestId))
        return;
    if (result.status == KeychainStore::Status::Failed)
        showMessage(tr("The instance was removed, but its AccessKey could not be deleted from the keychain: %1")
                        .arg(result.message),
            true);
}

void InstanceListView::showExportDialog()
{
    auto* dialog = new QFileDialog(this, tr("Export profiles"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("SessionScope profiles (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("sessionscope-profiles.json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportTo(path); });
    dialog->open();
}

void InstanceListView::showImportDialog()
{
    auto* dialog = new QFileDialog(this, tr("Import profiles"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("SessionScope profiles (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { importFrom(path); });
    dialog->open();
}

bool InstanceListView::exportTo(const QString& path)
{
    const int count = int(m_store->profiles().size());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_store->exportJson()) < 0 || !file.commit()) {
        showMessage(
            tr("The profiles could not be written to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    showMessage(
        tr("Exported %n profile(s) to %1, without secrets.", nullptr, count).arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

bool InstanceListView::importFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    if (file.size() > MaxImportBytes) {
        showMessage(tr("%1 is too large to be a profile export.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    const ProfileStore::ImportResult result = m_store->importJson(file.readAll());
    if (!result.error.isEmpty()) {
        showMessage(result.error, true);
        return false;
    }
    QStringList lines;
    lines.append(tr("Imported %n profile(s).", nullptr, int(result.imported.size())));
    lines.append(result.profileErrors);
    showMessage(lines.join(QLatin1Char('\n')), !result.profileErrors.isEmpty());
    if (!result.imported.isEmpty())
        m_list->setCurrentIndex(m_model->indexOf(result.imported.constFirst()));
    return result.ok();
}

void InstanceListView::updateActions()
{
    const bool hasCurrent = !currentProfile().isNull();
    m_editAction->setEnabled(hasCurrent);
    m_duplicateAction->setEnabled(hasCurrent);
    m_removeAction->setEnabled(hasCurrent);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
}

void InstanceListView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    updateActions();
}

void InstanceListView::showMessage(const QString& text, bool error)
{
    QPalette palette = m_message->palette();
    palette.setColor(
        QPalette::WindowText, error ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
