// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"
#include "base/connectionsettings.h"
#include "base/credentialreference.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>

class QJsonObject;
class QJsonValue;

// One monitored instance as the user configured it. Holds no secret: the credentials are named by
// `credential` and live in the environment, the Aliyun CLI configuration or the keychain.
class InstanceProfile
{
    Q_DECLARE_TR_FUNCTIONS(InstanceProfile)

public:
    enum class Source
    {
        Das,
        MySql,
    };

    // Whom DAS kills as: its own maintenance account, or a database account of the user's whose
    // user is `databaseUser` and whose password is asked for, or read from the keychain, per kill.
    enum class KillAccount
    {
        MaintainUser,
        DatabaseAccount,
    };

    enum class EndpointKind
    {
        Public, // dasEndpoint(Public): the service's public endpoint
        Vpc, // dasEndpoint(Vpc): reached from inside an Alibaba Cloud VPC
        Custom, // customEndpoint
    };

    static constexpr int DefaultRefreshIntervalMs = 10'000;
    static constexpr int MinRefreshIntervalMs = 1'000;
    static constexpr int MaxRefreshIntervalMs = 3'600'000;

    QUuid id;
    QString displayName;
    Source source = Source::Das;
    QString instanceId;
    QString nodeId;
    EndpointKind endpointKind = EndpointKind::Public;
    QUrl customEndpoint;
    // A DAS profile's PEM file of the CAs trusted for the endpoint's certificate, in place of the
    // system's (a custom endpoint behind a proxy that presents its own); empty: the system's.
    QString endpointCa;
    CredentialReference credential;
    int refreshIntervalMs = DefaultRefreshIntervalMs;
    // No kill is offered for a read-only profile, in the window or the command-line tool.
    bool readOnly = false;
    KillAccount killAccount = KillAccount::MaintainUser;

    // A direct connection (Source::MySql): the server, the account and TLS. The password is not
    // here: `credential` names where it comes from.
    QString host;
    int port = ConnectionSettings::DefaultPort;
    QString socket;
    QString databaseUser;
    ConnectionSettings::SslMode sslMode = ConnectionSettings::SslMode::Preferred;
    QString sslCa;

    // --- Alerts ------------------------------------------------------------------------------------
    // The rules watched on this profile's snapshots (AlertMonitor). A rule turned off keeps its
    // threshold for when it is turned on again; a profile starts with none. Exported as "alerts"
    // ({"consecutive": 2, "rules": [{"rule": "active>50", "enabled": true}]}), kept in the settings
    // as alerts/consecutive, alerts/on and alerts/off (lists of rules).
    struct AlertSetting
    {
        AlertRule rule;
        bool enabled = false;

        bool operator==(const AlertSetting&) const = default;
    };
    static constexpr int DefaultAlertConsecutive = 2;
    static constexpr int MaxAlertConsecutive = 100;
    QList<AlertSetting> alertRules;
    // Snapshots in a row that raise an alert, and clean ones that clear it.
    int alertConsecutive = DefaultAlertConsecutive;
    QList<AlertRule> enabledAlertRules() const;
    // --- end of alerts ------------------------------------------------------------------------------
    // Recording in the window: while the instance is watched, every snapshot and failed fetch is
    // appended to a file of its own per day, and the oldest files go once there are more than
    // keepDays days of them or they take more than keepMegabytes together.
    struct RecordSettings
    {
        static constexpr int DefaultKeepDays = 7;
        static constexpr int DefaultKeepMegabytes = 1024;
        static constexpr int MaxKeepDays = 3650;
        static constexpr int MaxKeepMegabytes = 1024 * 1024;

        bool enabled = false;
        int keepDays = DefaultKeepDays;
        int keepMegabytes = DefaultKeepMegabytes;
        // A file the user named: every snapshot goes into it, whatever the day, and it is never
        // removed (keepDays and keepMegabytes do not apply). Empty: one file a day in the app's folder.
        QString file;

        bool operator==(const RecordSettings&) const = default;
    };
    RecordSettings record;
    // Free labels the overview groups and filters by ("prod", "orders"); trimmed, no duplicates.
    QStringList tags;
    // "prod, orders" as a user types it, into tags; and back.
    static QStringList tagsFromText(const QString& text);
    static QString tagsText(const QStringList& tags);

    // How to reach the server of a direct profile; the password is filled in by whoever resolved it.
    ConnectionSettings connectionSettings() const;
    // What the profile watches: the instance ID (DAS) or host:port / the socket (direct).
    QString target() const;

    // The keychain entry that may hold the password of the database account DAS kills as (a
    // DatabaseLogin), saved when the user asks the kill dialog to remember it.
    QString killAccountCredentialId() const;

    // The DAS endpoint this profile talks to.
    QUrl endpoint() const;
    // The service's own endpoints; an empty URL for Custom.
    static QUrl dasEndpoint(EndpointKind kind);

    // What is wrong, one sentence each, for the user; empty when the profile can be saved.
    QStringList validate() const;

    // The export form documented in profilestore.h.
    QJsonObject toJson() const;
    // Reads the export form. On failure returns nothing and appends to `errors` why; unknown keys
    // are ignored, so a secret put into the file by hand is never read.
    static std::optional<InstanceProfile> fromJson(const QJsonValue& value, QStringList& errors);

    // The stable names used in QSettings and in exports.
    static QString sourceName(Source source);
    static std::optional<Source> sourceFromName(const QString& name);
    static QString endpointKindName(EndpointKind kind);
    static std::optional<EndpointKind> endpointKindFromName(const QString& name);
    static QString killAccountName(KillAccount account);
    static std::optional<KillAccount> killAccountFromName(const QString& name);
    static QString credentialKindName(CredentialReference::Kind kind);
    static std::optional<CredentialReference::Kind> credentialKindFromName(const QString& name);

    friend bool operator==(const InstanceProfile&, const InstanceProfile&) = default;
};
