// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which server answers, decided once per connection from VERSION(): the queries for sessions and
// lock waits differ between MariaDB, MySQL 5.7 and MySQL 8.
struct ServerFlavor
{
    enum class Kind
    {
        MySql,
        MariaDb,
    };

    Kind kind = Kind::MySql;
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString version;

    // From SELECT VERSION(), @@version_comment.
    static ServerFlavor detect(const QString& version, const QString& versionComment);

    // MySQL 8.0 moved lock waits to performance_schema.data_lock_waits and removed
    // information_schema.INNODB_LOCK_WAITS; MariaDB and MySQL 5.7 keep the latter.
    bool hasPerformanceSchemaLockWaits() const { return kind == Kind::MySql && major >= 8; }
    QString displayName() const;
};
