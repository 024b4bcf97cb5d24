// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceprofile.h"

#include "base/endpointpolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace {

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return InstanceProfile::tr("null");
    case QJsonValue::Bool:
        return InstanceProfile::tr("true or false");
    case QJsonValue::Double:
        return InstanceProfile::tr("a number");
    case QJsonValue::String:
        return InstanceProfile::tr("text");
    case QJsonValue::Array:
        return InstanceProfile::tr("a list");
    case QJsonValue::Object:
        return InstanceProfile::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return InstanceProfile::tr("nothing");
}

// An optional text field: absent or null gives `fallback`; any other non-text is an error.
std::optional<QString> optionalText(
    const QJsonObject& object, const char* key, const QString& fallback, QStringList& errors)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        errors.append(InstanceProfile::tr("\"%1\" must be text, not %2.").arg(QLatin1String(key), jsonTypeName(value)));
        return std::nullopt;
    }
    return value.toString().trimmed();
}

QJsonObject alertsToJson(const InstanceProfile& profile)
{
    QJsonArray rules;
    for (const InstanceProfile::AlertSetting& setting : profile.alertRules)
        rules.append(QJsonObject {
            {QStringLiteral("rule"), setting.rule.expression()}, {QStringLiteral("enabled"), setting.enabled}});
    return {{QStringLiteral("consecutive"), profile.alertConsecutive}, {QStringLiteral("rules"), rules}};
}

void alertsFromJson(const QJsonValue& value, InstanceProfile& profile, QStringList& errors)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject()) {
        errors.append(InstanceProfile::tr("\"alerts\" must be an object, not %1.").arg(jsonTypeName(value)));
        return;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue consecutive = object.value(QLatin1String("consecutive"));
    if (consecutive.isDouble())
        profile.alertConsecutive = consecutive.toInt(-1); // a fraction or out of range: reported by validate()
    else if (!consecutive.isUndefined() && !consecutive.isNull())
        errors.append(
            InstanceProfile::tr("\"alerts.consecutive\" must be a number, not %1.").arg(jsonTypeName(consecutive)));
    const QJsonValue rules = object.value(QLatin1String("rules"));
    if (!rules.isArray()) {
        if (!rules.isUndefined() && !rules.isNull())
            errors.append(InstanceProfile::tr("\"alerts.rules\" must be a list, not %1.").arg(jsonTypeName(rules)));
        return;
    }
    for (const QJsonValue& entry : rules.toArray()) {
        const QJsonObject rule = entry.toObject();
        QString error;
        const std::optional<AlertRule> parsed = AlertRule::parse(rule.value(QLatin1String("rule")).toString(), &error);
        if (!parsed) {
            errors.append(InstanceProfile::tr("An alert rule cannot be read: %1").arg(error));
            continue;
        }
        const QJsonValue enabled = rule.value(QLatin1String("enabled"));
        if (!enabled.isUndefined() && !enabled.isBool()) {
            errors.append(InstanceProfile::tr("\"enabled\" of the alert rule %1 must be true or false, not %2.")
                              .arg(parsed->expression(), jsonTypeName(enabled)));
            continue;
        }
        profile.alertRules.append({*parsed, enabled.toBool(false)});
    }
}

} // namespace

QList<AlertRule> InstanceProfile::enabledAlertRules() const
{
    QList<AlertRule> rules;
    for (const AlertSetting& setting : alertRules) {
        if (setting.enabled)
            rules.append(setting.rule);
    }
    return rules;
}

QUrl InstanceProfile::endpoint() const
{
    return endpointKind == EndpointKind::Custom ? customEndpoint : dasEndpoint(endpointKind);
}

QUrl InstanceProfile::dasEndpoint(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Public:
        return QUrl(QStringLiteral("https://das.cn-shanghai.aliyuncs.com/"));
    case EndpointKind::Vpc:
        return QUrl(QStringLiteral("https://das.vpc-proxy.aliyuncs.com/"));
    case EndpointKind::Custom:
        break;
    }
    return {};
}

ConnectionSettings InstanceProfile::connectionSettings() const
{
    ConnectionSettings settings;
    settings.host = host.trimmed();
    settings.port = port;
    settings.socket = socket.trimmed();
    settings.user = databaseUser.trimmed();
    settings.sslMode = sslMode;
    settings.sslCa = sslCa.trimmed();
    return settings;
}

QString InstanceProfile::target() const
{
    return source == Source::MySql ? connectionSettings().target() : instanceId.trimmed();
}

QString InstanceProfile::killAccountCredentialId() const
{
    return QStringLiteral("kill-account/") + id.toString(QUuid::WithoutBraces);
}

QStringList InstanceProfile::validate() const
{
    QStringList problems;
    if (displayName.trimmed().isEmpty())
        problems.append(tr("The display name is empty."));
    if (source == Source::Das) {
        if (instanceId.trimmed().isEmpty())
            problems.append(tr("The instance ID is empty."));
        else if (instanceId.trimmed().contains(QLatin1Char(' ')))
            problems.append(tr("The instance ID must not contain spaces."));
        if (nodeId.trimmed().contains(QLatin1Char(' ')))
            problems.append(tr("The node ID must not contain spaces."));
        if (killAccount == KillAccount::DatabaseAccount && databaseUser.trimmed().isEmpty())
            problems.append(tr("Killing as a database account needs the account's user name."));
    } else {
        if (host.trimmed().isEmpty() && socket.trimmed().isEmpty())
            problems.append(tr("The server's host (or its socket) is empty."));
        if (port < 1 || port > 65535)
            problems.append(tr("The port must be between 1 and 65535."));
        if ((sslMode == ConnectionSettings::SslMode::VerifyCa || sslMode == ConnectionSettings::SslMode::VerifyIdentity)
            && sslCa.trimmed().isEmpty())
            problems.append(tr("The SSL mode %1 needs a CA file.").arg(ConnectionSettings::sslModeName(sslMode)));
    }
    if (source == Source::Das && endpointKind == EndpointKind::Custom) {
        if (customEndpoint.isEmpty())
            problems.append(tr("The custom endpoint is empty."));
        else if (const QString problem = EndpointPolicy::problem(customEndpoint); !problem.isEmpty())
            problems.append(problem);
    }
    if (refreshIntervalMs < MinRefreshIntervalMs || refreshIntervalMs > MaxRefreshIntervalMs)
        problems.append(tr("The refresh interval must be between %1 and %2 seconds.")
                            .arg(MinRefreshIntervalMs / 1000)
                            .arg(MaxRefreshIntervalMs / 1000));
    if (credential.kind == CredentialReference::Kind::Keychain && credential.name.trimmed().isEmpty())
        problems.append(tr("No keychain credential is chosen."));
    if (alertConsecutive < 1 || alertConsecutive > MaxAlertConsecutive)
        problems.append(tr("Alerts must be raised after 1 to %1 snapshots in a row.").arg(MaxAlertConsecutive));
    return problems;
}

QJsonObject InstanceProfile::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    object.insert(QStringLiteral("displayName"), displayName);
    object.insert(QStringLiteral("source"), sourceName(source));
    object.insert(QStringLiteral("instanceId"), instanceId);
    object.insert(QStringLiteral("nodeId"), nodeId);
    object.insert(QStringLiteral("endpoint"), endpointKindName(endpointKind));
    object.insert(QStringLiteral("customEndpoint"), customEndpoint.toString());
    object.insert(QStringLiteral("credential"),
        QJsonObject {
            {QStringLiteral("kind"), credentialKindName(credential.kind)}, {QStringLiteral("name"), credential.name}});
    object.insert(QStringLiteral("refreshIntervalMs"), refreshIntervalMs);
    object.insert(QStringLiteral("readOnly"), readOnly);
    if (source == Source::Das) {
        object.insert(QStringLiteral("killAccount"), killAccountName(killAccount));
        if (killAccount == KillAccount::DatabaseAccount)
            object.insert(QStringLiteral("user"), databaseUser);
        if (!endpointCa.isEmpty())
            object.insert(QStringLiteral("endpointCa"), endpointCa);
    }
    if (source == Source::MySql) {
        object.insert(QStringLiteral("host"), host);
        object.insert(QStringLiteral("port"), port);
        object.insert(QStringLiteral("socket"), socket);
        object.insert(QStringLiteral("user"), databaseUser);
        object.insert(QStringLiteral("sslMode"), ConnectionSettings::sslModeName(sslMode));
        object.insert(QStringLiteral("sslCa"), sslCa);
    }
    if (!alertRules.isEmpty() || alertConsecutive != DefaultAlertConsecutive)
        object.insert(QStringLiteral("alerts"), alertsToJson(*this));

    // Recording in the window, in one block of its own.
    QJsonObject recordObject {{QStringLiteral("enabled"), record.enabled},
        {QStringLiteral("keepDays"), record.keepDays}, {QStringLiteral("keepMegabytes"), record.keepMegabytes}};
    if (!record.file.isEmpty())
        recordObject.insert(QStringLiteral("file"), record.file);
    object.insert(QStringLiteral("record"), recordObject);

    // Tags: the overview's groups. Left out when there are none.
    if (!tags.isEmpty())
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return object;
}

std::optional<InstanceProfile> InstanceProfile::fromJson(const QJsonValue& value, QStringList& errors)
{
    if (!value.isObject()) {
        errors.append(tr("A profile must be an object, not %1.").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const qsizetype errorsBefore = errors.size();
    InstanceProfile profile;

    if (const std::optional<QString> text = optionalText(object, "id", {}, errors); text && !text->isEmpty()) {
        profile.id = QUuid::fromString(*text);
        if (profile.id.isNull())
            errors.append(tr("\"id\" is not a UUID."));
    }
    if (const std::optional<QString> text = optionalText(object, "displayName", {}, errors))
        profile.displayName = *text;
    if (const std::optional<QString> text = optionalText(object, "source", sourceName(Source::Das), errors)) {
        if (const std::optional<Source> source = sourceFromName(*text))
            profile.source = *source;
        else
            errors.append(tr("\"source\" must be \"das\" or \"mysql\"."));
    }
    if (const std::optional<QString> text = optionalText(object, "instanceId", {}, errors))
        profile.instanceId = *text;
    if (const std::optional<QString> text = optionalText(object, "nodeId", {}, errors))
        profile.nodeId = *text;
    if (const std::optional<QString> text
        = optionalText(object, "endpoint", endpointKindName(EndpointKind::Public), errors)) {
        if (const std::optional<EndpointKind> kind = endpointKindFromName(*text))
            profile.endpointKind = *kind;
        else
            errors.append(tr("\"endpoint\" must be \"public\", \"vpc\" or \"custom\"."));
    }
    if (const std::optional<QString> text = optionalText(object, "customEndpoint", {}, errors);
        text && !text->isEmpty())
        profile.customEndpoint = QUrl(*text, QUrl::StrictMode);

    const QJsonValue credential = object.value(QLatin1String("credential"));
    if (credential.isObject()) {
        const QJsonObject credentialObject = credential.toObject();
        if (const std::optional<QString> text = optionalText(
                credentialObject, "kind", credentialKindName(CredentialReference::Kind::DefaultChain), errors)) {
            if (const std::optional<CredentialReference::Kind> kind = credentialKindFromName(*text))
                profile.credential.kind = *kind;
            else
                errors.append(tr("\"credential.kind\" must be \"default\", \"environment\", \"cliProfile\" or "
                                 "\"keychain\"."));
        }
        if (const std::optional<QString> text = optionalText(credentialObject, "name", {}, errors))
            profile.credential.name = *text;
    } else if (!credential.isUndefined() && !credential.isNull()) {
        errors.append(tr("\"credential\" must be an object, not %1.").arg(jsonTypeName(credential)));
    }

    const QJsonValue interval = object.value(QLatin1String("refreshIntervalMs"));
    if (interval.isDouble()) {
        const double ms = interval.toDouble();
        if (std::isfinite(ms) && ms == std::floor(ms) && ms >= 0 && ms <= MaxRefreshIntervalMs * 10.0)
            profile.refreshIntervalMs = static_cast<int>(ms);
        else
            profile.refreshIntervalMs = -1; // reported by validate()
    } else if (!interval.isUndefined() && !interval.isNull()) {
        errors.append(tr("\"refreshIntervalMs\" must be a number, not %1.").arg(jsonTypeName(interval)));
    }

    const QJsonValue readOnly = object.value(QLatin1String("readOnly"));
    if (readOnly.isBool())
        profile.readOnly = readOnly.toBool();
    else if (!readOnly.isUndefined() && !readOnly.isNull())
        errors.append(tr("\"readOnly\" must be true or false, not %1.").arg(jsonTypeName(readOnly)));
    if (const std::optional<QString> text
        = optionalText(object, "killAccount", killAccountName(KillAccount::MaintainUser), errors)) {
        if (const std::optional<KillAccount> account = killAccountFromName(*text))
            profile.killAccount = *account;
        else
            errors.append(tr("\"killAccount\" must be \"maintainUser\" or \"database\"."));
    }

    if (const std::optional<QString> text = optionalText(object, "host", {}, errors))
        profile.host = *text;
    if (const std::optional<QString> text = optionalText(object, "socket", {}, errors))
        profile.socket = *text;
    if (const std::optional<QString> text = optionalText(object, "user", {}, errors))
        profile.databaseUser = *text;
    if (const std::optional<QString> text = optionalText(object, "sslCa", {}, errors))
        profile.sslCa = *text;
    if (const std::optional<QString> text = optionalText(object, "endpointCa", {}, errors))
        profile.endpointCa = *text;
    if (const std::optional<QString> text
        = optionalText(object, "sslMode", ConnectionSettings::sslModeName(profile.sslMode), errors)) {
        if (!ConnectionSettings::sslModeFromName(*text, &profile.sslMode))
            errors.append(tr("\"sslMode\" must be disabled, preferred, required, verify-ca or verify-identity."));
    }
    // Recording in the window: a missing block or key keeps its default.
    const QJsonValue record = object.value(QLatin1String("record"));
    if (record.isObject()) {
        const QJsonObject recordObject = record.toObject();
        const QJsonValue enabled = recordObject.value(QLatin1String("enabled"));
        if (enabled.isBool())
            profile.record.enabled = enabled.toBool();
        else if (!enabled.isUndefined() && !enabled.isNull())
            errors.append(tr("\"record.enabled\" must be true or false, not %1.").arg(jsonTypeName(enabled)));
        const auto whole = [&](const char* key, int max, int* target) {
            const QJsonValue value = recordObject.value(QLatin1String(key));
            if (value.isUndefined() || value.isNull())
                return;
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number != std::floor(number) || number < 1 || number > max)
                errors.append(
                    tr("\"record.%1\" must be a whole number from 1 to %2.").arg(QLatin1String(key)).arg(max));
            else
                *target = int(number);
        };
        whole("keepDays", RecordSettings::MaxKeepDays, &profile.record.keepDays);
        whole("keepMegabytes", RecordSettings::MaxKeepMegabytes, &profile.record.keepMegabytes);
        const QJsonValue file = recordObject.value(QLatin1String("file"));
        if (file.isString())
            profile.record.file = file.toString().trimmed();
        else if (!file.isUndefined() && !file.isNull())
            errors.append(tr("\"record.file\" must be text, not %1.").arg(jsonTypeName(file)));
    } else if (!record.isUndefined() && !record.isNull()) {
        errors.append(tr("\"record\" must be an object, not %1.").arg(jsonTypeName(record)));
    }

    const QJsonValue port = object.value(QLatin1String("port"));
    if (port.isDouble())
        profile.port = port.toInt(-1);
    else if (!port.isUndefined() && !port.isNull())
        errors.append(tr("\"port\" must be a number, not %1.").arg(jsonTypeName(port)));
    alertsFromJson(object.value(QLatin1String("alerts")), profile, errors);

    // Tags: a list of texts; anything else in it is an error.
    const QJsonValue tags = object.value(QLatin1String("tags"));
    if (tags.isArray()) {
        QStringList list;
        for (const QJsonValue& tag : tags.toArray()) {
            if (!tag.isString()) {
                errors.append(tr("\"tags\" must be a list of texts, not of %1.").arg(jsonTypeName(tag)));
                break;
            }
            list.append(tag.toString());
        }
        profile.tags = tagsFromText(list.join(QLatin1Char(',')));
    } else if (!tags.isUndefined() && !tags.isNull()) {
        errors.append(tr("\"tags\" must be a list, not %1.").arg(jsonTypeName(tags)));
    }

    if (errors.size() > errorsBefore)
        return std::nullopt;
    if (const QStringList problems = profile.validate(); !problems.isEmpty()) {
        errors.append(problems);
        return std::nullopt;
    }
    return profile;
}

QStringList InstanceProfile::tagsFromText(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

QString InstanceProfile::tagsText(const QStringList& tags)
{
    return tags.join(QLatin1String(", "));
}

QString InstanceProfile::killAccountName(KillAccount account)
{
    switch (account) {
    case KillAccount::MaintainUser:
        return QStringLiteral("maintainUser");
    case KillAccount::DatabaseAccount:
        return QStringLiteral("database");
    }
    return {};
}

std::optional<InstanceProfile::KillAccount> InstanceProfile::killAccountFromName(const QString& name)
{
    for (const KillAccount account : {KillAccount::MaintainUser, KillAccount::DatabaseAccount}) {
        if (name == killAccountName(account))
            return account;
    }
    return std::nullopt;
}

QString InstanceProfile::sourceName(Source source)
{
    return source == Source::MySql ? QStringLiteral("mysql") : QStringLiteral("das");
}

std::optional<InstanceProfile::Source> InstanceProfile::sourceFromName(const QString& name)
{
    if (name == QLatin1String("das"))
        return Source::Das;
    if (name == QLatin1String("mysql"))
        return Source::MySql;
    return std::nullopt;
}

QString InstanceProfile::endpointKindName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Public:
        break;
    case EndpointKind::Vpc:
        return QStringLiteral("vpc");
    case EndpointKind::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("public");
}

std::optional<InstanceProfile::EndpointKind> InstanceProfile::endpointKindFromName(const QString& name)
{
    if (name == QLatin1String("public"))
        return EndpointKind::Public;
    if (name == QLatin1String("vpc"))
        return EndpointKind::Vpc;
    if (name == QLatin1String("custom"))
        return EndpointKind::Custom;
    return std::nullopt;
}

QString InstanceProfile::credentialKindName(CredentialReference::Kind kind)
{
    switch (kind) {
    case CredentialReference::Kind::DefaultChain:
        break;
    case CredentialReference::Kind::Environment:
        return QStringLiteral("environment");
    case CredentialReference::Kind::CliProfile:
        return QStringLiteral("cliProfile");
    case CredentialReference::Kind::Keychain:
        return QStringLiteral("keychain");
    }
    return QStringLiteral("default");
}

std::optional<CredentialReference::Kind> InstanceProfile::credentialKindFromName(const QString& name)
{
    if (name == QLatin1String("default"))
        return CredentialReference::Kind::DefaultChain;
    if (name == QLatin1String("environment"))
        return CredentialReference::Kind::Environment;
    if (name == QLatin1String("cliProfile"))
        return CredentialReference::Kind::CliProfile;
    if (name == QLatin1String("keychain"))
        return CredentialReference::Kind::Keychain;
    return std::nullopt;
}
