// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The alert history as CSV (RFC 4180, UTF-8, CRLF rows, the session exports' formula guard): one row
// per alert, oldest first, times in ISO 8601 UTC, cleared_at empty while raised or when it was not
// seen to clear.
namespace AlertCsv {

QByteArray header();
QByteArray history(const QList<AlertRecord>& alerts);
// Writes history(alerts) to `path` all or none (OutputFiles); false with `error` saying why.
bool write(const QString& path, const QList<AlertRecord>& alerts, QString* error);

} // namespace AlertCsv
