// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/session.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <array>
#include <optional>

// The fields of a session, in the order the session table, CSV and JSON list them. A new field is a
// member of Session, an enumerator here and a row of the table in sessionfield.cpp.
enum class SessionField
{
    SessionId,
    User,
    Client,
    UserClientAlias,
    DbName,
    Command,
    Time,
    State,
    TrxId,
    TrxDuration,
    BlockedBy,
    SqlTemplateId,
    SqlText,
    Count
};

// One definition of the session fields: what the table's columns, the proxy's sorting, the CSV and
// JSON writers (and, later, the parser and the emulator) read instead of listing the fields by hand.
class SessionFields
{
public:
    enum class Type
    {
        Integer,
        Text
    };

    struct Spec
    {
        SessionField field;
        // Stable identifier, never translated: also the key in SessionScope's snapshot JSON.
        QLatin1StringView name;
        Type type;
        // The key in DAS's JSON, as DAS spells it (other casings are accepted, see fromDasKey); empty
        // for a field SessionScope derives itself.
        QLatin1StringView dasKey;
        // The column's header in CSV exports; empty for a derived field, which the session CSV and
        // JSON leave out so that their format stays that of DAS's session list.
        QLatin1StringView csvHeader;
        // Untranslated; see title().
        const char* title;
        // The member, for Type::Integer fields (else null).
        qint64 Session::*integer;
        // The member, for Type::Text fields (else null).
        QString Session::*text;

        bool isDerived() const { return csvHeader.isEmpty(); }
    };

    static constexpr int Count = int(SessionField::Count);

    // Every field, in SessionField order.
    static const std::array<Spec, Count>& all();
    static const Spec& spec(SessionField field);
    // The translated column title.
    static QString title(SessionField field);

    // Case-insensitive, as the parser reads DAS's keys.
    static std::optional<SessionField> fromDasKey(QStringView key);
    static std::optional<SessionField> fromName(QStringView name);

    // The value as qint64 or QString; typed access (spec().integer, spec().text) is cheaper in loops.
    static QVariant value(const Session& session, SessionField field);
    // Negative, zero or positive: integers numerically, text case-insensitively.
    static int compare(const Session& a, const Session& b, SessionField field);
};
