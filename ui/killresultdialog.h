// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/killplan.h"

#include <QDialog>

class KillRun;
class QLabel;
class QPushButton;
class QTableWidget;

// What a kill did: each target and its outcome (killed, already gone, refused and why, failed and
// why, skipped). Shows "Sending…" until the run finishes. Nothing is retried automatically; the
// failed targets can be killed again from here, through a new preview.
class KillResultDialog : public QDialog
{
    Q_OBJECT

public:
    KillResultDialog(KillRun* run, const QString& instanceText, QWidget* parent = nullptr);
    ~KillResultDialog() override;

    QTableWidget* table() const { return m_table; }
    QPushButton* retryButton() const { return m_retry; }
    QLabel* headingLabel() const { return m_heading; }

signals:
    // The user asks to kill the refused and failed targets again.
    void retryRequested(const QList<qint64>& sessionIds, KillRequest::Scope scope);
    void auditLogRequested();

private:
    void showOutcomes();

    KillRun* m_run;
    QString m_instanceText;
    QLabel* m_heading;
    QLabel* m_error;
    QTableWidget* m_table;
    QPushButton* m_retry;
    QList<qint64> m_retryIds;
};
