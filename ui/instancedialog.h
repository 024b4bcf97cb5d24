// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/aliyuncliconfig.h"
#include "credentials/credentialresolver.h"
#include "credentials/keychainstore.h"
#include "profiles/instanceprofile.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>

class AlertRulesEditor;
class ProfileEditor;
class SessionSource;
class ProfileStore;
class QColor;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class RecordSettingsWidget;

// Adds an instance profile, or edits one (setProfile), with its credentials. A DAS profile takes its
// AccessKey from the environment, an Aliyun CLI profile or the keychain; a direct MySQL or MariaDB
// profile names a server, a user and TLS settings, with the password from the keychain or from
// MYSQL_PWD / ~/.my.cnf. Validates as the user types (a red
// message under the form, OK disabled while anything is wrong). Save hands the profile and a typed
// key or password to a ProfileEditor, which writes the key to the keychain and saves the profile; the dialog
// closes once it answered. Never blocks: show it with open() or show().
class InstanceDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` and `keychain` are not owned and must outlive the dialog.
    InstanceDialog(QWidget* parent, ProfileStore* store, KeychainStore* keychain);
    ~InstanceDialog() override;

    // Switches to editing `profile`; OK then updates it. A secret saved in the keychain is not read
    // into the form: leaving the secret empty keeps it.
    void setProfile(const InstanceProfile& profile);
    bool isEditing() const { return !m_original.id.isNull(); }

    // The profile the form describes now. For a key that goes into a new keychain entry, the entry's
    // name is a placeholder until Save picks one.
    InstanceProfile formProfile() const;
    // What keeps OK disabled, one sentence each; empty when the form can be saved.
    QStringList problems() const;
    bool isSaving() const;

    // The widgets, for tests.
    QComboBox* sourceCombo() const { return m_source; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* instanceIdEdit() const { return m_instanceId; }
    QLineEdit* nodeIdEdit() const { return m_nodeId; }
    QCheckBox* readOnlyBox() const { return m_readOnly; }
    QComboBox* killAccountCombo() const { return m_killAccount; }
    QLineEdit* killUserEdit() const { return m_killUser; }
    QComboBox* endpointCombo() const { return m_endpoint; }
    QLineEdit* customEndpointEdit() const { return m_customEndpoint; }
    QLineEdit* endpointCaEdit() const { return m_endpointCa; }
    QComboBox* refreshIntervalCombo() const { return m_refreshInterval; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QComboBox* credentialCombo() const { return m_credentialKind; }
    QLabel* environmentLabel() const { return m_environmentNote; }
    QComboBox* cliProfileCombo() const { return m_cliProfile; }
    QLabel* cliProfileLabel() const { return m_cliNote; }
    QPushButton* importIntoKeychainButton() const { return m_importCli; }
    QLineEdit* accessKeyIdEdit() const { return m_accessKeyId; }
    QLineEdit* accessKeySecretEdit() const { return m_accessKeySecret; }
    QLineEdit* securityTokenEdit() const { return m_securityToken; }
    QLabel* keychainLabel() const { return m_keychainNote; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portSpin() const { return m_port; }
    QLineEdit* socketEdit() const { return m_socket; }
    QLineEdit* databaseUserEdit() const { return m_databaseUser; }
    QComboBox* passwordSourceCombo() const { return m_passwordFrom; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* passwordLabel() const { return m_passwordNote; }
    QComboBox* sslModeCombo() const { return m_sslMode; }
    QLineEdit* sslCaEdit() const { return m_sslCa; }
    QPushButton* sslCaBrowseButton() const { return m_browseCa; }
    QLabel* messageLabel() const { return m_message; }
    AlertRulesEditor* alertRulesEditor() const { return m_alertRules; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* okButton() const;
    QPushButton* testConnectionButton() const { return m_testButton; }

    // Takes one snapshot with the form's settings and credential, without saving anything, and
    // says in the status line what happened: the number of sessions, or the precise failure.
    void testConnection();

public slots:
    void accept() override;
    void reject() override;

signals:
    void profileSaved(const QUuid& id);
    // A connection test answered.
    void connectionTested(bool success);

protected:
    bool event(QEvent* event) override;

private:
    enum class StoredKey
    {
        None, // the profile being edited has no keychain entry of its own
        Reading,
        Found,
        Missing, // the entry is gone (or lived in memory in an earlier run): the key must be typed
    };

    QWidget* createInstanceForm();
    QWidget* createCredentialForm();
    QWidget* createServerForm();
    QWidget* createPasswordForm();
    InstanceProfile::Source source() const;
    void onSourceChanged();
    void updateSocketNote();
    void browseForCa();
    void loadCliProfiles();
    void selectCliProfile(const QString& name);
    void updateEnvironmentNote();
    void updateCliNote();
    void updateKeychainNote();
    void updateValidation();
    void onEdited();
    void onCredentialKindChanged();
    void importCliProfile();
    void onKeychainFinished(const KeychainStore::Result& result);
    void onSaved(const InstanceProfile& profile, const QString& note);
    void onSaveFailed(const QString& message);
    // `showProgress`: say "Saving…" while the keychain is written to.
    void setSaving(bool saving, bool showProgress = false);
    void showStatus(const QString& text, const QColor& color);
    void onTestCredential(const CredentialResolver::Result& result);
    void startTest(const Credential& credential);
    void finishTest(const QString& text, bool success);
    void stopTest();
    CredentialReference::Kind credentialKind() const;
    AccessKey typedKey() const;
    DatabaseLogin typedLogin() const;
    bool keepsStoredKey() const;
    QStringList credentialProblems() const;

    QPointer<KeychainStore> m_keychain;
    ProfileEditor* m_editor;
    QLineEdit* m_tags = nullptr;
    InstanceProfile m_original; // id is null while adding
    AliyunCliConfig::Contents m_cliContents;
    QString m_cliPath;
    bool m_cliConfigExists = false;
    StoredKey m_storedKey = StoredKey::None;
    QString m_storedKeyId; // the AccessKey ID of the saved entry, once read
    QString m_storedKeyProblem;
    QString m_importedFrom; // the CLI profile whose key is in the key fields
    bool m_touched = false;
    bool m_savedInMemory = false;
    quint64 m_probeRequest = 0;
    quint64 m_readRequest = 0;
    bool m_warnedAboutMemory = false;

    QWidget* m_form;
    QComboBox* m_source;
    QFormLayout* m_instanceForm;
    QGroupBox* m_credentialBox;
    QGroupBox* m_serverBox;
    QGroupBox* m_passwordBox;
    QLineEdit* m_displayName;
    QLineEdit* m_instanceId;
    QLineEdit* m_nodeId;
    QComboBox* m_endpoint;
    QLineEdit* m_customEndpoint;
    QLineEdit* m_endpointCa = nullptr;
    QComboBox* m_refreshInterval;
    QCheckBox* m_readOnly = nullptr;
    RecordSettingsWidget* m_recordSettings = nullptr;
    QComboBox* m_killAccount = nullptr;
    QLineEdit* m_killUser = nullptr;
    QComboBox* m_credentialKind;
    QStackedWidget* m_credentialPages;
    QLabel* m_environmentNote;
    QLabel* m_automaticNote;
    QComboBox* m_cliProfile;
    QLabel* m_cliNote;
    QPushButton* m_importCli;
    QLineEdit* m_accessKeyId;
    QLineEdit* m_accessKeySecret;
    QLineEdit* m_securityToken;
    QLabel* m_keychainNote;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_socket;
    QLabel* m_socketNote;
    QLineEdit* m_databaseUser;
    QComboBox* m_sslMode;
    QLineEdit* m_sslCa;
    QPushButton* m_browseCa;
    QFormLayout* m_passwordForm;
    QComboBox* m_passwordFrom;
    QLineEdit* m_password;
    QLabel* m_passwordNote;
    QLabel* m_message;
    AlertRulesEditor* m_alertRules = nullptr;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_testButton = nullptr;
    CredentialResolver* m_testResolver;
    quint64 m_testRequest = 0;
    SessionSource* m_testSource = nullptr;
};
