// SPDX-License-Identifier: GPL-3.0-or-later
#include "daserrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace {

// What to do about a DAS failure, in the terms of Alibaba Cloud (RAM, AccessKeys, DAS).
class DasAdvice
{
    Q_DECLARE_TR_FUNCTIONS(DasAdvice)

public:
    static QString hint(const FetchError& error);
};

QString DasAdvice::hint(const FetchError& error)
{
    const QString& code = error.code();
    switch (error.category()) {
    case FetchError::Category::None:
        return {};
    case FetchError::Category::Credentials:
        if (code.contains(QLatin1String("SecurityToken")))
            return tr("The STS security token is missing or has expired. Obtain a new token and update the "
                      "credential of this instance.");
        if (code.startsWith(QLatin1String("SignatureDoesNotMatch")))
            return tr("The AccessKey secret does not match the AccessKey ID. Check the secret of this instance's "
                      "credential.");
        return tr("The AccessKey ID is unknown or disabled. Check the credential of this instance in the RAM "
                  "console.");
    case FetchError::Category::Permission:
        return tr("The RAM identity may not read sessions. Grant it hdm:GetMySQLAllSessionAsync, for example "
                  "through the AliyunHDMReadOnlyAccess policy.");
    case FetchError::Category::ClockSkew:
        return tr("This computer's clock differs from the service's by more than 15 minutes. Synchronise the "
                  "clock (NTP).");
    case FetchError::Category::Throttling:
        return tr("The service is limiting requests. SessionScope backs off and retries; a longer refresh "
                  "interval avoids this.");
    case FetchError::Category::Transient:
        return tr("The service or the network failed temporarily. SessionScope retries.");
    case FetchError::Category::BadRequest:
        return tr("The service rejected the request. Check the instance ID, the node ID and the endpoint.");
    case FetchError::Category::MalformedResponse:
        return tr("The service's answer could not be read. The last good snapshot stays on screen.");
    case FetchError::Category::TaskFailed:
        return tr("DAS could not collect the sessions of this instance. The next refresh tries again.");
    case FetchError::Category::DeadlineExceeded:
        return tr("Collecting the sessions took too long. The next refresh tries again; a busy instance may "
                  "need a longer deadline.");
    case FetchError::Category::Unsupported:
        return {};
    case FetchError::Category::Tls:
        return tr("The endpoint's certificate was refused. Check the endpoint URL and the system's CA "
                  "certificates.");
    }
    return {};
}

} // namespace

namespace DasErrors {

namespace {

struct ErrorBody
{
    QString code;
    QString message;
    QString requestId;
    bool understood = false;
};

QString jsonText(const QJsonObject& object, QLatin1StringView pascal)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(pascal, Qt::CaseInsensitive) == 0)
            return it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
    }
    return {};
}

ErrorBody readJson(const QByteArray& body)
{
    ErrorBody result;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return result;
    const QJsonObject object = document.object();
    result.code = jsonText(object, QLatin1StringView("Code"));
    result.message = jsonText(object, QLatin1StringView("Message"));
    result.requestId = jsonText(object, QLatin1StringView("RequestId"));
    result.understood = !result.code.isEmpty();
    return result;
}

ErrorBody readXml(const QByteArray& body)
{
    ErrorBody result;
    QXmlStreamReader xml(body);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("Code"))
            result.code = xml.readElementText().trimmed();
        else if (name == QLatin1String("Message"))
            result.message = xml.readElementText().trimmed();
        else if (name == QLatin1String("RequestId"))
            result.requestId = xml.readElementText().trimmed();
    }
    result.understood = !result.code.isEmpty();
    return result;
}

} // namespace

FetchError::Category classify(const QString& code, int httpStatus)
{
    using Category = FetchError::Category;
    const auto startsWith = [&](const char* prefix) { return code.startsWith(QLatin1String(prefix)); };
    if (startsWith("InvalidAccessKeyId") || startsWith("SignatureDoesNotMatch") || startsWith("IncompleteSignature")
        || startsWith("InvalidSecurityToken") || startsWith("MissingSecurityToken")
        || startsWith("InvalidAccessKeySecret") || startsWith("InvalidAuthorization"))
        return Category::Credentials;
    if (startsWith("Forbidden") || startsWith("NoPermission") || startsWith("NotAuthorized"))
        return Category::Permission;
    if (code == QLatin1String("InvalidTimeStamp.Expired"))
        return Category::ClockSkew;
    if (startsWith("Throttling") || httpStatus == 429)
        return Category::Throttling;
    // A nonce this client never sent twice comes back as "used" when the HTTP stack replays a request
    // whose connection broke after the service had received it: a transport hiccup.
    if (startsWith("InternalError") || startsWith("ServiceUnavailable") || code == QLatin1String("SignatureNonceUsed")
        || httpStatus >= 500)
        return Category::Transient;
    return Category::BadRequest;
}

FetchError fromHttpError(int httpStatus, const QByteArray& body, qint64 retryAfterMs)
{
    ErrorBody parsed = readJson(body);
    if (!parsed.understood && body.trimmed().startsWith('<'))
        parsed = readXml(body);
    if (!parsed.understood) {
        parsed.code = QStringLiteral("HTTP%1").arg(httpStatus);
        parsed.message
            = QCoreApplication::translate("DasErrors", "HTTP status %1 with no error details").arg(httpStatus);
    }
    FetchError error(classify(parsed.code, httpStatus), parsed.code, parsed.message);
    error.setRequestId(parsed.requestId);
    error.setHttpStatus(httpStatus);
    error.setRetryAfterMs(retryAfterMs);
    return error;
}

FetchError fromServiceFailure(const QString& code, const QString& message, const QString& requestId)
{
    const QString effectiveCode = code.isEmpty() ? QStringLiteral("UnknownError") : code;
    FetchError error(classify(effectiveCode, 200), effectiveCode, message);
    error.setRequestId(requestId);
    error.setHttpStatus(200);
    return error;
}

FetchError withAdvice(FetchError error)
{
    if (error.isError() && !error.hasSourceHint())
        error.setHint(DasAdvice::hint(error));
    return error;
}

} // namespace DasErrors
