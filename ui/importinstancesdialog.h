// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialreference.h"
#include "inventory/cloudinstance.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QUuid>

class CloudInstanceModel;
class CredentialResolver;
class FetchError;
class InventoryClient;
class KeychainStore;
class ProfileStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

// File → Import instances…: lists the RDS MySQL instances and PolarDB MySQL nodes of an account in a
// region (InventoryClient) with a credential the user already has (the environment, an Aliyun CLI
// profile, or an AccessKey a profile keeps in the keychain), and adds one instance profile per
// ticked row, all naming that credential. Listing runs in the background and can be stopped;
// instances a profile already watches are shown as such and cannot be added twice. Never blocks:
// show it with open() or show().
class ImportInstancesDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` and `keychain` are not owned and must outlive the dialog.
    ImportInstancesDialog(QWidget* parent, ProfileStore* store, KeychainStore* keychain);
    ~ImportInstancesDialog() override;

    // The credential chosen now.
    CredentialReference credential() const;
    bool isListing() const;

    // The widgets, for tests.
    QComboBox* credentialCombo() const { return m_credential; }
    QLineEdit* regionEdit() const { return m_region; }
    QLineEdit* listingEndpointEdit() const { return m_listingEndpoint; }
    QLineEdit* dasEndpointEdit() const { return m_dasEndpoint; }
    QPushButton* listButton() const { return m_listButton; }
    QLabel* statusLabel() const { return m_status; }
    QTreeView* view() const { return m_view; }
    CloudInstanceModel* model() const { return m_model; }
    QPushButton* okButton() const;

public slots:
    // Lists the account's instances with the form's settings; while a listing runs, stops it.
    void listOrStop();
    void accept() override;
    void reject() override;

signals:
    // A listing ended, well or not.
    void listingFinished(bool success);
    // Profiles were added; the dialog closes after this.
    void profilesImported(const QList<QUuid>& ids);

private:
    void loadCredentials();
    void startListing();
    void stopListing(const QString& why);
    void onListed(const CloudInstanceList& instances, const QStringList& warnings);
    void onListingFailed(const FetchError& error);
    void updateButtons();
    void showStatus(const QString& text, bool error);

    QPointer<ProfileStore> m_store;
    CredentialResolver* m_resolver;
    InventoryClient* m_client;
    CloudInstanceModel* m_model;
    quint64 m_resolveRequest = 0;

    QComboBox* m_credential;
    QLineEdit* m_region;
    QLineEdit* m_listingEndpoint;
    QLineEdit* m_dasEndpoint;
    QPushButton* m_listButton;
    QLabel* m_status;
    QTreeView* m_view;
    QDialogButtonBox* m_buttons;
};
