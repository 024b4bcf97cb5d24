// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/instanceprofile.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QUuid>

class ProfileStore;

// The instance profiles of a ProfileStore, one row each, in the store's order (by display name).
// Follows the store's signals in place, so a view keeps its selection when a profile is added,
// renamed or removed elsewhere.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        // QUuid: the profile's id, the key to read a selection back by.
        IdRole = Qt::UserRole + 1,
        InstanceIdRole,
        NodeIdRole,
        // QString: where the credentials come from, for the user.
        CredentialRole,
        // QString: the DAS endpoint URL.
        EndpointRole,
        // int: milliseconds between refreshes.
        RefreshIntervalRole,
        // int: the profile's InstanceProfile::Source.
        SourceRole,
        // QString: a short tag naming the source for the user, "DAS" or "MySQL".
        SourceTagRole,
        // QString: what is watched, InstanceProfile::target(): the instance ID, host:port or the socket.
        TargetRole,
    };
    Q_ENUM(Role)

    // `store` is not owned.
    explicit ProfileListModel(ProfileStore* store, QObject* parent = nullptr);
    ~ProfileListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // -1 when there is no such profile.
    int rowOf(const QUuid& id) const;
    QModelIndex indexOf(const QUuid& id) const;
    QUuid idAt(int row) const;
    const InstanceProfile& profileAt(int row) const { return m_profiles.at(row); }

    // One line naming an instance's credentials, e.g. "Aliyun CLI profile 'prod'", or where the
    // password of a direct profile comes from.
    static QString credentialText(
        const CredentialReference& credential, InstanceProfile::Source source = InstanceProfile::Source::Das);
    static QString sourceTag(InstanceProfile::Source source);

private:
    void onAdded(const QUuid& id);
    void onUpdated(const QUuid& id);
    void onRemoved(const QUuid& id);
    void reload();

    QPointer<ProfileStore> m_store;
    QList<InstanceProfile> m_profiles;
};
