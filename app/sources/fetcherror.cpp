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
    switch (m_category) {
    case Category::None:
        return {};
    case Category::Credentials:
        if (m_code.contains(QLatin1String("SecurityToken")))
            return tr("The STS security token is missing or has expired. Obtain a new token and update the "
                      "credential of this instance.");
        if (m_code.startsWith(QLatin1String("SignatureDoesNotMatch")))
            return tr("The AccessKey secret does not match the AccessKey ID. Check the secret of this instance's "
                      "credential.");
        return tr("The AccessKey ID is unknown or disabled. Check the credential of this instance in the RAM "
                  "console.");
    case Category::Permission:
        return tr("The RAM identity may not read sessions. Grant it hdm:GetMySQLAllSessionAsync, for example "
                  "through the AliyunHDMReadOnlyAccess policy.");
    case Category::ClockSkew:
        return tr("This computer's clock differs from the service's by more than 15 minutes. Synchronise the "
                  "clock (NTP).");
    case Category::Throttling:
        return tr("The service is limiting requests. SessionScope backs off and retries; a longer refresh "
                  "interval avoids this.");
    case Category::Transient:
        return tr("The service or the network failed temporarily. SessionScope retries.");
    case Category::BadRequest:
        return tr("The service rejected the request. Check the instance ID, the node ID and the endpoint.");
    case Category::MalformedResponse:
        return tr("The service's answer could not be read. The last good snapshot stays on screen.");
    case Category::TaskFailed:
        return tr("DAS could not collect the sessions of this instance. The next refresh tries again.");
    case Category::DeadlineExceeded:
        return tr("Collecting the sessions took too long. The next refresh tries again; a busy instance may "
                  "need a longer deadline.");
    case Category::Tls:
        return tr("The endpoint's certificate was refused. Check the endpoint URL and the system's CA "
                  "certificates.");
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
    }
    return {};
}
