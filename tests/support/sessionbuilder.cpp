// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sessionbuilder.h"

SessionBuilder::SessionBuilder(qint64 sessionId)
{
    m_session.sessionId = sessionId;
}

SessionBuilder& SessionBuilder::user(const QString& user)
{
    m_session.user = user;
    return *this;
}

SessionBuilder& SessionBuilder::client(const QString& client)
{
    m_session.client = client;
    return *this;
}

SessionBuilder& SessionBuilder::db(const QString& dbName)
{
    m_session.dbName = dbName;
    return *this;
}

SessionBuilder& SessionBuilder::command(const QString& command)
{
    m_session.command = command;
    return *this;
}

SessionBuilder& SessionBuilder::time(qint64 seconds)
{
    m_session.time = seconds;
    return *this;
}

SessionBuilder& SessionBuilder::state(const QString& state)
{
    m_session.state = state;
    return *this;
}

SessionBuilder& SessionBuilder::sql(const QString& sqlText)
{
    m_session.sqlText = sqlText;
    return *this;
}

SessionBuilder& SessionBuilder::alias(const QString& userClientAlias)
{
    m_session.userClientAlias = userClientAlias;
    return *this;
}

SessionBuilder& SessionBuilder::transaction(const QString& trxId, qint64 durationSeconds)
{
    m_session.trxId = trxId;
    m_session.trxDuration = durationSeconds;
    return *this;
}

SessionBuilder& SessionBuilder::sqlTemplate(const QString& sqlTemplateId)
{
    m_session.sqlTemplateId = sqlTemplateId;
    return *this;
}
