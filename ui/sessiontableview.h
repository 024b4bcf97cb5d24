// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QTableView>

#include <functional>
#include <optional>

class QAction;

class SessionFilterProxy;

// The session table: marks idle-in-transaction, long-running and new sessions, copies the
// selection as TSV, offers "Filter by this value" and "Copy SQL", and lets the user choose columns.
class SessionTableView : public QTableView
{
    Q_OBJECT

public:
    explicit SessionTableView(QWidget* parent = nullptr);
    ~SessionTableView() override;

    // The selected rows as TSV with a header of the visible columns, in view order.
    QString selectionAsTsv() const;
    QString currentSql() const;
    // The selected sessions: the rows selected, and those selected before a filter hid them.
    QList<qint64> selectedSessionIds() const;
    // Of those, how many a filter hides.
    int hiddenSelectionCount() const { return int(m_hiddenSelection.size()); }
    void selectSessions(const QList<qint64>& ids);

    // Around a filter change: the selection survives rows the filter hides, and comes back when they
    // show again. A plain click (a new selection) forgets the hidden part.
    void keepSelectionThroughFilterChange();
    void restoreSelectionAfterFilterChange();
    // Forgets hidden selected sessions that are no longer in the snapshot.
    void forgetEndedSessions(const std::function<bool(qint64)>& isLive);
    // Around a refresh: the session at the top of a scrolled view is at the top again afterwards,
    // however many rows came or went above it. A view at the very top stays there.
    void keepScrollPositionThroughRefresh();
    void restoreScrollPositionAfterRefresh();
    // The kill actions the context menu offers (null or disabled ones are left out).
    void setKillActions(QAction* killSession, QAction* killQuery);

    // Times and transaction times as seconds only ("4,933") or with hours and minutes beside them
    // ("4,933 (1 h 22 m)", the default).
    void setReadableDurations(bool readable);
    bool readableDurations() const { return m_readableDurations; }
    // Greys the rows' text while the figures are stale (the header and scroll bars stay as they are).
    void setStale(bool stale);
    bool isStale() const;
    // A cell as the table draws it, and the colour of its text.
    QString shownText(const QModelIndex& index) const;
    QColor shownTextColor(const QModelIndex& index) const;
    static QString durationText(qint64 seconds, bool readable);
    // Control characters written as escapes ("\t", "\x01") instead of boxes.
    // `keepLines`: line breaks and tabs stay as they are (a multi-line editor).
    static QString escapedControls(const QString& text, bool keepLines = false);

signals:
    void filterByValueRequested(int column, const QString& value);

protected:
    QItemSelectionModel::SelectionFlags selectionCommand(
        const QModelIndex& index, const QEvent* event = nullptr) const override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void showHeaderMenu(const QPoint& position);
    // The option the delegate draws a cell with.
    QStyleOptionViewItem shownOption(const QModelIndex& index) const;

    // Selected sessions a filter hides; mutable because selectionCommand() is const.
    mutable QSet<qint64> m_hiddenSelection;
    QAction* m_killSession = nullptr;
    QAction* m_killQuery = nullptr;
    bool m_readableDurations = true;
    std::optional<qint64> m_topSession;
};
