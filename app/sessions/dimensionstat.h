// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Sessions counted by one key of one dimension (a user, a client host or a database).
struct DimensionStat
{
    QString key;
    qint64 totalCount = 0;
    qint64 activeCount = 0;
    QList<qint64> threadIds;
    QStringList users;

    bool operator==(const DimensionStat&) const = default;

    // The ranking of a dimension's keys wherever they are listed or charted: larger total first,
    // then more active, then by key.
    static bool ranksBefore(const DimensionStat& a, const DimensionStat& b);
};

enum class Dimension
{
    User,
    Client,
    Database,
};
