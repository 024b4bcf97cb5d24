// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QUrl;

// Which HTTP endpoints SessionScope sends credentials to: https:// anywhere, plain http:// only to
// this computer (the emulator), never with a user name, path, query or fragment.
class EndpointPolicy
{
    Q_DECLARE_TR_FUNCTIONS(EndpointPolicy)

public:
    // An empty string when `endpoint` may be used; otherwise why not, for the user.
    static QString problem(const QUrl& endpoint);
    static bool isLoopbackHost(const QString& host);
};
