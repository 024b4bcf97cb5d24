// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/session.h"

#include <QString>

// A Session made field by field, so that a test names only what it cares about:
// Session s = SessionBuilder(7).user(QStringLiteral("app")).time(12);
// Fields not named keep Session's defaults (0 and null strings).
class SessionBuilder
{
public:
    explicit SessionBuilder(qint64 sessionId);

    SessionBuilder& user(const QString& user);
    SessionBuilder& client(const QString& client);
    SessionBuilder& db(const QString& dbName);
    SessionBuilder& command(const QString& command);
    SessionBuilder& time(qint64 seconds);
    SessionBuilder& state(const QString& state);
    SessionBuilder& sql(const QString& sqlText);
    SessionBuilder& alias(const QString& userClientAlias);
    SessionBuilder& transaction(const QString& trxId, qint64 durationSeconds = 0);
    SessionBuilder& sqlTemplate(const QString& sqlTemplateId);

    Session build() const { return m_session; }
    operator Session() const { return m_session; }

private:
    Session m_session;
};
