// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

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
    QList<qint64> selectedSessionIds() const;
    void selectSessions(const QList<qint64>& ids);
    // The kill actions the context menu offers (null or disabled ones are left out).
    void setKillActions(QAction* killSession, QAction* killQuery);

signals:
    void filterByValueRequested(int column, const QString& value);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void showHeaderMenu(const QPoint& position);

    QAction* m_killSession = nullptr;
    QAction* m_killQuery = nullptr;
};
