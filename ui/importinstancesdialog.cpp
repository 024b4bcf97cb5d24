// SPDX-License-Identifier: GPL-3.0-or-later
#include "importinstancesdialog.h"

#include "base/endpointpolicy.h"
#include "base/fetcherror.h"
#include "credentials/aliyuncliconfig.h"
#include "credentials/credentialresolver.h"
#include "credentials/environmentcredentials.h"
#include "credentials/keychainstore.h"
#include "inventory/inventoryclient.h"
#include "inventory/inventoryimport.h"
#include "models/cloudinstancemodel.h"
#include "profiles/profilestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

QSet<QString> presentKeys(const QList<InstanceProfile>& profiles, const CloudInstanceList& instances)
{
    QSet<QString> present;
    for (const CloudInstance& instance : instances) {
        if (InventoryImport::isPresent(profiles, instance))
            present.insert(instance.key());
    }
    return present;
}

} // namespace

ImportInstancesDialog::ImportInstancesDialog(QWidget* parent, ProfileStore* store, KeychainStore* keychain)
    : QDialog(parent)
    , m_store(store)
    , m_resolver(new CredentialResolver(keychain, this))
    , m_client(new InventoryClient(this))
    , m_model(new CloudInstanceModel(this))
    , m_credential(new QComboBox(this))
    , m_region(new QLineEdit(this))
    , m_listingEndpoint(new QLineEdit(this))
    , m_dasEndpoint(new QLineEdit(this))
    , m_listButton(new QPushButton(tr("&List"), this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importInstancesDialog"));
    setWindowTitle(tr("Import instances"));
    m_credential->setObjectName(QStringLiteral("importCredentialCombo"));
    m_region->setObjectName(QStringLiteral("importRegionEdit"));
    m_region->setPlaceholderText(QStringLiteral("cn-hangzhou"));
    m_listingEndpoint->setObjectName(QStringLiteral("importListingEndpointEdit"));
    m_listingEndpoint->setPlaceholderText(tr("the products' own: rds.aliyuncs.com, polardb.aliyuncs.com"));
    m_dasEndpoint->setObjectName(QStringLiteral("importDasEndpointEdit"));
    m_dasEndpoint->setPlaceholderText(
        tr("DAS's public endpoint (%1)")
            .arg(InstanceProfile::dasEndpoint(InstanceProfile::EndpointKind::Public).host()));
    m_listButton->setObjectName(QStringLiteral("importListButton"));
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("importInstancesView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&AccessKey from:"), m_credential);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Listing &endpoint:"), m_listingEndpoint);
    form->addRow(tr("&DAS endpoint of the profiles:"), m_dasEndpoint);

    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_listButton);
    listRow->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(listRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    connect(m_listButton, &QPushButton::clicked, this, &ImportInstancesDialog::listOrStop);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportInstancesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportInstancesDialog::reject);
    connect(m_model, &CloudInstanceModel::checkedCountChanged, this, &ImportInstancesDialog::updateButtons);
    connect(m_client, &InventoryClient::progress, this,
        [this](const QString& detail) { showStatus(tr("Listing: %1…").arg(detail), false); });
    connect(m_client, &InventoryClient::finished, this, &ImportInstancesDialog::onListed);
    connect(m_client, &InventoryClient::failed, this, &ImportInstancesDialog::onListingFailed);
    connect(m_resolver, &CredentialResolver::resolved, this, [this](const CredentialResolver::Result& result) {
        if (result.requestId != m_resolveRequest)
            return;
        m_resolveRequest = 0;
        if (!result.isValid() || !result.credential.accessKey()) {
            showStatus(result.error.isEmpty() ? tr("This credential holds no AccessKey.") : result.error, true);
            updateButtons();
            emit listingFinished(false);
            return;
        }
        InventoryClient::Settings settings;
        settings.key = *result.credential.accessKey();
        settings.regionId = m_region->text().trimmed();
        if (const QString endpoint = m_listingEndpoint->text().trimmed(); !endpoint.isEmpty()) {
            settings.rdsEndpoint = QUrl::fromUserInput(endpoint);
            settings.polarDbEndpoint = settings.rdsEndpoint;
        }
        m_client->start(settings);
        updateButtons();
    });
    connect(m_credential, &QComboBox::currentIndexChanged, this, [this] {
        // A CLI profile knows its region; a region typed by the user stays.
        const QString name = m_credential->currentData(NameRole).toString();
        if (CredentialReference::Kind(m_credential->currentData(KindRole).toInt())
                == CredentialReference::Kind::CliProfile
            && m_region->text().isEmpty()) {
            const AliyunCliConfig::Contents contents = AliyunCliConfig::readContents(AliyunCliConfig::configPath());
            if (const AliyunCliConfig::Profile* profile = contents.find(name))
                m_region->setText(profile->regionId);
        }
    });

    loadCredentials();
    updateButtons();
    resize(820, 520);
}

ImportInstancesDialog::~ImportInstancesDialog() = default;

QPushButton* ImportInstancesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ImportInstancesDialog::loadCredentials()
{
    m_credential->clear();
    const auto add = [this](const QString& text, CredentialReference::Kind kind, const QString& name) {
        m_credential->addItem(text);
        m_credential->setItemData(m_credential->count() - 1, int(kind), KindRole);
        m_credential->setItemData(m_credential->count() - 1, name, NameRole);
    };
    // An AccessKey a profile keeps in the keychain, named by the profiles that use it.
    QMap<QString, QStringList> keychainEntries;
    if (m_store) {
        for (const InstanceProfile& profile : m_store->profiles()) {
            if (profile.source == InstanceProfile::Source::Das
                && profile.credential.kind == CredentialReference::Kind::Keychain && !profile.credential.name.isEmpty())
                keychainEntries[profile.credential.name].append(profile.displayName);
        }
    }
    for (auto it = keychainEntries.constBegin(); it != keychainEntries.constEnd(); ++it)
        add(tr("AccessKey in the keychain, used by %1").arg(it.value().join(QLatin1String(", "))),
            CredentialReference::Kind::Keychain, it.key());
    const AliyunCliConfig::Contents cli = AliyunCliConfig::readContents(AliyunCliConfig::configPath());
    for (const AliyunCliConfig::Profile& profile : cli.profiles) {
        if (profile.isUsable())
            add(tr("Aliyun CLI profile '%1'").arg(profile.name), CredentialReference::Kind::CliProfile, profile.name);
    }
    add(EnvironmentCredentials::read() ? tr("Environment variables (%1)").arg(EnvironmentCredentials::read()->id)
                                       : tr("Environment variables (none set)"),
        CredentialReference::Kind::Environment, {});
    add(tr("Automatic: environment, then Aliyun CLI profile"), CredentialReference::Kind::DefaultChain, {});
    // The environment when it holds a key, as the command-line tool does; else the first entry.
    if (EnvironmentCredentials::read())
        m_credential->setCurrentIndex(m_credential->findData(int(CredentialReference::Kind::Environment), KindRole));
    else
        m_credential->setCurrentIndex(0);
    const AliyunCliConfig::Selection current
        = AliyunCliConfig::select(cli, {}, qEnvironmentVariable("ALIBABA_CLOUD_PROFILE"));
    if (current.status == AliyunCliConfig::Selection::Status::Selected && !current.regionId.isEmpty())
        m_region->setText(current.regionId);
}

CredentialReference ImportInstancesDialog::credential() const
{
    CredentialReference reference;
    reference.kind = CredentialReference::Kind(m_credential->currentData(KindRole).toInt());
    reference.name = m_credential->currentData(NameRole).toString();
    return reference;
}

bool ImportInstancesDialog::isListing() const
{
    return m_resolveRequest != 0 || m_client->isRunning();
}

void ImportInstancesDialog::listOrStop()
{
    if (isListing())
        stopListing(tr("Listing stopped."));
    else
        startListing();
}

void ImportInstancesDialog::startListing()
{
    const QString region = m_region->text().trimmed();
    if (!InventoryClient::isValidRegionId(region)) {
        showStatus(tr("Enter a region ID, such as cn-hangzhou."), true);
        emit listingFinished(false);
        return;
    }
    for (QLineEdit* edit : {m_listingEndpoint, m_dasEndpoint}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        if (const QString problem = EndpointPolicy::problem(QUrl::fromUserInput(text)); !problem.isEmpty()) {
            showStatus(problem, true);
            emit listingFinished(false);
            return;
        }
    }
    m_model->clear();
    showStatus(tr("Reading the credential…"), false);
    m_resolveRequest = m_resolver->resolve(credential());
    updateButtons();
}

void ImportInstancesDialog::stopListing(const QString& why)
{
    const bool wasListing = isListing();
    m_resolveRequest = 0;
    m_client->cancel();
    if (wasListing) {
        showStatus(why, false);
        emit listingFinished(false);
    }
    updateButtons();
}

void ImportInstancesDialog::onListed(const CloudInstanceList& instances, const QStringList& warnings)
{
    const QSet<QString> present = m_store ? presentKeys(m_store->profiles(), instances) : QSet<QString>();
    m_model->setInstances(instances, present);
    for (int column = 0; column < CloudInstanceModel::ColumnCount - 1; ++column)
        m_view->resizeColumnToContents(column);
    QString text = instances.isEmpty()
        ? tr("No RDS MySQL instance or PolarDB MySQL cluster in %1.").arg(m_region->text().trimmed())
        : tr("Instances and nodes listed: %1").arg(instances.size());
    if (!present.isEmpty())
        text += tr("; already added: %1").arg(present.size());
    if (!instances.isEmpty())
        text += tr(". Tick those to add.");
    for (const QString& warning : warnings)
        text += QLatin1Char('\n') + warning;
    showStatus(text, false);
    updateButtons();
    emit listingFinished(true);
}

void ImportInstancesDialog::onListingFailed(const FetchError& error)
{
    showStatus(tr("%1\n%2").arg(error.summary(), error.hint()), true);
    updateButtons();
    emit listingFinished(false);
}

void ImportInstancesDialog::updateButtons()
{
    const bool listing = isListing();
    m_listButton->setText(listing ? tr("&Stop") : tr("&List"));
    const int count = m_model->checkedCount();
    // Spelt out rather than %n: the English text is read without a translation loaded.
    okButton()->setText(count == 1 ? tr("&Add 1 profile")
            : count > 1            ? tr("&Add %1 profiles").arg(count)
                                   : tr("&Add profiles"));
    okButton()->setEnabled(count > 0 && !listing);
}

void ImportInstancesDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ImportInstancesDialog::accept()
{
    if (!m_store || isListing())
        return;
    InventoryImport::Options options;
    options.credential = credential();
    if (const QString endpoint = m_dasEndpoint->text().trimmed(); !endpoint.isEmpty()) {
        options.endpointKind = InstanceProfile::EndpointKind::Custom;
        options.customEndpoint = QUrl::fromUserInput(endpoint);
        if (const QString problem = EndpointPolicy::problem(options.customEndpoint); !problem.isEmpty()) {
            showStatus(problem, true);
            return;
        }
    }
    QList<QUuid> added;
    QStringList errors;
    QSet<QString> nowPresent;
    for (const CloudInstance& instance : m_model->checkedInstances()) {
        // Checked again: another window may have added it meanwhile.
        if (InventoryImport::isPresent(m_store->profiles(), instance)) {
            nowPresent.insert(instance.key());
            continue;
        }
        const ProfileStore::SaveResult saved = m_store->add(InventoryImport::profileFor(instance, options));
        if (saved.ok()) {
            added.append(saved.id);
            nowPresent.insert(instance.key());
        } else {
            errors.append(tr("%1: %2").arg(instance.key(), saved.errors.join(QLatin1Char(' '))));
        }
    }
    m_store->sync();
    m_model->markPresent(nowPresent);
    if (!added.isEmpty())
        emit profilesImported(added);
    if (!errors.isEmpty()) {
        showStatus(tr("Some profiles could not be added:\n%1").arg(errors.join(QLatin1Char('\n'))), true);
        updateButtons();
        return;
    }
    QDialog::accept();
}

void ImportInstancesDialog::reject()
{
    stopListing(tr("Listing stopped."));
    QDialog::reject();
}
