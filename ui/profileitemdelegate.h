// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Draws a row of the instance list in two lines: the display name, then a tag naming the source
// (DAS or MySQL) and what the profile watches (the instance ID, host:port or the socket), so that
// the two kinds of profile can be told apart at a glance.
class ProfileItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProfileItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
