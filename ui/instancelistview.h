// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/keychainstore.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class ProfileListModel;
class ProfileStore;
class QAction;
class QFrame;
class QLabel;
class QListView;
class QPushButton;

// The instance profiles as a compact list, with a context menu to add, edit, duplicate, remove,
// export and import them. Clicking a profile (or Enter on it) activates it. Removing asks inline,
// never in a modal box, and deletes the profile's keychain entry when no other profile shares it.
class InstanceListView : public QWidget
{
    Q_OBJECT

public:
    // `store` and `keychain` are not owned and must outlive the view.
    InstanceListView(ProfileStore* store, KeychainStore* keychain, QWidget* parent = nullptr);
    ~InstanceListView() override;

    ProfileListModel* model() const { return m_model; }
    QListView* listView() const { return m_list; }

    // The selected profile; null when none is.
    QUuid currentProfile() const;
    // Selects `id` without emitting profileActivated: the window says which instance it shows.
    void setCurrentProfile(const QUuid& id);

    // Shows the inline confirmation for removing `id`.
    void requestRemove(const QUuid& id);
    // Writes every profile, without secrets, as JSON to `path`; reports in the message line.
    bool exportTo(const QString& path);
    // Adds the profiles of a file written by exportTo; reports what was imported and what was not.
    bool importFrom(const QString& path);

    // For tests and for the window's menus.
    QAction* newInstanceAction() const { return m_addAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* duplicateAction() const { return m_duplicateAction; }
    QAction* removeAction() const { return m_removeAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* importAction() const { return m_importAction; }
    QFrame* confirmBar() const { return m_confirmBar; }
    QLabel* confirmLabel() const { return m_confirmText; }
    QPushButton* confirmRemoveButton() const { return m_confirmRemove; }
    QPushButton* cancelRemoveButton() const { return m_cancelRemove; }
    QLabel* messageLabel() const { return m_message; }

public slots:
    void showExportDialog();
    void showImportDialog();

signals:
    void profileActivated(const QUuid& id);
    void editRequested(const QUuid& id);
    void addRequested();

private:
    void activate(const QModelIndex& index);
    void showContextMenu(QWidget* anchor, const QPoint& position);
    void confirmRemove();
    void cancelRemove();
    void updateActions();
    void updateEmptyState();
    void showMessage(const QString& text, bool error);
    void onKeychainFinished(const KeychainStore::Result& result);

    QPointer<ProfileStore> m_store;
    QPointer<KeychainStore> m_keychain;
    ProfileListModel* m_model;
    QListView* m_list;
    QLabel* m_empty;
    QFrame* m_confirmBar;
    QLabel* m_confirmText;
    QPushButton* m_confirmRemove;
    QPushButton* m_cancelRemove;
    QLabel* m_message;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_duplicateAction;
    QAction* m_removeAction;
    QAction* m_exportAction;
    QAction* m_importAction;
    QUuid m_activeId;
    QUuid m_removeId;
    QList<quint64> m_removeRequests;
};
