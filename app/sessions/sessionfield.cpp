// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfield.h"

#include <QCoreApplication>

namespace {

using Spec = SessionFields::Spec;
using Type = SessionFields::Type;

constexpr Spec integerField(SessionField field, const char* name, const char* dasKey, const char* csvHeader,
    const char* title, qint64 Session::*member)
{
    return {field, QLatin1StringView(name), Type::Integer, QLatin1StringView(dasKey), QLatin1StringView(csvHeader),
        title, member, nullptr};
}

constexpr Spec textField(SessionField field, const char* name, const char* dasKey, const char* csvHeader,
    const char* title, QString Session::*member)
{
    return {field, QLatin1StringView(name), Type::Text, QLatin1StringView(dasKey), QLatin1StringView(csvHeader), title,
        nullptr, member};
}

// The titles keep the translation context they had when the table model listed them, so that the
// existing translations still apply.
constexpr std::array<Spec, SessionFields::Count> fields {{
    integerField(SessionField::SessionId, "sessionId", "SessionId", "SessionId",
        QT_TRANSLATE_NOOP("SessionTableModel", "ID"), &Session::sessionId),
    textField(
        SessionField::User, "user", "User", "User", QT_TRANSLATE_NOOP("SessionTableModel", "User"), &Session::user),
    textField(SessionField::Client, "client", "Client", "Client", QT_TRANSLATE_NOOP("SessionTableModel", "Client"),
        &Session::client),
    textField(SessionField::UserClientAlias, "userClientAlias", "UserClientAlias", "UserClientAlias",
        QT_TRANSLATE_NOOP("SessionTableModel", "Client alias"), &Session::userClientAlias),
    textField(SessionField::DbName, "dbName", "DbName", "DbName", QT_TRANSLATE_NOOP("SessionTableModel", "Database"),
        &Session::dbName),
    textField(SessionField::Command, "command", "Command", "Command", QT_TRANSLATE_NOOP("SessionTableModel", "Command"),
        &Session::command),
    integerField(
        SessionField::Time, "time", "Time", "Time", QT_TRANSLATE_NOOP("SessionTableModel", "Time (s)"), &Session::time),
    textField(SessionField::State, "state", "State", "State", QT_TRANSLATE_NOOP("SessionTableModel", "State"),
        &Session::state),
    textField(SessionField::TrxId, "trxId", "TrxId", "TrxId", QT_TRANSLATE_NOOP("SessionTableModel", "Transaction"),
        &Session::trxId),
    integerField(SessionField::TrxDuration, "trxDuration", "TrxDuration", "TrxDuration",
        QT_TRANSLATE_NOOP("SessionTableModel", "Trx time (s)"), &Session::trxDuration),
    integerField(SessionField::BlockedBy, "blockedBy", "", "", QT_TRANSLATE_NOOP("SessionTableModel", "Blocked by"),
        &Session::blockedBy),
    textField(SessionField::SqlTemplateId, "sqlTemplateId", "SqlTemplateId", "SqlTemplateId",
        QT_TRANSLATE_NOOP("SessionTableModel", "SQL template"), &Session::sqlTemplateId),
    textField(SessionField::SqlText, "sqlText", "SqlText", "SqlText", QT_TRANSLATE_NOOP("SessionTableModel", "SQL"),
        &Session::sqlText),
}};

constexpr bool wellFormed()
{
    for (int i = 0; i < SessionFields::Count; ++i) {
        const Spec& spec = fields[i];
        if (int(spec.field) != i)
            return false;
        if ((spec.type == Type::Integer) != (spec.integer != nullptr))
            return false;
        if ((spec.type == Type::Text) != (spec.text != nullptr))
            return false;
    }
    return true;
}
static_assert(wellFormed(), "one row per SessionField, in enum order, with the member its type names");

} // namespace

const std::array<SessionFields::Spec, SessionFields::Count>& SessionFields::all()
{
    return fields;
}

const SessionFields::Spec& SessionFields::spec(SessionField field)
{
    Q_ASSERT(int(field) >= 0 && int(field) < Count);
    return fields[std::size_t(field)];
}

QString SessionFields::title(SessionField field)
{
    return QCoreApplication::translate("SessionTableModel", spec(field).title);
}

std::optional<SessionField> SessionFields::fromDasKey(QStringView key)
{
    for (const Spec& spec : fields) {
        if (!spec.isDerived() && key.compare(spec.dasKey, Qt::CaseInsensitive) == 0)
            return spec.field;
    }
    return std::nullopt;
}

std::optional<SessionField> SessionFields::fromName(QStringView name)
{
    for (const Spec& spec : fields) {
        if (name == spec.name)
            return spec.field;
    }
    return std::nullopt;
}

QVariant SessionFields::value(const Session& session, SessionField field)
{
    const Spec& s = spec(field);
    return s.type == Type::Integer ? QVariant(session.*s.integer) : QVariant(session.*s.text);
}

int SessionFields::compare(const Session& a, const Session& b, SessionField field)
{
    if (int(field) < 0 || int(field) >= Count)
        return 0;
    const Spec& s = fields[std::size_t(field)];
    if (s.type == Type::Integer) {
        const qint64 x = a.*s.integer;
        const qint64 y = b.*s.integer;
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return QString::compare(a.*s.text, b.*s.text, Qt::CaseInsensitive);
}
