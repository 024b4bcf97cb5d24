// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");

QString groupKey(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
    // Named explicitly: the window and sessionscope-cli read the same profiles.
    , m_settings(std::make_unique<QSettings>(QStringLiteral("SessionScope"), QStringLiteral("SessionScope")))
{ }

ProfileStore::ProfileStore(const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{ }

ProfileStore::~ProfileStore() = default;

bool ProfileStore::isKeychainEntryUsed(const QString& credentialId, const QUuid& except) const
{
    if (credentialId.isEmpty())
        return false;
    const QList<InstanceProfile> all = profiles();
    return std::any_of(all.cbegin(), all.cend(), [&](const InstanceProfile& other) {
        return other.id != except && other.credential.name == credentialId
            && (other.credential.kind == CredentialReference::Kind::Keychain
                || other.credential.kind == CredentialReference::Kind::DefaultChain);
    });
}

QList<InstanceProfile> ProfileStore::profiles() const
{
    QList<InstanceProfile> result;
    m_settings->beginGroup(ProfilesGroup);
    const QStringList keys = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& key : keys) {
        if (std::optional<InstanceProfile> profile = read(key))
            result.append(*profile);
    }
    // Case-insensitive and independent of the locale, so that the order is the same everywhere.
    std::sort(result.begin(), result.end(), [](const InstanceProfile& a, const InstanceProfile& b) {
        const int order = QString::compare(a.displayName, b.displayName, Qt::CaseInsensitive);
        if (order != 0)
            return order < 0;
        return a.id.toString() < b.id.toString();
    });
    return result;
}

std::optional<InstanceProfile> ProfileStore::profile(const QUuid& id) const
{
    if (id.isNull())
        return std::nullopt;
    return read(groupKey(id));
}

bool ProfileStore::contains(const QUuid& id) const
{
    return profile(id).has_value();
}

ProfileStore::SaveResult ProfileStore::add(const InstanceProfile& profile)
{
    InstanceProfile stored = profile;
    if (stored.id.isNull() || contains(stored.id))
        stored.id = QUuid::createUuid();
    SaveResult result {stored.id, stored.validate()};
    if (!result.ok())
        return result;
    write(stored);
    emit profileAdded(stored.id);
    return result;
}

ProfileStore::SaveResult ProfileStore::update(const InstanceProfile& profile)
{
    SaveResult result {profile.id, {}};
    if (!contains(profile.id)) {
        result.errors.append(tr("There is no saved profile with this id; it may have been removed."));
        return result;
    }
    result.errors = profile.validate();
    if (!result.ok())
        return result;
    write(profile);
    emit profileUpdated(profile.id);
    return result;
}

ProfileStore::SaveResult ProfileStore::duplicate(const QUuid& id)
{
    std::optional<InstanceProfile> original = profile(id);
    if (!original)
        return {id, {tr("There is no saved profile with this id; it may have been removed.")}};
    InstanceProfile copy = *original;
    copy.id = QUuid::createUuid();
    copy.displayName = copyName(original->displayName);
    return add(copy);
}

bool ProfileStore::remove(const QUuid& id)
{
    if (!contains(id))
        return false;
    m_settings->remove(ProfilesGroup + QLatin1Char('/') + groupKey(id));
    emit profileRemoved(id);
    return true;
}

QByteArray ProfileStore::exportJson(const QList<QUuid>& ids) const
{
    QJsonArray list;
    for (const InstanceProfile& profile : profiles()) {
        if (ids.isEmpty() || ids.contains(profile.id))
            list.append(profile.toJson());
    }
    const QJsonObject root {
        {QStringLiteral("format"), QLatin1String(FormatName)},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("profiles"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileStore::ImportResult ProfileStore::importJson(const QByteArray& json)
{
    ImportResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error
            = tr("The file is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("The file is not a SessionScope profile export: it must be a JSON object.");
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isUndefined() && format.toString() != QLatin1String(FormatName)) {
        result.error = tr("The file is not a SessionScope profile export (its \"format\" is not \"%1\").")
                           .arg(QLatin1String(FormatName));
        return result;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined() && (!version.isDouble() || version.toDouble() > FormatVersion)) {
        result.error = tr("The file was written by a newer SessionScope (format version %1); this one reads "
                          "version %2.")
                           .arg(version.isDouble() ? QString::number(version.toDouble()) : tr("unknown"))
                           .arg(FormatVersion);
        return result;
    }
    const QJsonValue profiles = root.value(QLatin1String("profiles"));
    if (!profiles.isArray()) {
        result.error = tr("The file has no \"profiles\" list.");
        return result;
    }

    const QJsonArray list = profiles.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QStringList errors;
        const std::optional<InstanceProfile> profile = InstanceProfile::fromJson(list.at(i), errors);
        if (!profile) {
            const QString name = list.at(i).toObject().value(QLatin1String("displayName")).toString().trimmed();
            const QString label = name.isEmpty() ? tr("Profile #%1").arg(i + 1)
                                                 : tr("Profile #%1 ('%2')").arg(QString::number(i + 1), name);
            result.profileErrors.append(tr("%1: %2").arg(label, errors.join(QLatin1Char(' '))));
            continue;
        }
        const SaveResult saved = add(*profile);
        if (saved.ok())
            result.imported.append(saved.id);
        else
            result.profileErrors.append(
                tr("Profile #%1: %2").arg(QString::number(i + 1), saved.errors.join(QLatin1Char(' '))));
    }
    return result;
}

QSettings::Status ProfileStore::sync()
{
    m_settings->sync();
    return m_settings->status();
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::write(const InstanceProfile& profile)
{
    const QString group = ProfilesGroup + QLatin1Char('/') + groupKey(profile.id);
    // Rewritten as a whole so that no key of an older version lingers.
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(QStringLiteral("displayName"), profile.displayName.trimmed());
    m_settings->setValue(QStringLiteral("source"), InstanceProfile::sourceName(profile.source));
    m_settings->setValue(QStringLiteral("instanceId"), profile.instanceId.trimmed());
    m_settings->setValue(QStringLiteral("nodeId"), profile.nodeId.trimmed());
    m_settings->setValue(QStringLiteral("endpoint"), InstanceProfile::endpointKindName(profile.endpointKind));
    m_settings->setValue(QStringLiteral("customEndpoint"), profile.customEndpoint.toString());
    m_settings->setValue(
        QStringLiteral("credentialKind"), InstanceProfile::credentialKindName(profile.credential.kind));
    m_settings->setValue(QStringLiteral("credentialName"), profile.credential.name.trimmed());
    m_settings->setValue(QStringLiteral("refreshIntervalMs"), profile.refreshIntervalMs);
    m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
    if (profile.source == InstanceProfile::Source::Das) {
        m_settings->setValue(QStringLiteral("killAccount"), InstanceProfile::killAccountName(profile.killAccount));
        if (profile.killAccount == InstanceProfile::KillAccount::DatabaseAccount)
            m_settings->setValue(QStringLiteral("user"), profile.databaseUser.trimmed());
        if (!profile.endpointCa.trimmed().isEmpty())
            m_settings->setValue(QStringLiteral("endpointCa"), profile.endpointCa.trimmed());
    }
    if (profile.source == InstanceProfile::Source::MySql) {
        m_settings->setValue(QStringLiteral("host"), profile.host.trimmed());
        m_settings->setValue(QStringLiteral("port"), profile.port);
        m_settings->setValue(QStringLiteral("socket"), profile.socket.trimmed());
        m_settings->setValue(QStringLiteral("user"), profile.databaseUser.trimmed());
        m_settings->setValue(QStringLiteral("sslMode"), ConnectionSettings::sslModeName(profile.sslMode));
        m_settings->setValue(QStringLiteral("sslCa"), profile.sslCa.trimmed());
    }
    if (!profile.alertRules.isEmpty() || profile.alertConsecutive != InstanceProfile::DefaultAlertConsecutive) {
        QStringList on;
        QStringList off;
        for (const InstanceProfile::AlertSetting& setting : profile.alertRules)
            (setting.enabled ? on : off).append(setting.rule.expression());
        m_settings->setValue(QStringLiteral("alerts/consecutive"), profile.alertConsecutive);
        m_settings->setValue(QStringLiteral("alerts/on"), on);
        m_settings->setValue(QStringLiteral("alerts/off"), off);
    }
    m_settings->setValue(QStringLiteral("recordEnabled"), profile.record.enabled);
    m_settings->setValue(QStringLiteral("recordKeepDays"), profile.record.keepDays);
    m_settings->setValue(QStringLiteral("recordKeepMegabytes"), profile.record.keepMegabytes);
    if (profile.record.file.isEmpty())
        m_settings->remove(QStringLiteral("recordFile"));
    else
        m_settings->setValue(QStringLiteral("recordFile"), profile.record.file);
    if (!profile.tags.isEmpty())
        m_settings->setValue(QStringLiteral("tags"), profile.tags);
    m_settings->endGroup();
}

// Tolerant: a value edited by hand falls back to its default rather than hiding the profile.
std::optional<InstanceProfile> ProfileStore::read(const QString& key) const
{
    const QUuid id = QUuid::fromString(key);
    if (id.isNull())
        return std::nullopt;
    m_settings->beginGroup(ProfilesGroup + QLatin1Char('/') + key);
    const bool exists = !m_settings->childKeys().isEmpty();
    InstanceProfile profile;
    profile.id = id;
    profile.displayName = m_settings->value(QStringLiteral("displayName")).toString();
    profile.source = InstanceProfile::sourceFromName(m_settings->value(QStringLiteral("source")).toString())
                         .value_or(InstanceProfile::Source::Das);
    profile.instanceId = m_settings->value(QStringLiteral("instanceId")).toString();
    profile.nodeId = m_settings->value(QStringLiteral("nodeId")).toString();
    profile.endpointKind
        = InstanceProfile::endpointKindFromName(m_settings->value(QStringLiteral("endpoint")).toString())
              .value_or(InstanceProfile::EndpointKind::Public);
    const QString customEndpoint = m_settings->value(QStringLiteral("customEndpoint")).toString();
    if (!customEndpoint.isEmpty())
        profile.customEndpoint = QUrl(customEndpoint, QUrl::StrictMode);
    profile.credential.kind
        = InstanceProfile::credentialKindFromName(m_settings->value(QStringLiteral("credentialKind")).toString())
              .value_or(CredentialReference::Kind::DefaultChain);
    profile.credential.name = m_settings->value(QStringLiteral("credentialName")).toString();
    bool intervalOk = false;
    const int interval = m_settings->value(QStringLiteral("refreshIntervalMs")).toInt(&intervalOk);
    profile.refreshIntervalMs = intervalOk ? interval : InstanceProfile::DefaultRefreshIntervalMs;
    profile.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
    profile.killAccount
        = InstanceProfile::killAccountFromName(m_settings->value(QStringLiteral("killAccount")).toString())
              .value_or(InstanceProfile::KillAccount::MaintainUser);
    profile.host = m_settings->value(QStringLiteral("host")).toString();
    bool portOk = false;
    const int port = m_settings->value(QStringLiteral("port")).toInt(&portOk);
    profile.port = portOk ? port : ConnectionSettings::DefaultPort;
    profile.socket = m_settings->value(QStringLiteral("socket")).toString();
    profile.databaseUser = m_settings->value(QStringLiteral("user")).toString();
    ConnectionSettings::sslModeFromName(m_settings->value(QStringLiteral("sslMode")).toString(), &profile.sslMode);
    profile.sslCa = m_settings->value(QStringLiteral("sslCa")).toString();
    profile.endpointCa = m_settings->value(QStringLiteral("endpointCa")).toString();
    bool consecutiveOk = false;
    const int consecutive = m_settings->value(QStringLiteral("alerts/consecutive")).toInt(&consecutiveOk);
    if (consecutiveOk && consecutive >= 1 && consecutive <= InstanceProfile::MaxAlertConsecutive)
        profile.alertConsecutive = consecutive;
    for (const bool enabled : {true, false}) {
        const QStringList expressions
            = m_settings->value(enabled ? QStringLiteral("alerts/on") : QStringLiteral("alerts/off")).toStringList();
        for (const QString& expression : expressions) {
            if (const std::optional<AlertRule> rule = AlertRule::parse(expression))
                profile.alertRules.append({*rule, enabled});
        }
    }
    profile.record.enabled = m_settings->value(QStringLiteral("recordEnabled"), false).toBool();
    const int keepDays = m_settings->value(QStringLiteral("recordKeepDays")).toInt();
    if (keepDays >= 1 && keepDays <= InstanceProfile::RecordSettings::MaxKeepDays)
        profile.record.keepDays = keepDays;
    const int keepMegabytes = m_settings->value(QStringLiteral("recordKeepMegabytes")).toInt();
    if (keepMegabytes >= 1 && keepMegabytes <= InstanceProfile::RecordSettings::MaxKeepMegabytes)
        profile.record.keepMegabytes = keepMegabytes;
    profile.record.file = m_settings->value(QStringLiteral("recordFile")).toString().trimmed();
    profile.tags = InstanceProfile::tagsFromText(
        m_settings->value(QStringLiteral("tags")).toStringList().join(QLatin1Char(',')));
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return profile;
}

QString ProfileStore::copyName(const QString& name) const
{
    QSet<QString> taken;
    for (const InstanceProfile& profile : profiles())
        taken.insert(profile.displayName);
    QString candidate = tr("%1 (copy)").arg(name);
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = tr("%1 (copy %2)").arg(name, QString::number(n));
    return candidate;
}
