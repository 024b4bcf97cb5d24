// SPDX-License-Identifier: GPL-3.0-or-later
#include "daserrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

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

} // namespace DasErrors
