// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Draws a view's text greyed while its figures are stale.
//
// The view's palette is left alone on purpose: a palette set on a view spreads to its header and
// scroll bars, and the style caches its drawings of those by palette (in QPixmapCache), so every
// stale spell would draw and keep a new set of header sections.
class StaleTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The caller repaints the view.
    void setStale(bool stale) { m_stale = stale; }
    bool isStale() const { return m_stale; }

    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    bool m_stale = false;
};
