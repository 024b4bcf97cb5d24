// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelistmodel.h"

#include "profiles/profilestore.h"

namespace {

QList<QUuid> idsOf(const QList<InstanceProfile>& profiles)
{
    QList<QUuid> ids;
    ids.reserve(profiles.size());
    for (const InstanceProfile& profile : profiles)
        ids.append(profile.id);
    return ids;
}

} // namespace

ProfileListModel::ProfileListModel(ProfileStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store) {
        m_profiles = m_store->profiles();
        connect(m_store, &ProfileStore::profileAdded, this, &ProfileListModel::onAdded);
        connect(m_store, &ProfileStore::profileUpdated, this, &ProfileListModel::onUpdated);
        connect(m_store, &ProfileStore::profileRemoved, this, &ProfileListModel::onRemoved);
    }
}

ProfileListModel::~ProfileListModel() = default;

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceProfile& profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.displayName;
    case Qt::ToolTipRole: {
        if (profile.source == InstanceProfile::Source::MySql) {
            const QString tls = ConnectionSettings::sslModeName(profile.sslMode);
            return tr("MySQL or MariaDB at %1\nUser: %2\nTLS: %3\nPassword: %4\nRefresh every %n s", nullptr,
                profile.refreshIntervalMs / 1000)
                .arg(profile.target(), profile.databaseUser,
                    profile.sslCa.isEmpty() ? tls : tr("%1, CA %2").arg(tls, profile.sslCa),
                    credentialText(profile.credential, profile.source));
        }
        const QString instance
            = profile.nodeId.isEmpty() ? profile.instanceId : tr("%1, node %2").arg(profile.instanceId, profile.nodeId);
        return tr("%1\nEndpoint: %2\nCredentials: %3\nRefresh every %n s", nullptr, profile.refreshIntervalMs / 1000)
            .arg(instance, profile.endpoint().toString(), credentialText(profile.credential));
    }
    case IdRole:
        return profile.id;
    case InstanceIdRole:
        return profile.instanceId;
    case NodeIdRole:
        return profile.nodeId;
    case CredentialRole:
        return credentialText(profile.credential, profile.source);
    case EndpointRole:
        return profile.endpoint().toString();
    case RefreshIntervalRole:
        return profile.refreshIntervalMs;
    case SourceRole:
        return int(profile.source);
    case SourceTagRole:
        return sourceTag(profile.source);
    case TargetRole:
        return profile.target();
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(InstanceIdRole, "instanceId");
    names.insert(NodeIdRole, "nodeId");
    names.insert(CredentialRole, "credential");
    names.insert(EndpointRole, "endpoint");
    names.insert(RefreshIntervalRole, "refreshIntervalMs");
    names.insert(SourceRole, "source");
    names.insert(SourceTagRole, "sourceTag");
    names.insert(TargetRole, "target");
    return names;
}

int ProfileListModel::rowOf(const QUuid& id) const
{
    for (qsizetype row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return int(row);
    }
    return -1;
}

QModelIndex ProfileListModel::indexOf(const QUuid& id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

QUuid ProfileListModel::idAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row).id : QUuid();
}

QString ProfileListModel::credentialText(const CredentialReference& credential, InstanceProfile::Source source)
{
    if (source == InstanceProfile::Source::MySql) {
        switch (credential.kind) {
        case CredentialReference::Kind::Keychain:
            return tr("saved in the keychain");
        case CredentialReference::Kind::Environment:
            return tr("MYSQL_PWD");
        case CredentialReference::Kind::DefaultChain:
        case CredentialReference::Kind::CliProfile:
            break;
        }
        return tr("MYSQL_PWD, else ~/.my.cnf");
    }
    switch (credential.kind) {
    case CredentialReference::Kind::DefaultChain:
        break;
    case CredentialReference::Kind::Environment:
        return tr("environment variables");
    case CredentialReference::Kind::CliProfile:
        return credential.name.isEmpty() ? tr("the Aliyun CLI's current profile")
                                         : tr("Aliyun CLI profile '%1'").arg(credential.name);
    case CredentialReference::Kind::Keychain:
        return tr("AccessKey saved in the keychain");
    }
    return tr("environment, then the Aliyun CLI profile");
}

QString ProfileListModel::sourceTag(InstanceProfile::Source source)
{
    return source == InstanceProfile::Source::MySql ? tr("MySQL") : tr("DAS");
}

// Each store signal names one profile; anything else that differs (another store on the same file,
// a hand-edited settings file) is caught by comparing the rest and falls back to a reset.
void ProfileListModel::onAdded(const QUuid& id)
{
    const QList<InstanceProfile> fresh = m_store->profiles();
    QList<QUuid> freshIds = idsOf(fresh);
    const qsizetype row = freshIds.indexOf(id);
    if (row < 0 || rowOf(id) >= 0) {
        reload();
        return;
    }
    freshIds.removeAt(row);
    if (freshIds != idsOf(m_profiles)) {
        reload();
        return;
    }
    beginInsertRows({}, int(row), int(row));
    m_profiles = fresh;
    endInsertRows();
}

void ProfileListModel::onUpdated(const QUuid& id)
{
    const QList<InstanceProfile> fresh = m_store->profiles();
    const int from = rowOf(id);
    const int to = int(idsOf(fresh).indexOf(id));
    QList<QUuid> moved = idsOf(m_profiles);
    if (from < 0 || to < 0 || moved.size() != fresh.size()) {
        reload();
        return;
    }
    moved.move(from, to);
    if (moved != idsOf(fresh)) {
        reload();
        return;
    }
    if (from != to) {
        // beginMoveRows names the row the moved one goes before, counted in the old order.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_profiles = fresh;
        endMoveRows();
    } else {
        m_profiles = fresh;
    }
    emit dataChanged(index(to), index(to));
}

void ProfileListModel::onRemoved(const QUuid& id)
{
    const int row = rowOf(id);
    if (row < 0) {
        reload();
        return;
    }
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
    if (idsOf(m_profiles) != idsOf(m_store->profiles()))
        reload();
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_profiles = m_store ? m_store->profiles() : QList<InstanceProfile>();
    endResetModel();
}
