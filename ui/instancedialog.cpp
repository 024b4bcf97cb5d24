// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancedialog.h"

#include "alertruleseditor.h"

#include "base/endpointpolicy.h"
#include "base/fetcherror.h"
#include "credentials/credentialresolver.h"
#include "credentials/environmentcredentials.h"
#include "profiles/profileeditor.h"
#include "recordsettingswidget.h"
#include "sessions/sessionsnapshot.h"
#include "sources/sessionsource.h"
#include "sources/sourcefactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

constexpr int RefreshChoicesSeconds[] = {1, 2, 5, 10, 30, 60};

// The order of the credential choices, which is also the SDKs' order; the pages follow it.
constexpr CredentialReference::Kind CredentialChoices[] = {
    CredentialReference::Kind::Environment,
    CredentialReference::Kind::CliProfile,
    CredentialReference::Kind::Keychain,
    CredentialReference::Kind::DefaultChain,
};

// Where the password of a direct profile comes from; Environment is listed only for a profile
// that already uses it.
constexpr CredentialReference::Kind PasswordChoices[] = {
    CredentialReference::Kind::Keychain,
    CredentialReference::Kind::DefaultChain,
};

constexpr ConnectionSettings::SslMode SslModeChoices[] = {
    ConnectionSettings::SslMode::Disabled,
    ConnectionSettings::SslMode::Preferred,
    ConnectionSettings::SslMode::Required,
    ConnectionSettings::SslMode::VerifyCa,
    ConnectionSettings::SslMode::VerifyIdentity,
};

constexpr int CliProfileNameRole = Qt::UserRole;
constexpr int CliProfileUsableRole = Qt::UserRole + 1;

// An AccessKey ID is not a secret, but a whole one on screen invites copying it around.
QString maskedKeyId(const QString& id)
{
    if (id.size() < 10)
        return id.left(2) + QChar(0x2026);
    return id.left(4) + QChar(0x2026) + id.right(3);
}

void setTextColor(QLabel* label, const QColor& color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QColor errorColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor successColor()
{
    return QColor(0x1b, 0x6e, 0x20);
}

// For what the user should know but that does not stop saving.
QColor warningColor()
{
    return QColor(0x9a, 0x5b, 0x00);
}

} // namespace

InstanceDialog::InstanceDialog(QWidget* parent, ProfileStore* store, KeychainStore* keychain)
    : QDialog(parent)
    , m_keychain(keychain)
    , m_editor(new ProfileEditor(store, keychain, this))
    , m_form(new QWidget(this))
    , m_source(new QComboBox(this))
    , m_instanceForm(nullptr)
    , m_credentialBox(nullptr)
    , m_serverBox(nullptr)
    , m_passwordBox(nullptr)
    , m_displayName(new QLineEdit(this))
    , m_instanceId(new QLineEdit(this))
    , m_nodeId(new QLineEdit(this))
    , m_endpoint(new QComboBox(this))
    , m_customEndpoint(new QLineEdit(this))
    , m_refreshInterval(new QComboBox(this))
    , m_credentialKind(new QComboBox(this))
    , m_credentialPages(new QStackedWidget(this))
    , m_environmentNote(new QLabel(this))
    , m_automaticNote(new QLabel(this))
    , m_cliProfile(new QComboBox(this))
    , m_cliNote(new QLabel(this))
    , m_importCli(new QPushButton(tr("Import into keychain"), this))
    , m_accessKeyId(new QLineEdit(this))
    , m_accessKeySecret(new QLineEdit(this))
    , m_securityToken(new QLineEdit(this))
    , m_keychainNote(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_socket(new QLineEdit(this))
    , m_socketNote(new QLabel(this))
    , m_databaseUser(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_sslCa(new QLineEdit(this))
    , m_browseCa(new QPushButton(tr("Bro&wse…"), this))
    , m_passwordForm(nullptr)
    , m_passwordFrom(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_passwordNote(new QLabel(this))
    , m_message(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_testResolver(new CredentialResolver(keychain, this))
{
    Q_ASSERT(store);
    Q_ASSERT(m_keychain);
    setWindowTitle(tr("Add an instance"));
    setObjectName(QStringLiteral("instanceDialog"));

    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->addItem(tr("Alibaba Cloud DAS"), int(InstanceProfile::Source::Das));
    m_source->addItem(tr("Direct connection to MySQL or MariaDB"), int(InstanceProfile::Source::MySql));
    auto* sourceForm = new QFormLayout;
    sourceForm->addRow(tr("So&urce:"), m_source);

    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(sourceForm);
    formLayout->addWidget(createInstanceForm());
    formLayout->addWidget(createServerForm());
    formLayout->addWidget(createCredentialForm());
    formLayout->addWidget(createPasswordForm());
    m_alertRules = new AlertRulesEditor(this);
    formLayout->addWidget(m_alertRules);
    connect(m_alertRules, &AlertRulesEditor::edited, this, &InstanceDialog::onEdited);
    m_recordSettings = new RecordSettingsWidget(this);
    formLayout->addWidget(m_recordSettings);

    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    okButton()->setText(tr("Save"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_testButton = m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Take one snapshot with these settings, without saving them"));
    connect(m_testButton, &QPushButton::clicked, this, &InstanceDialog::testConnection);
    connect(m_testResolver, &CredentialResolver::resolved, this, &InstanceDialog::onTestCredential);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InstanceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InstanceDialog::reject);
    connect(m_keychain, &KeychainStore::finished, this, &InstanceDialog::onKeychainFinished);
    connect(m_keychain, &KeychainStore::keychainUnavailable, this, &InstanceDialog::updateKeychainNote);
    connect(m_editor, &ProfileEditor::saved, this, &InstanceDialog::onSaved);
    connect(m_editor, &ProfileEditor::failed, this, &InstanceDialog::onSaveFailed);
    connect(m_source, &QComboBox::currentIndexChanged, this, &InstanceDialog::onSourceChanged);

    loadCliProfiles();
    updateEnvironmentNote();

    // Someone who set up the Aliyun CLI should not have to type a key again.
    const AliyunCliConfig::Selection current
        = AliyunCliConfig::select(m_cliContents, {}, qEnvironmentVariable("ALIBABA_CLOUD_PROFILE"));
    const bool useCli = current.status == AliyunCliConfig::Selection::Status::Selected;
    if (useCli)
        selectCliProfile(current.profileName);
    m_credentialKind->setCurrentIndex(m_credentialKind->findData(
        int(useCli ? CredentialReference::Kind::CliProfile : CredentialReference::Kind::Keychain)));
    onCredentialKindChanged();
    onSourceChanged();
    // Choosing the defaults above is not the user editing the form.
    m_touched = false;
    m_displayName->setFocus();

    // Tell the user before they type a secret whether it can be kept.
    if (m_keychain->isKeychainAvailable())
        m_probeRequest = m_keychain->probe();
    updateKeychainNote();
    updateValidation();
}

InstanceDialog::~InstanceDialog() = default;

QWidget* InstanceDialog::createInstanceForm()
{
    auto* box = new QGroupBox(tr("Instance"), this);
    auto* form = new QFormLayout(box);
    m_instanceForm = form;
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_instanceId->setObjectName(QStringLiteral("instanceIdEdit"));
    m_nodeId->setObjectName(QStringLiteral("nodeIdEdit"));
    m_endpoint->setObjectName(QStringLiteral("endpointCombo"));
    m_customEndpoint->setObjectName(QStringLiteral("customEndpointEdit"));
    m_refreshInterval->setObjectName(QStringLiteral("refreshIntervalCombo"));

    m_displayName->setPlaceholderText(tr("e.g. Orders primary"));
    m_instanceId->setPlaceholderText(tr("e.g. rm-bp1xxxxxxxxxxxxxx or pc-bp1xxxxxxxxxxxxxx"));
    m_nodeId->setPlaceholderText(tr("PolarDB only; empty for the whole cluster"));

    m_endpoint->addItem(
        tr("Public (%1)").arg(InstanceProfile::dasEndpoint(InstanceProfile::EndpointKind::Public).host()),
        int(InstanceProfile::EndpointKind::Public));
    m_endpoint->addItem(tr("VPC (%1)").arg(InstanceProfile::dasEndpoint(InstanceProfile::EndpointKind::Vpc).host()),
        int(InstanceProfile::EndpointKind::Vpc));
    m_endpoint->addItem(tr("Custom URL"), int(InstanceProfile::EndpointKind::Custom));
    m_customEndpoint->setPlaceholderText(tr("https://host/ (plain http:// only for this computer)"));
    m_customEndpoint->setEnabled(false);

    for (const int seconds : RefreshChoicesSeconds)
        m_refreshInterval->addItem(tr("Every %n s", nullptr, seconds), seconds * 1000);
    m_refreshInterval->setCurrentIndex(m_refreshInterval->findData(InstanceProfile::DefaultRefreshIntervalMs));

    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Instance ID:"), m_instanceId);
    form->addRow(tr("&Node ID:"), m_nodeId);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(QString(), m_customEndpoint);
    m_endpointCa = new QLineEdit(this);
    m_endpointCa->setObjectName(QStringLiteral("endpointCaEdit"));
    m_endpointCa->setPlaceholderText(tr("PEM file; empty: the system's certificate authorities"));
    m_endpointCa->setToolTip(tr("The certificate authorities trusted for the endpoint instead of the system's, for "
                                "an endpoint behind a proxy that presents its own certificate."));
    form->addRow(tr("Endpoint CA:"), m_endpointCa);
    form->addRow(tr("&Refresh:"), m_refreshInterval);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("prod, orders"));
    m_tags->setToolTip(tr("Comma-separated labels; the overview groups and filters instances by them."));
    form->addRow(tr("&Tags:"), m_tags);
    connect(m_tags, &QLineEdit::textChanged, this, &InstanceDialog::onEdited);

    m_readOnly = new QCheckBox(tr("Read-only: never offer to kill sessions on this instance"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyBox"));
    m_killAccount = new QComboBox(this);
    m_killAccount->setObjectName(QStringLiteral("killAccountCombo"));
    m_killAccount->addItem(tr("The service's maintenance account"), int(InstanceProfile::KillAccount::MaintainUser));
    m_killAccount->addItem(
        tr("A database account (password asked for at each kill)"), int(InstanceProfile::KillAccount::DatabaseAccount));
    m_killAccount->setToolTip(tr("Whom DAS kills sessions as. With a database account, the password travels inside "
                                 "the signed HTTPS request; SessionScope never stores it."));
    m_killUser = new QLineEdit(this);
    m_killUser->setObjectName(QStringLiteral("killUserEdit"));
    m_killUser->setPlaceholderText(tr("database user that may kill others' sessions"));
    form->addRow(QString(), m_readOnly);
    form->addRow(tr("&Kill as:"), m_killAccount);
    form->addRow(tr("Database &user:"), m_killUser);
    const auto updateKill = [this] {
        const bool das = source() == InstanceProfile::Source::Das;
        const bool account = m_killAccount->currentData().toInt() == int(InstanceProfile::KillAccount::DatabaseAccount);
        m_instanceForm->setRowVisible(m_killAccount, das && !m_readOnly->isChecked());
        m_instanceForm->setRowVisible(m_killUser, das && account && !m_readOnly->isChecked());
    };
    connect(m_readOnly, &QCheckBox::toggled, this, [this, updateKill] {
        updateKill();
        onEdited();
    });
    connect(m_killAccount, &QComboBox::currentIndexChanged, this, [this, updateKill] {
        updateKill();
        onEdited();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, updateKill);
    connect(m_killUser, &QLineEdit::textChanged, this, &InstanceDialog::onEdited);
    updateKill();

    for (QLineEdit* edit : {m_displayName, m_instanceId, m_nodeId, m_customEndpoint, m_endpointCa})
        connect(edit, &QLineEdit::textChanged, this, &InstanceDialog::onEdited);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, [this] {
        m_customEndpoint->setEnabled(m_endpoint->currentData().toInt() == int(InstanceProfile::EndpointKind::Custom));
        onEdited();
    });
    connect(m_refreshInterval, &QComboBox::currentIndexChanged, this, &InstanceDialog::onEdited);
    return box;
}

QWidget* InstanceDialog::createCredentialForm()
{
    auto* box = new QGroupBox(tr("Credentials"), this);
    box->setObjectName(QStringLiteral("credentialBox"));
    m_credentialBox = box;
    m_credentialKind->setObjectName(QStringLiteral("credentialCombo"));
    auto* layout = new QVBoxLayout(box);

    for (const CredentialReference::Kind kind : CredentialChoices) {
        switch (kind) {
        case CredentialReference::Kind::Environment:
            m_credentialKind->addItem(tr("Environment variables"), int(kind));
            break;
        case CredentialReference::Kind::CliProfile:
            m_credentialKind->addItem(tr("Aliyun CLI profile"), int(kind));
            break;
        case CredentialReference::Kind::Keychain:
            m_credentialKind->addItem(tr("AccessKey saved in the keychain"), int(kind));
            break;
        case CredentialReference::Kind::DefaultChain:
            m_credentialKind->addItem(tr("Automatic: environment, then Aliyun CLI profile"), int(kind));
            break;
        }
    }
    auto* kindForm = new QFormLayout;
    kindForm->addRow(tr("&AccessKey from:"), m_credentialKind);
    layout->addLayout(kindForm);

    for (QLabel* note : {m_environmentNote, m_automaticNote, m_cliNote, m_keychainNote}) {
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
    }

    // Environment.
    auto* environmentPage = new QWidget(this);
    auto* environmentLayout = new QVBoxLayout(environmentPage);
    environmentLayout->setContentsMargins(0, 0, 0, 0);
    environmentLayout->addWidget(m_environmentNote);
    environmentLayout->addStretch(1);
    m_credentialPages->addWidget(environmentPage);

    // Aliyun CLI profile.
    auto* cliPage = new QWidget(this);
    auto* cliForm = new QFormLayout(cliPage);
    cliForm->setContentsMargins(0, 0, 0, 0);
    auto* cliRow = new QHBoxLayout;
    cliRow->addWidget(m_cliProfile, 1);
    cliRow->addWidget(m_importCli);
    m_importCli->setToolTip(tr("Copy this profile's AccessKey into the keychain, so that this instance keeps working "
                               "when the CLI configuration changes."));
    auto* cliLabel = new QLabel(tr("&Profile:"), cliPage);
    cliLabel->setBuddy(m_cliProfile);
    cliForm->addRow(cliLabel, cliRow);
    cliForm->addRow(m_cliNote);
    m_credentialPages->addWidget(cliPage);

    // A key typed in the app, kept in the keychain.
    auto* keychainPage = new QWidget(this);
    auto* keyForm = new QFormLayout(keychainPage);
    keyForm->setContentsMargins(0, 0, 0, 0);
    m_accessKeyId->setPlaceholderText(tr("e.g. LTAI5t…"));
    m_accessKeySecret->setEchoMode(QLineEdit::Password);
    m_securityToken->setEchoMode(QLineEdit::Password);
    m_securityToken->setPlaceholderText(tr("optional; only for STS credentials"));
    for (QLineEdit* edit : {m_accessKeyId, m_accessKeySecret, m_securityToken}) {
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        connect(edit, &QLineEdit::textChanged, this, &InstanceDialog::onEdited);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            // Once the user changes the key, it is no longer the CLI profile's.
            if (!m_importedFrom.isEmpty()) {
                m_importedFrom.clear();
                updateKeychainNote();
            }
        });
    }
    keyForm->addRow(tr("AccessKey &ID:"), m_accessKeyId);
    keyForm->addRow(tr("AccessKey se&cret:"), m_accessKeySecret);
    keyForm->addRow(tr("S&TS token:"), m_securityToken);
    keyForm->addRow(m_keychainNote);
    m_credentialPages->addWidget(keychainPage);

    // The SDKs' default chain.
    auto* automaticPage = new QWidget(this);
    auto* automaticLayout = new QVBoxLayout(automaticPage);
    automaticLayout->setContentsMargins(0, 0, 0, 0);
    automaticLayout->addWidget(m_automaticNote);
    automaticLayout->addStretch(1);
    m_credentialPages->addWidget(automaticPage);

    layout->addWidget(m_credentialPages);

    connect(m_credentialKind, &QComboBox::currentIndexChanged, this, &InstanceDialog::onCredentialKindChanged);
    connect(m_cliProfile, &QComboBox::currentIndexChanged, this, [this] {
        updateCliNote();
        onEdited();
    });
    connect(m_importCli, &QPushButton::clicked, this, &InstanceDialog::importCliProfile);
    return box;
}

QWidget* InstanceDialog::createServerForm()
{
    auto* box = new QGroupBox(tr("Server"), this);
    box->setObjectName(QStringLiteral("serverBox"));
    m_serverBox = box;
    auto* form = new QFormLayout(box);

    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("e.g. db.example.com or 10.0.0.12"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(ConnectionSettings::DefaultPort);
    // A port is a number, not a quantity: no digit grouping.
    m_port->setGroupSeparatorShown(false);
    m_socket->setObjectName(QStringLiteral("socketEdit"));
    m_socket->setPlaceholderText(tr("optional, e.g. /run/mysqld/mysqld.sock"));
    m_socketNote->setObjectName(QStringLiteral("socketNote"));
    m_socketNote->setWordWrap(true);
    m_socketNote->setTextFormat(Qt::PlainText);
    m_databaseUser->setObjectName(QStringLiteral("databaseUserEdit"));
    m_databaseUser->setPlaceholderText(tr("e.g. monitor"));
    m_databaseUser->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);

    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    for (const ConnectionSettings::SslMode mode : SslModeChoices) {
        QString text;
        switch (mode) {
        case ConnectionSettings::SslMode::Disabled:
            text = tr("Disabled: never use TLS");
            break;
        case ConnectionSettings::SslMode::Preferred:
            text = tr("Preferred: TLS when the server offers it");
            break;
        case ConnectionSettings::SslMode::Required:
            text = tr("Required: TLS, certificate not checked");
            break;
        case ConnectionSettings::SslMode::VerifyCa:
            text = tr("Verify CA: TLS, certificate signed by the CA");
            break;
        case ConnectionSettings::SslMode::VerifyIdentity:
            text = tr("Verify identity: as Verify CA, and the host name matches");
            break;
        }
        m_sslMode->addItem(text, int(mode));
        m_sslMode->setItemData(m_sslMode->count() - 1, ConnectionSettings::sslModeName(mode), Qt::ToolTipRole);
    }
    m_sslMode->setCurrentIndex(m_sslMode->findData(int(ConnectionSettings::SslMode::Preferred)));
    m_sslCa->setObjectName(QStringLiteral("sslCaEdit"));
    m_sslCa->setPlaceholderText(tr("PEM file; needed for Verify CA and Verify identity"));
    m_browseCa->setObjectName(QStringLiteral("sslCaBrowseButton"));

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_sslCa, 1);
    caRow->addWidget(m_browseCa);
    auto* caLabel = new QLabel(tr("C&A file:"), box);
    caLabel->setBuddy(m_sslCa);

    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("Soc&ket:"), m_socket);
    form->addRow(QString(), m_socketNote);
    form->addRow(tr("Us&er:"), m_databaseUser);
    form->addRow(tr("SS&L mode:"), m_sslMode);
    form->addRow(caLabel, caRow);

    for (QLineEdit* edit : {m_host, m_databaseUser, m_sslCa})
        connect(edit, &QLineEdit::textChanged, this, &InstanceDialog::onEdited);
    connect(m_socket, &QLineEdit::textChanged, this, [this] {
        updateSocketNote();
        onEdited();
    });
    connect(m_port, &QSpinBox::valueChanged, this, &InstanceDialog::onEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &InstanceDialog::onEdited);
    connect(m_browseCa, &QPushButton::clicked, this, &InstanceDialog::browseForCa);
    updateSocketNote();
    return box;
}

QWidget* InstanceDialog::createPasswordForm()
{
    auto* box = new QGroupBox(tr("Password"), this);
    box->setObjectName(QStringLiteral("passwordBox"));
    m_passwordBox = box;
    auto* form = new QFormLayout(box);
    m_passwordForm = form;

    m_passwordFrom->setObjectName(QStringLiteral("passwordSourceCombo"));
    for (const CredentialReference::Kind kind : PasswordChoices) {
        if (kind == CredentialReference::Kind::Keychain)
            m_passwordFrom->addItem(tr("Keychain (typed here)"), int(kind));
        else
            m_passwordFrom->addItem(tr("MYSQL_PWD or ~/.my.cnf"), int(kind));
    }
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setTextFormat(Qt::PlainText);

    form->addRow(tr("Password &from:"), m_passwordFrom);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_passwordNote);

    connect(m_password, &QLineEdit::textChanged, this, &InstanceDialog::onEdited);
    connect(m_passwordFrom, &QComboBox::currentIndexChanged, this, [this] {
        m_passwordForm->setRowVisible(
            m_password, m_passwordFrom->currentData().toInt() == int(CredentialReference::Kind::Keychain));
        updateKeychainNote();
        onEdited();
    });
    return box;
}

InstanceProfile::Source InstanceDialog::source() const
{
    return InstanceProfile::Source(m_source->currentData().toInt());
}

void InstanceDialog::onSourceChanged()
{
    const bool direct = source() == InstanceProfile::Source::MySql;
    for (QWidget* field :
        {static_cast<QWidget*>(m_instanceId), static_cast<QWidget*>(m_nodeId), static_cast<QWidget*>(m_endpoint),
            static_cast<QWidget*>(m_customEndpoint), static_cast<QWidget*>(m_endpointCa)})
        m_instanceForm->setRowVisible(field, !direct);
    m_credentialBox->setVisible(!direct);
    m_serverBox->setVisible(direct);
    m_passwordBox->setVisible(direct);
    m_passwordForm->setRowVisible(
        m_password, m_passwordFrom->currentData().toInt() == int(CredentialReference::Kind::Keychain));
    updateKeychainNote();
    onEdited();
    // The other source's fields may have made the window taller; do not leave that space empty.
    if (isVisible() && layout()) {
        layout()->activate();
        resize(width(), layout()->totalHeightForWidth(width()));
    }
}

// A socket replaces host and port; greying them out says so where the user looks.
void InstanceDialog::updateSocketNote()
{
    const bool socket = !m_socket->text().trimmed().isEmpty();
    m_host->setEnabled(!socket);
    m_port->setEnabled(!socket);
    m_socketNote->setText(socket ? tr("Connects through this socket on this computer; the host and port are not used.")
                                 : tr("Optional. When set, the host and port are not used."));
}

// Asynchronous, so that the dialog never runs a nested event loop.
void InstanceDialog::browseForCa()
{
    const QString current = m_sslCa->text().trimmed();
    auto* chooser = new QFileDialog(this, tr("Choose the CA certificate"),
        current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setObjectName(QStringLiteral("sslCaFileDialog"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    connect(chooser, &QFileDialog::fileSelected, this,
        [this](const QString& path) { m_sslCa->setText(QDir::toNativeSeparators(path)); });
    chooser->open();
}

QPushButton* InstanceDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void InstanceDialog::loadCliProfiles()
{
    m_cliProfile->clear();
    m_cliContents = {};
    m_cliPath = AliyunCliConfig::configPath();
    // A dangling link, a loop or a folder that cannot be entered is a configuration that is broken,
    // not one that is missing: the reader says which.
    m_cliContents = AliyunCliConfig::readContents(m_cliPath);
    m_cliConfigExists = !m_cliContents.missing;

    for (const AliyunCliConfig::Profile& profile : std::as_const(m_cliContents.profiles)) {
        const QString text = profile.isUsable()
            ? tr("%1 (%2)").arg(profile.name, profile.mode)
            : tr("%1 (%2, not supported)").arg(profile.name, profile.mode.isEmpty() ? tr("no mode") : profile.mode);
        m_cliProfile->addItem(text);
        const int row = m_cliProfile->count() - 1;
        m_cliProfile->setItemData(row, profile.name, CliProfileNameRole);
        m_cliProfile->setItemData(row, profile.isUsable(), CliProfileUsableRole);
        if (!profile.isUsable()) {
            m_cliProfile->setItemData(row, profile.problem, Qt::ToolTipRole);
            m_cliProfile->setItemIcon(row, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    m_cliProfile->setEnabled(m_cliProfile->count() > 0);
    updateCliNote();
}

// Selects the CLI profile `name`, listing it even when the configuration no longer has it, so that
// editing shows what the profile refers to rather than silently picking another.
void InstanceDialog::selectCliProfile(const QString& name)
{
    for (int row = 0; row < m_cliProfile->count(); ++row) {
        if (m_cliProfile->itemData(row, CliProfileNameRole).toString() == name) {
            m_cliProfile->setCurrentIndex(row);
            return;
        }
    }
    const QString text
        = name.isEmpty() ? tr("The CLI's current profile") : tr("%1 (not in the configuration)").arg(name);
    m_cliProfile->insertItem(0, text);
    m_cliProfile->setItemData(0, name, CliProfileNameRole);
    m_cliProfile->setItemData(0, name.isEmpty(), CliProfileUsableRole);
    m_cliProfile->setEnabled(true);
    m_cliProfile->setCurrentIndex(0);
}

void InstanceDialog::updateEnvironmentNote()
{
    if (const std::optional<AccessKey> key = EnvironmentCredentials::read()) {
        m_environmentNote->setText(
            (key->isSts() ? tr("ALIBABA_CLOUD_ACCESS_KEY_ID is set (%1), with its secret and an STS token.")
                          : tr("ALIBABA_CLOUD_ACCESS_KEY_ID is set (%1), with its secret."))
                .arg(maskedKeyId(key->id))
            + QLatin1Char('\n')
            + tr("They are read from the environment SessionScope was started in, each time the instance is "
                 "opened."));
        setTextColor(m_environmentNote, palette().color(QPalette::WindowText));
    } else {
        m_environmentNote->setText(EnvironmentCredentials::problem() + QLatin1Char('\n')
            + tr("Set them before starting SessionScope, or choose another source."));
        setTextColor(m_environmentNote, warningColor());
    }

    QString now;
    if (EnvironmentCredentials::read()) {
        now = tr("Now this finds the environment variables.");
    } else {
        const AliyunCliConfig::Selection selection
            = AliyunCliConfig::select(m_cliContents, {}, qEnvironmentVariable("ALIBABA_CLOUD_PROFILE"));
        if (!m_cliConfigExists)
            now = tr("Now this finds nothing: the environment variables are not set and there is no %1.")
                      .arg(AliyunCliConfig::displayPath(m_cliPath));
        else if (selection.status == AliyunCliConfig::Selection::Status::Selected)
            now = tr("Now this finds the Aliyun CLI profile '%1'.").arg(selection.profileName);
        else
            now = tr("Now this finds nothing: %1").arg(selection.error);
    }
    m_automaticNote->setText(tr("Uses the environment variables when they are set, else the Aliyun CLI profile "
                                "named by ALIBABA_CLOUD_PROFILE or the configuration's current profile, looked up "
                                "each time the instance is opened.")
        + QLatin1Char('\n') + now);
}

// Says where the profiles come from and what the chosen one is; what stops saving is in the
// validation message, so that it is said once.
void InstanceDialog::updateCliNote()
{
    const QString path = AliyunCliConfig::displayPath(m_cliPath);
    const QString name = m_cliProfile->currentData(CliProfileNameRole).toString();
    const AliyunCliConfig::Profile* profile = m_cliContents.find(name);
    bool usable = false;
    if (!m_cliConfigExists) {
        m_cliNote->setText(tr("Run `aliyun configure` to create %1, or choose another source.").arg(path));
    } else if (!m_cliContents.isValid() || m_cliProfile->count() == 0 || (!profile && !name.isEmpty())
        || (profile && !profile->isUsable())) {
        m_cliNote->setText(tr("Profiles from %1.").arg(path));
    } else if (!profile) {
        const AliyunCliConfig::Selection selection
            = AliyunCliConfig::select(m_cliContents, {}, qEnvironmentVariable("ALIBABA_CLOUD_PROFILE"));
        m_cliNote->setText(selection.status == AliyunCliConfig::Selection::Status::Selected
                ? tr("Now '%1' from %2, looked up each time the instance is opened.").arg(selection.profileName, path)
                : tr("Profiles from %1.").arg(path));
    } else {
        usable = true;
        m_cliNote->setText(profile->regionId.isEmpty()
                ? tr("Mode %1, from %2. The key is read each time the instance is opened.").arg(profile->mode, path)
                : tr("Mode %1, region %2, from %3. The key is read each time the instance is opened.")
                      .arg(profile->mode, profile->regionId, path));
    }
    m_importCli->setEnabled(usable);
}

void InstanceDialog::updateKeychainNote()
{
    const bool direct = source() == InstanceProfile::Source::MySql;
    // The entry read while editing holds the original source's kind of credential.
    const bool storedApplies = direct == (m_original.source == InstanceProfile::Source::MySql);
    QStringList lines;
    bool warning = false;
    if (!m_importedFrom.isEmpty())
        lines.append(tr("The AccessKey of the Aliyun CLI profile '%1' is saved in the keychain when you press Save.")
                         .arg(m_importedFrom));
    switch (storedApplies ? m_storedKey : StoredKey::None) {
    case StoredKey::None:
        break;
    case StoredKey::Reading:
    case StoredKey::Found:
        lines.append(direct ? tr("A password is saved; it is kept unless you type a new one.")
                            : tr("The saved secret is kept unless you type a new one."));
        break;
    case StoredKey::Missing:
        lines.append(m_storedKeyProblem);
        warning = true;
        break;
    }
    if (!m_keychain->isKeychainAvailable()) {
        lines.append(m_keychain->unavailableMessage());
        warning = true;
    } else if (m_probeRequest != 0) {
        lines.append(tr("Looking for the system keychain…"));
    } else {
        lines.append(direct ? tr("The password is stored in the system keychain, never in a settings file.")
                            : tr("The secret is stored in the system keychain, never in a settings file."));
    }
    m_keychainNote->setText(lines.join(QLatin1Char('\n')));
    setTextColor(m_keychainNote, warning ? warningColor() : palette().color(QPalette::WindowText));

    switch (CredentialReference::Kind(m_passwordFrom->currentData().toInt())) {
    case CredentialReference::Kind::Keychain:
        m_passwordNote->setText(m_keychainNote->text());
        setTextColor(m_passwordNote, warning ? warningColor() : palette().color(QPalette::WindowText));
        return;
    case CredentialReference::Kind::Environment:
        m_passwordNote->setText(tr("Read from MYSQL_PWD each time the instance is opened.") + QLatin1Char('\n')
            + (qEnvironmentVariableIsSet("MYSQL_PWD") ? tr("MYSQL_PWD is set now.") : tr("MYSQL_PWD is not set now.")));
        break;
    default:
        m_passwordNote->setText(tr("Read each time the instance is opened: MYSQL_PWD when it is set, else the "
                                   "password in ~/.my.cnf, else none.")
            + QLatin1Char('\n')
            + (qEnvironmentVariableIsSet("MYSQL_PWD") ? tr("MYSQL_PWD is set now.") : tr("MYSQL_PWD is not set now.")));
        break;
    }
    setTextColor(m_passwordNote, palette().color(QPalette::WindowText));
}

// Messages appear and grow while the dialog is open, and a word-wrapped label does not enlarge a
// window by itself: the dialog grows to show them whole rather than clip them. A text change reaches
// the dialog as a layout request only after the nested layouts have processed theirs.
bool InstanceDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest && isVisible() && layout() && layout()->hasHeightForWidth()) {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
    return handled;
}

void InstanceDialog::setProfile(const InstanceProfile& profile)
{
    m_original = profile;
    m_touched = true;
    setWindowTitle(tr("Edit \u201c%1\u201d").arg(profile.displayName));

    m_source->setCurrentIndex(m_source->findData(int(profile.source)));
    m_displayName->setText(profile.displayName);
    m_instanceId->setText(profile.instanceId);
    m_nodeId->setText(profile.nodeId);
    m_endpoint->setCurrentIndex(m_endpoint->findData(int(profile.endpointKind)));
    m_customEndpoint->setText(profile.customEndpoint.toString());
    m_endpointCa->setText(profile.source == InstanceProfile::Source::Das ? profile.endpointCa : QString());
    m_readOnly->setChecked(profile.readOnly);
    m_recordSettings->setSettings(profile.record);
    m_tags->setText(InstanceProfile::tagsText(profile.tags));
    m_killAccount->setCurrentIndex(m_killAccount->findData(int(profile.killAccount)));
    m_killUser->setText(profile.source == InstanceProfile::Source::Das ? profile.databaseUser : QString());

    int interval = m_refreshInterval->findData(profile.refreshIntervalMs);
    if (interval < 0) {
        // An interval set in an imported file is kept rather than silently changed.
        m_refreshInterval->addItem(tr("Every %1 s").arg(profile.refreshIntervalMs / 1000.0), profile.refreshIntervalMs);
        interval = m_refreshInterval->count() - 1;
    }
    m_refreshInterval->setCurrentIndex(interval);

    const bool direct = profile.source == InstanceProfile::Source::MySql;
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_socket->setText(profile.socket);
    m_databaseUser->setText(profile.databaseUser);
    m_sslMode->setCurrentIndex(m_sslMode->findData(int(profile.sslMode)));
    m_sslCa->setText(profile.sslCa);
    m_password->clear();
    m_password->setPlaceholderText({});
    if (direct) {
        int from = m_passwordFrom->findData(int(profile.credential.kind));
        if (from < 0 && profile.credential.kind == CredentialReference::Kind::Environment) {
            // A profile imported with MYSQL_PWD only keeps it rather than silently widening the chain.
            m_passwordFrom->addItem(tr("MYSQL_PWD only"), int(CredentialReference::Kind::Environment));
            from = m_passwordFrom->count() - 1;
        }
        m_passwordFrom->setCurrentIndex(std::max(from, 0));
    }

    m_accessKeyId->clear();
    m_accessKeySecret->clear();
    m_securityToken->clear();
    m_importedFrom.clear();
    m_accessKeySecret->setPlaceholderText({});
    m_securityToken->setPlaceholderText(tr("optional; only for STS credentials"));
    m_storedKey = StoredKey::None;
    if (profile.credential.kind == CredentialReference::Kind::CliProfile && !direct)
        selectCliProfile(profile.credential.name);
    if (profile.credential.kind == CredentialReference::Kind::Keychain && !profile.credential.name.isEmpty()) {
        m_storedKey = StoredKey::Reading;
        if (direct) {
            m_password->setPlaceholderText(tr("saved; unchanged unless typed"));
        } else {
            m_accessKeySecret->setPlaceholderText(tr("unchanged"));
            m_securityToken->setPlaceholderText(tr("unchanged"));
        }
        // Only to show which AccessKey ID is saved, and to learn early whether the entry is still there.
        m_readRequest = m_keychain->read(profile.credential.name);
    }
    if (!direct)
        m_credentialKind->setCurrentIndex(m_credentialKind->findData(int(profile.credential.kind)));
    m_alertRules->setProfile(profile);
    onCredentialKindChanged();
    onSourceChanged();
}

InstanceProfile InstanceDialog::formProfile() const
{
    InstanceProfile profile = m_original;
    profile.source = source();
    profile.displayName = m_displayName->text().trimmed();
    profile.instanceId = m_instanceId->text().trimmed();
    profile.nodeId = m_nodeId->text().trimmed();
    profile.endpointKind = InstanceProfile::EndpointKind(m_endpoint->currentData().toInt());
    const QString custom = m_customEndpoint->text().trimmed();
    profile.customEndpoint = profile.endpointKind == InstanceProfile::EndpointKind::Custom && !custom.isEmpty()
        ? QUrl(custom, QUrl::StrictMode)
        : QUrl();
    profile.endpointCa = profile.source == InstanceProfile::Source::Das ? m_endpointCa->text().trimmed() : QString();
    profile.refreshIntervalMs = m_refreshInterval->currentData().toInt();
    profile.host = m_host->text().trimmed();
    profile.port = m_port->value();
    profile.socket = m_socket->text().trimmed();
    profile.databaseUser = m_databaseUser->text().trimmed();
    profile.sslMode = ConnectionSettings::SslMode(m_sslMode->currentData().toInt());
    profile.sslCa = m_sslCa->text().trimmed();
    profile.readOnly = m_readOnly->isChecked();
    profile.record = m_recordSettings->settings();
    profile.tags = InstanceProfile::tagsFromText(m_tags->text());
    profile.killAccount = InstanceProfile::KillAccount(m_killAccount->currentData().toInt());
    if (profile.source == InstanceProfile::Source::Das)
        profile.databaseUser = profile.killAccount == InstanceProfile::KillAccount::DatabaseAccount
            ? m_killUser->text().trimmed()
            : QString();

    m_alertRules->applyTo(profile);

    const CredentialReference::Kind kind = credentialKind();
    profile.credential.kind = kind;
    switch (kind) {
    case CredentialReference::Kind::Environment:
        profile.credential.name.clear();
        break;
    case CredentialReference::Kind::CliProfile:
        profile.credential.name = m_cliProfile->currentData(CliProfileNameRole).toString();
        break;
    case CredentialReference::Kind::Keychain:
        // A typed key goes into this profile's own entry, or into a new one that Save names.
        if (!keepsStoredKey()) {
            const QString own = m_editor->ownKeychainEntry(m_original.id);
            profile.credential.name = own.isEmpty() ? QStringLiteral("credential-new") : own;
        }
        break;
    case CredentialReference::Kind::DefaultChain:
        // The default chain's keychain link is kept from an imported profile; the dialog sets none.
        if (m_original.credential.kind != CredentialReference::Kind::DefaultChain)
            profile.credential.name.clear();
        break;
    }
    return profile;
}

CredentialReference::Kind InstanceDialog::credentialKind() const
{
    const QComboBox* combo = source() == InstanceProfile::Source::MySql ? m_passwordFrom : m_credentialKind;
    return CredentialReference::Kind(combo->currentData().toInt());
}

AccessKey InstanceDialog::typedKey() const
{
    return {m_accessKeyId->text().trimmed(), m_accessKeySecret->text().trimmed(), m_securityToken->text().trimmed()};
}

// Passwords may begin or end with spaces; they are taken as typed.
DatabaseLogin InstanceDialog::typedLogin() const
{
    return {m_databaseUser->text().trimmed(), m_password->text()};
}

// Editing a profile whose secret is in the keychain: an empty secret field means "keep it". The
// entry holds the original source's kind of credential, so it is kept only for that source.
bool InstanceDialog::keepsStoredKey() const
{
    if (m_storedKey == StoredKey::None || m_storedKey == StoredKey::Missing || source() != m_original.source)
        return false;
    return source() == InstanceProfile::Source::MySql ? m_password->text().isEmpty()
                                                      : m_accessKeySecret->text().trimmed().isEmpty();
}

QStringList InstanceDialog::problems() const
{
    QStringList list = formProfile().validate();
    list.append(credentialProblems());
    return list;
}

QStringList InstanceDialog::credentialProblems() const
{
    QStringList list;
    if (source() == InstanceProfile::Source::MySql) {
        if (m_databaseUser->text().trimmed().isEmpty())
            list.append(tr("The user is empty."));
        if (credentialKind() == CredentialReference::Kind::Keychain && !keepsStoredKey()
            && m_password->text().isEmpty())
            list.append(tr("The password is empty; type it, or take it from MYSQL_PWD or ~/.my.cnf."));
        return list;
    }
    switch (credentialKind()) {
    case CredentialReference::Kind::Environment:
    case CredentialReference::Kind::DefaultChain:
        // Variables can be set before the next start; the page says whether they are now.
        break;
    case CredentialReference::Kind::CliProfile: {
        if (!m_cliConfigExists) {
            list.append(tr("There is no Aliyun CLI configuration at %1.").arg(AliyunCliConfig::displayPath(m_cliPath)));
            break;
        }
        if (!m_cliContents.isValid()) {
            list.append(m_cliContents.error);
            break;
        }
        if (m_cliProfile->currentIndex() < 0) {
            list.append(tr("No Aliyun CLI profile is chosen."));
            break;
        }
        const QString name = m_cliProfile->currentData(CliProfileNameRole).toString();
        if (name.isEmpty())
            break;
        if (const AliyunCliConfig::Profile* profile = m_cliContents.find(name); !profile)
            list.append(tr("The Aliyun CLI configuration has no profile named '%1'.").arg(name));
        else if (!profile->isUsable())
            list.append(profile->problem);
        break;
    }
    case CredentialReference::Kind::Keychain: {
        const AccessKey key = typedKey();
        if (keepsStoredKey()) {
            if (!key.id.isEmpty() && m_storedKey == StoredKey::Found && key.id != m_storedKeyId)
                list.append(tr("Type the AccessKey secret that belongs to the new AccessKey ID."));
            if (!key.securityToken.isEmpty())
                list.append(tr("Type the AccessKey secret again to change the STS token."));
            break;
        }
        if (key.id.isEmpty())
            list.append(tr("The AccessKey ID is empty."));
        else if (key.id.contains(QLatin1Char(' ')))
            list.append(tr("The AccessKey ID must not contain spaces."));
        if (key.secret.isEmpty())
            list.append(tr("The AccessKey secret is empty."));
        break;
    }
    }
    return list;
}

void InstanceDialog::onEdited()
{
    m_touched = true;
    updateValidation();
}

void InstanceDialog::onCredentialKindChanged()
{
    const int page = m_credentialKind->currentIndex();
    if (page >= 0)
        m_credentialPages->setCurrentIndex(page);
    onEdited();
}

void InstanceDialog::updateValidation()
{
    if (m_savedInMemory)
        return;
    const QStringList list = problems();
    // Before the first edit the form is merely empty: say what is needed without alarming anyone.
    setTextColor(m_message, m_touched ? errorColor() : palette().color(QPalette::PlaceholderText));
    m_message->setText(list.join(QLatin1Char('\n')));
    m_message->setVisible(!list.isEmpty());
    okButton()->setEnabled(list.isEmpty() && !m_editor->isSaving());
}

// The key goes into the key fields rather than straight into the keychain, so that cancelling the
// dialog leaves no entry behind; Save writes it.
void InstanceDialog::importCliProfile()
{
    const QString name = m_cliProfile->currentData(CliProfileNameRole).toString();
    const AliyunCliConfig::Profile* profile = m_cliContents.find(name);
    if (!profile || !profile->isUsable())
        return;
    m_accessKeyId->setText(profile->key.id);
    m_accessKeySecret->setText(profile->key.secret);
    m_securityToken->setText(profile->key.securityToken);
    m_importedFrom = profile->name;
    m_credentialKind->setCurrentIndex(m_credentialKind->findData(int(CredentialReference::Kind::Keychain)));
    updateKeychainNote();
    onEdited();
    m_accessKeyId->setFocus();
}

bool InstanceDialog::isSaving() const
{
    return m_editor->isSaving();
}

void InstanceDialog::accept()
{
    if (m_editor->isSaving())
        return;
    if (m_savedInMemory) {
        QDialog::accept();
        return;
    }
    updateValidation();
    if (!problems().isEmpty())
        return;

    std::optional<Credential> typed;
    if (credentialKind() == CredentialReference::Kind::Keychain && !keepsStoredKey()) {
        if (source() == InstanceProfile::Source::MySql)
            typed = Credential(typedLogin());
        else
            typed = Credential(typedKey());
    }
    m_warnedAboutMemory = !m_keychain->isKeychainAvailable();
    m_editor->save(formProfile(), typed);
    setSaving(true, typed.has_value());
}

void InstanceDialog::reject()
{
    // The keychain write cannot be taken back; wait for it rather than leave an entry nobody owns.
    if (m_editor->isSaving())
        return;
    QDialog::reject();
}

void InstanceDialog::onKeychainFinished(const KeychainStore::Result& result)
{
    if (result.requestId == m_probeRequest) {
        m_probeRequest = 0;
        updateKeychainNote();
        return;
    }
    if (result.requestId == m_readRequest) {
        m_readRequest = 0;
        if (m_original.source == InstanceProfile::Source::MySql) {
            if (result.status == KeychainStore::Status::Ok && result.credential.databaseLogin()) {
                m_storedKey = StoredKey::Found;
            } else {
                m_storedKey = StoredKey::Missing;
                if (result.status == KeychainStore::Status::Ok)
                    m_storedKeyProblem = tr("The keychain entry of this profile holds no database login; type the "
                                            "password again.");
                else if (result.status != KeychainStore::Status::NotFound)
                    m_storedKeyProblem = result.message;
                else if (result.backend == KeychainStore::Backend::Memory)
                    m_storedKeyProblem = tr("The keychain is not available in this run, so the saved password cannot "
                                            "be read; type it again to use it until SessionScope quits.");
                else
                    m_storedKeyProblem
                        = tr("Nothing is saved under this profile's keychain entry any more; type the password again.");
                m_password->setPlaceholderText({});
            }
            updateKeychainNote();
            updateValidation();
            return;
        }
        if (const AccessKey* key = result.credential.accessKey(); result.status == KeychainStore::Status::Ok && key) {
            m_storedKey = StoredKey::Found;
            m_storedKeyId = key->id;
            if (m_accessKeyId->text().isEmpty())
                m_accessKeyId->setText(key->id);
            if (!key->isSts())
                m_securityToken->setPlaceholderText(tr("optional; only for STS credentials"));
        } else {
            m_storedKey = StoredKey::Missing;
            if (result.status != KeychainStore::Status::NotFound)
                m_storedKeyProblem = result.message;
            else if (result.backend == KeychainStore::Backend::Memory)
                m_storedKeyProblem = tr("The keychain is not available in this run, so the saved key cannot be "
                                        "read; type the AccessKey again to use it until SessionScope quits.");
            else
                m_storedKeyProblem
                    = tr("Nothing is saved under this profile's keychain entry any more; type the AccessKey again.");
            m_accessKeySecret->setPlaceholderText({});
            m_securityToken->setPlaceholderText(tr("optional; only for STS credentials"));
        }
        updateKeychainNote();
        updateValidation();
        return;
    }
}

void InstanceDialog::onSaved(const InstanceProfile& profile, const QString& note)
{
    emit profileSaved(profile.id);
    // Told only now that no keychain answers: stay open so that the message is read.
    if (note.isEmpty() || m_warnedAboutMemory) {
        setSaving(false);
        QDialog::accept();
        return;
    }
    m_savedInMemory = true;
    m_form->setEnabled(false);
    m_message->hide();
    showStatus(tr("The instance is saved. %1").arg(note), warningColor());
    okButton()->setText(tr("Close"));
    okButton()->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
}

void InstanceDialog::onSaveFailed(const QString& message)
{
    setSaving(false);
    showStatus(message, errorColor());
}

void InstanceDialog::setSaving(bool saving, bool showProgress)
{
    m_form->setEnabled(!saving);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!saving);
    if (saving && showProgress)
        showStatus(tr("Saving…"), palette().color(QPalette::WindowText));
    else if (!saving)
        m_status->hide();
    updateValidation();
}

void InstanceDialog::testConnection()
{
    if (const QStringList list = problems(); !list.isEmpty()) {
        showStatus(tr("Cannot test yet: %1").arg(list.first()), errorColor());
        return;
    }
    stopTest();
    m_testButton->setEnabled(false);
    showStatus(tr("Testing the connection…"), palette().color(QPalette::WindowText));
    const InstanceProfile profile = formProfile();
    // A key or password typed into the form is tried as it is; otherwise the profile's credential is
    // looked up where it says (environment, Aliyun CLI profile, ~/.my.cnf, the saved keychain entry).
    if (credentialKind() == CredentialReference::Kind::Keychain && !keepsStoredKey()) {
        startTest(profile.source == InstanceProfile::Source::MySql ? Credential(typedLogin()) : Credential(typedKey()));
        return;
    }
    CredentialReference reference = profile.credential;
    if (keepsStoredKey())
        reference = m_original.credential;
    m_testRequest = profile.source == InstanceProfile::Source::MySql
        ? m_testResolver->resolveLogin(reference, profile.databaseUser.trimmed())
        : m_testResolver->resolve(reference);
}

void InstanceDialog::onTestCredential(const CredentialResolver::Result& result)
{
    if (result.requestId != m_testRequest)
        return;
    m_testRequest = 0;
    if (!result.isValid() && !(source() == InstanceProfile::Source::MySql && result.error.isEmpty())) {
        finishTest(tr("No credential: %1").arg(result.error), false);
        return;
    }
    startTest(result.credential);
}

void InstanceDialog::startTest(const Credential& credential)
{
    FetchOptions options;
    // One try, answered within a reasonable wait: this is a check, not monitoring.
    options.maxRetries = 0;
    options.deadlineMs = 20'000;
    SourceFactory::Created created = SourceFactory::create(formProfile(), credential, options);
    if (!created.source) {
        finishTest(created.error, false);
        return;
    }
    m_testSource = created.source.release();
    m_testSource->setParent(this);
    connect(m_testSource, &SessionSource::snapshotReady, this, [this](const SnapshotPtr& snapshot) {
        finishTest(tr("Connected: the snapshot holds %Ln session(s).", nullptr, int(snapshot->sessions.size())), true);
    });
    connect(m_testSource, &SessionSource::fetchFailed, this, [this](const FetchError& error) {
        QString text = tr("%1: %2").arg(error.code(), error.message());
        if (!error.hint().isEmpty())
            text += QLatin1Char('\n') + error.hint();
        finishTest(text, false);
    });
    m_testSource->fetch();
}

void InstanceDialog::finishTest(const QString& text, bool success)
{
    // Called from the source's own signal: stopTest() deletes it later, not here.
    stopTest();
    m_testButton->setEnabled(true);
    showStatus(success ? text : tr("The test failed. %1").arg(text), success ? successColor() : errorColor());
    emit connectionTested(success);
}

void InstanceDialog::stopTest()
{
    m_testRequest = 0;
    if (m_testSource) {
        disconnect(m_testSource, nullptr, this, nullptr);
        m_testSource->cancel();
        m_testSource->deleteLater();
        m_testSource = nullptr;
    }
}

void InstanceDialog::showStatus(const QString& text, const QColor& color)
{
    m_status->setText(text);
    setTextColor(m_status, color);
    m_status->show();
}
