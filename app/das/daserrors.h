// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fetcherror.h"

#include <QByteArray>
#include <QString>

// Turns what the DAS service answered into a classified FetchError. The one place where service
// codes are mapped to categories.
namespace DasErrors {

FetchError::Category classify(const QString& code, int httpStatus);

// An HTTP error answer: a JSON or XML body with Code, Message, RequestId; when the body is neither,
// the status alone decides.
FetchError fromHttpError(int httpStatus, const QByteArray& body, qint64 retryAfterMs);

// A 200 answer whose Success is false.
FetchError fromServiceFailure(const QString& code, const QString& message, const QString& requestId);

// The same error with what to do about it in DAS's terms (RAM policies, AccessKeys, the DAS
// console), unless it carries advice already. Every error a DAS source reports goes through here.
FetchError withAdvice(FetchError error);

} // namespace DasErrors
