// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetcherror.h"

#include <QCoreApplication>

FetchError::FetchError(Category category, QString code, QString message)
    : m_category(category)
    , m_code(std::move(code))
    , m_message(std::move(message))
{ }

bool FetchError::isRetryable() const
{
    return m_category == Category::Transient || m_category == Category::Throttling;
}

bool FetchError::pausesAutoRefresh() const
{
    return m_category == Category::Credentials || m_category == Category::Permission;
}

QString FetchError::hint() const
{
    if (!m_hint.isEmpty())
        return m_hint;
    switch (m_category) {
    case Category::None:
        return {};
    case Category::Credentials:
        return tr("The credentials were refused. Check the credential of this instance.");
    case Category::Permission:
        return tr("The credentials lack a privilege this needs. Ask for it to be granted.");
    case Category::ClockSkew:
        return tr("This computer's clock differs too much from the server's. Synchronise the clock (NTP).");
    case Category::Throttling:
        return tr("The server is limiting requests. SessionScope backs off and retries; a longer refresh "
                  "interval avoids this.");
    case Category::Transient:
        return tr("The server or the network failed temporarily. SessionScope retries.");
    case Category::BadRequest:
        return tr("The request was rejected. Check the instance's settings.");
    case Category::MalformedResponse:
        return tr("The answer could not be read. The last good snapshot stays on screen.");
    case Category::TaskFailed:
        return tr("The server could not complete the request. The next refresh tries again.");
    case Category::DeadlineExceeded:
        return tr("Collecting the sessions took too long. The next refresh tries again; a busy instance may "
                  "need a longer deadline.");
    case Category::Tls:
        return tr("The endpoint's certificate was refused. Check the endpoint URL and the system's CA "
                  "certificates.");
    case Category::Unsupported:
        return tr("This source cannot do that.");
    }
    return {};
}

QString FetchError::summary() const
{
    QString text = m_code;
    if (!m_message.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + m_message;
    if (!m_requestId.isEmpty())
        text += tr(" (request %1)").arg(m_requestId);
    return text;
}

QString FetchError::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return QStringLiteral("none");
    case Category::Credentials:
        return QStringLiteral("credentials");
    case Category::Permission:
        return QStringLiteral("permission");
    case Category::ClockSkew:
        return QStringLiteral("clock-skew");
    case Category::Throttling:
        return QStringLiteral("throttling");
    case Category::Transient:
        return QStringLiteral("transient");
    case Category::BadRequest:
        return QStringLiteral("bad-request");
    case Category::MalformedResponse:
        return QStringLiteral("malformed-response");
    case Category::TaskFailed:
        return QStringLiteral("task-failed");
    case Category::DeadlineExceeded:
        return QStringLiteral("deadline-exceeded");
    case Category::Tls:
        return QStringLiteral("tls");
    case Category::Unsupported:
        return QStringLiteral("unsupported");
    }
    return {};
}
