// SPDX-License-Identifier: GPL-3.0-or-later
#include "killresultdialog.h"

#include "actions/auditlog.h"
#include "actions/killrun.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

KillResultDialog::KillResultDialog(KillRun* run, const QString& instanceText, QWidget* parent)
    : QDialog(parent)
    , m_run(run)
    , m_instanceText(instanceText)
    , m_heading(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_retry(new QPushButton(tr("Kill the failed ones again…"), this))
{
    setObjectName(QStringLiteral("killResultDialog"));
    setWindowTitle(tr("Kill result"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Session"), tr("User"), tr("Outcome"), tr("Why"), tr("SQL")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* audit = buttons->addButton(tr("Audit log…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    m_retry->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(audit, &QPushButton::clicked, this, &KillResultDialog::auditLogRequested);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        emit retryRequested(m_retryIds, m_run->plan().scope());
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    m_heading->setText(tr("Sending the kill to %1…").arg(instanceText));
    if (run->isFinished())
        showOutcomes();
    else
        connect(run, &KillRun::finished, this, &KillResultDialog::showOutcomes);
    resize(760, 360);
}

KillResultDialog::~KillResultDialog() = default;

void KillResultDialog::showOutcomes()
{
    const QList<KillPlan::Outcome> outcomes = m_run->outcomes();
    m_table->setRowCount(int(outcomes.size()));
    int killed = 0;
    int attempted = 0;
    m_retryIds.clear();
    for (int row = 0; row < outcomes.size(); ++row) {
        const KillPlan::Outcome& outcome = outcomes.at(row);
        if (outcome.outcome != QLatin1String("skipped"))
            ++attempted;
        if (outcome.outcome == QLatin1String("killed") || outcome.outcome == QLatin1String("already-gone"))
            ++killed;
        if (outcome.outcome == QLatin1String("failed") || outcome.outcome == QLatin1String("refused"))
            m_retryIds.append(outcome.target.sessionId);
        const QStringList cells {QString::number(outcome.target.sessionId), outcome.target.session.user,
            AuditLog::outcomeText(outcome.outcome), outcome.message, outcome.target.session.sqlText.simplified()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    const bool query = m_run->plan().scope() == KillRequest::Scope::Query;
    m_heading->setText(query
            ? tr("Stopped the statement of %1 of %n session(s) on %2.", nullptr, attempted)
                  .arg(killed)
                  .arg(m_instanceText)
            : tr("Killed %1 of %n session(s) on %2.", nullptr, attempted).arg(killed).arg(m_instanceText));
    const QString error = m_run->result().error.isError() ? m_run->result().error.message() : m_run->error();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_retry->setEnabled(!m_retryIds.isEmpty());
}
