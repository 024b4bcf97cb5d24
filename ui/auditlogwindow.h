// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

// The audit log: every kill made from this machine's SessionScope (window and command line), one
// row per target, newest first, with a filter and a CSV export.
class AuditLogWindow : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogWindow(const QString& path, QWidget* parent = nullptr);
    ~AuditLogWindow() override;

    // Reads the file again.
    void reload();
    // Writes what the filter shows, as CSV; the error, or empty.
    QString exportCsv(const QString& path) const;

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    QLabel* statusLabel() const { return m_status; }

private:
    void exportWithDialog();

    QString m_path;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_status;
};
