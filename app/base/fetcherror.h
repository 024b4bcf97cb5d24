// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// Why a snapshot could not be taken or a command not carried out, whatever the source. Classified
// once, where the failure is first understood, so that every layer above reacts to the category
// alone: whether to retry, whether to stop auto-refresh, and what to tell the user. The source that
// classified it also says what to do about it (hint), in its own terms.
class FetchError
{
    Q_DECLARE_TR_FUNCTIONS(FetchError)

public:
    enum class Category
    {
        None,
        Credentials, // the credential is unknown, disabled, expired or its secret wrong
        Permission, // the identity lacks a privilege
        ClockSkew, // the local clock is too far from the service's
        Throttling, // flow control or too many connections: back off
        Transient, // server errors, network failures, timeouts: retry with backoff
        BadRequest, // the parameters were rejected: instance, node, endpoint, host
        MalformedResponse, // an answer that cannot be read
        TaskFailed, // the server finished the collection or command with a failure
        DeadlineExceeded, // the whole fetch took longer than allowed
        Tls, // the endpoint's certificate or the TLS handshake was refused
        Unsupported, // the source cannot do what was asked (a command it lacks)
    };

    FetchError() = default;
    FetchError(Category category, QString code, QString message);

    Category category() const { return m_category; }
    bool isError() const { return m_category != Category::None; }

    // The service's code (e.g. Throttling.User) or, for local failures, a stable name of ours.
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString requestId() const { return m_requestId; }
    void setRequestId(const QString& requestId) { m_requestId = requestId; }
    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    // From the x-acs-retry-after header, in milliseconds; -1 when absent.
    qint64 retryAfterMs() const { return m_retryAfterMs; }
    void setRetryAfterMs(qint64 ms) { m_retryAfterMs = ms; }

    bool isRetryable() const;
    // Credentials and permission problems do not fix themselves: refreshing again only repeats them.
    bool pausesAutoRefresh() const;

    // What the user should do about it, in plain language: the classifying source's advice, or a
    // general one for the category when the source gave none.
    QString hint() const;
    void setHint(const QString& hint) { m_hint = hint; }
    bool hasSourceHint() const { return !m_hint.isEmpty(); }
    // "Code: Message (request id …)" for a status line or a log.
    QString summary() const;

    static QString categoryName(Category category);

private:
    Category m_category = Category::None;
    QString m_code;
    QString m_message;
    QString m_requestId;
    QString m_hint;
    int m_httpStatus = 0;
    qint64 m_retryAfterMs = -1;
};

Q_DECLARE_METATYPE(FetchError)
