// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileitemdelegate.h"

#include "models/profilelistmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace {

constexpr int HorizontalMargin = 6;
constexpr int VerticalMargin = 3;
constexpr int TagPadding = 4;
constexpr int TagGap = 6;

// Alibaba Cloud's orange for DAS, MySQL's blue for a direct connection.
QColor tagColor(InstanceProfile::Source source)
{
    return source == InstanceProfile::Source::MySql ? QColor(0x00, 0x6b, 0x8f) : QColor(0xc4, 0x51, 0x00);
}

QFont tagFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.8);
    font.setBold(true);
    return font;
}

} // namespace

ProfileItemDelegate::ProfileItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void ProfileItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the text is drawn here.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    if (!selected)
        dimColor = opt.palette.color(group, QPalette::PlaceholderText);

    const QRect area = opt.rect.adjusted(HorizontalMargin, VerticalMargin, -HorizontalMargin, -VerticalMargin);
    const QFontMetrics nameMetrics(opt.font);
    const QRect nameRect(area.left(), area.top(), area.width(), nameMetrics.height());

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor);
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));

    const auto source = InstanceProfile::Source(index.data(ProfileListModel::SourceRole).toInt());
    const QString tag = index.data(ProfileListModel::SourceTagRole).toString();
    const QFont smallFont = tagFont(opt.font);
    const QFontMetrics tagMetrics(smallFont);
    const int lineTop = nameRect.bottom() + 1;
    const int lineHeight = area.bottom() - lineTop + 1;
    const QRect tagRect(area.left(), lineTop + (lineHeight - tagMetrics.height()) / 2,
        tagMetrics.horizontalAdvance(tag) + 2 * TagPadding, tagMetrics.height());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tagColor(source));
    painter->drawRoundedRect(tagRect, 3, 3);
    painter->setFont(smallFont);
    painter->setPen(Qt::white);
    painter->drawText(tagRect, Qt::AlignCenter, tag);

    const QRect targetRect(tagRect.right() + TagGap, lineTop, area.right() - tagRect.right() - TagGap, lineHeight);
    painter->setFont(opt.font);
    painter->setPen(dimColor);
    painter->drawText(targetRect, Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(
            index.data(ProfileListModel::TargetRole).toString(), Qt::ElideMiddle, targetRect.width()));
    painter->restore();
}

QSize ProfileItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const int width = std::max(metrics.horizontalAdvance(opt.text),
                          metrics.horizontalAdvance(index.data(ProfileListModel::TargetRole).toString()) + 40)
        + 2 * HorizontalMargin;
    return {width, 2 * metrics.height() + 2 * VerticalMargin + 2};
}
