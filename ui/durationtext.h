// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    // "45 s" under two minutes, "7 min" under two hours, then "5 h" and "3 d": how old a snapshot
    // is, at a glance.
    static QString age(qint64 seconds);
    // The two largest units: "45 s", "5 m 3 s", "1 h 22 m", "2 d 3 h".
    static QString compact(qint64 seconds);
};
