// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// One misbehaviour of the service, applied by the emulator to an instance's next request(s) once
// they have passed the signature checks (and carry valid parameters).
struct EmulatorFault
{
    enum class Type
    {
        Http500, // HTTP 500, Code InternalError
        Http503, // HTTP 503, Code ServiceUnavailable
        Throttling, // HTTP 400, Code Throttling.User, x-acs-retry-after when retryAfterMs >= 0
        ConnectionReset, // the TCP connection is aborted with an RST, nothing is answered
        Stall, // nothing is answered for stallMs, then the connection is closed
        TruncatedBody, // the real answer's Content-Length, half its body, then the connection closes
        InvalidJson, // HTTP 200 with a body that is not JSON
        WrongTypes, // a finished response whose SessionList is a string and Data.Timestamp an object
        SuccessFalse, // HTTP 200, Success false, Code `code` (default InternalError)
        StateFail, // IsFinish true, State FAIL, Fail true
        NeverFinish, // the result (new or polled) answers RUNNING forever
        XmlError, // HTTP 503 with an XML <Error> body, Code `code` (default ServiceUnavailable)
    };

    // Which requests the fault may hit: any, only first calls (no ResultId), only ResultId polls.
    enum class Phase
    {
        Any,
        First,
        Poll,
    };

    Type type = Type::Http500;
    Phase phase = Phase::Any;
    // How many matching requests it hits (queued faults only; a persistent fault hits all).
    int times = 1;
    // Throttling only; negative: no x-acs-retry-after header.
    int retryAfterMs = -1;
    // Stall only.
    int stallMs = 60000;
    // SuccessFalse and XmlError: the error code to report; empty: the type's default.
    QString code;

    bool appliesTo(bool isPoll) const;

    // The scenario file's names: http500, http503, throttling, connectionReset, stall, truncatedBody,
    // invalidJson, wrongTypes, successFalse, stateFail, neverFinish, xmlError.
    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString& name);
    static QStringList typeNames();
    static QString phaseName(Phase phase);
    static std::optional<Phase> phaseFromName(const QString& name);
};
