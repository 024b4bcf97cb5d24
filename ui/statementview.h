// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QAction;
class QSortFilterProxyModel;
class StatementModel;

// The Statements tab: one row per statement the sessions are running, sorted by total time. The
// current row is what the sessions table drills down to; the context menu offers killing its sessions.
class StatementView : public QTableView
{
    Q_OBJECT

public:
    explicit StatementView(StatementModel* model, QWidget* parent = nullptr);
    ~StatementView() override;

    StatementModel* statementModel() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    // The key (StatementStat::key) of the current row; empty when there is none.
    QString currentKey() const;
    // Makes the statement with `key` current and selected; false when it is not listed.
    bool selectKey(const QString& key);
    // "Kill these N sessions…" on the current statement: shown where kills are allowed.
    void setKillAction(QAction* action);

signals:
    // The user chose a statement (clicked, moved to it, pressed Enter on it).
    void statementChosen(const QString& key);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    StatementModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QAction* m_kill = nullptr;
};
