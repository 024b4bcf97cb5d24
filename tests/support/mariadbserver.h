// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/connectionsettings.h"

#include <QList>
#include <QProcess>
#include <QString>

#include <memory>

// The private MariaDB server that scripts/with-mariadb started for this test run, and real client
// sessions on it: `mariadb` processes that run a statement, or hold a transaction open.
class MariaDbServer
{
public:
    // Empty when the tests do not run under scripts/with-mariadb; then why not.
    static QString unavailableReason();

    // As root over TCP.
    static ConnectionSettings rootSettings();
    static ConnectionSettings settingsFor(const QString& user, const QString& password);

    // Runs SQL as root and waits for it; returns the error text, empty on success.
    static QString execAsRoot(const QString& sql);
    // The first column of the first row of `sql`, as root.
    static QString queryAsRoot(const QString& sql);

    // A client session that runs `sql` and stays connected afterwards (stdin kept open), so that a
    // transaction it began stays open. Owned by the caller; killing it ends the session.
    static std::unique_ptr<QProcess> openSession(const QString& user, const QString& password, const QString& sql);
    // The session id of the newest connection of `user` whose statement matches `infoLike` (SQL LIKE
    // on INFO; any statement when empty); 0 when there is none. Tests wait for it with QTRY_*.
    // Every session with its transaction, one per line, for a failure message.
    static QString describe();
    static qint64 findSession(const QString& user, const QString& infoLike = {});
};
