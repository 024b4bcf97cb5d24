// SPDX-License-Identifier: GPL-3.0-or-later
#include "killdialog.h"

#include "durationtext.h"

#include <QBrush>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    StatusColumn,
    IdColumn,
    UserColumn,
    ClientColumn,
    DbColumn,
    CommandColumn,
    TimeColumn,
    TransactionColumn,
    SqlColumn,
    ColumnCount,
};

QString oneLine(const QString& text)
{
    QString line = text.simplified();
    constexpr int MaxLength = 200;
    if (line.size() > MaxLength)
        line = line.left(MaxLength) + QChar(0x2026);
    return line;
}

} // namespace

KillDialog::KillDialog(const KillPlan& plan, const Target& target, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_target(target)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_connection(new QRadioButton(tr("End the connection (KILL CONNECTION)"), this))
    , m_queryOnly(new QRadioButton(tr("Stop only the running statement (KILL QUERY); the connection stays"), this))
    , m_table(new QTableWidget(this))
    , m_includeSystem(new QCheckBox(this))
    , m_confirmationLabel(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
    , m_kill(new QPushButton(this))
{
    setObjectName(QStringLiteral("killDialog"));
    setWindowTitle(tr("Kill sessions"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    (m_plan.scope() == KillRequest::Scope::Query && target.canKillQuery ? m_queryOnly : m_connection)->setChecked(true);
    m_queryOnly->setEnabled(target.canKillQuery);
    if (!target.canKillQuery)
        m_queryOnly->setToolTip(tr("This source can only end whole connections."));
    if (!target.canKillQuery && m_plan.scope() == KillRequest::Scope::Query)
        m_plan.setScope(KillRequest::Scope::Connection);
    const auto setScope = [this] {
        m_plan.setScope(m_queryOnly->isChecked() ? KillRequest::Scope::Query : KillRequest::Scope::Connection);
        updateState();
    };
    connect(m_connection, &QRadioButton::toggled, this, setScope);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Status"), tr("Session"), tr("User"), tr("Client"), tr("Database"),
        tr("Command"), tr("Time"), tr("Transaction"), tr("SQL")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(160);

    const int excluded = m_plan.count(KillTarget::Status::Excluded);
    m_includeSystem->setText(
        tr("Also kill the %n system session(s) marked excluded (replication, server threads, maintenance accounts)",
            nullptr, excluded));
    m_includeSystem->setVisible(excluded > 0);
    connect(m_includeSystem, &QCheckBox::toggled, this, [this](bool include) {
        m_plan.includeAllExcluded(include);
        fillTable();
        updateState();
    });

    m_confirmation->setObjectName(QStringLiteral("killConfirmation"));
    m_confirmation->setMaximumWidth(120);
    connect(m_confirmation, &QLineEdit::textChanged, this, &KillDialog::updateState);

    auto* scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_connection);
    scopeBox->addWidget(m_queryOnly);

    auto* form = new QFormLayout;
    form->addRow(tr("Kill:"), scopeBox);
    if (!target.databaseUser.isEmpty()) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("killPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        connect(m_password, &QLineEdit::textChanged, this, &KillDialog::updateState);
        auto* note = new QLabel(
            tr("DAS kills as the database account %1. The service receives this password inside the signed HTTPS "
               "request; SessionScope keeps it only in the keychain, and only when asked to.")
                .arg(target.databaseUser),
            this);
        note->setWordWrap(true);
        m_rememberPassword = new QCheckBox(tr("Remember it in the keychain for this instance"), this);
        m_rememberPassword->setObjectName(QStringLiteral("rememberKillPassword"));
        m_rememberPassword->setVisible(target.keychainAvailable);
        form->addRow(tr("Password:"), m_password);
        form->addRow(QString(), m_rememberPassword);
        form->addRow(QString(), note);
    }
    form->addRow(m_confirmationLabel, m_confirmation);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_kill->setObjectName(QStringLiteral("killButton"));
    buttons->addButton(m_kill, QDialogButtonBox::AcceptRole);
    // Enter must never kill by accident: the safe button is the default.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_kill->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_includeSystem);
    layout->addLayout(form);
    layout->addWidget(buttons);

    fillTable();
    updateState();
    resize(900, 420);
}

KillDialog::~KillDialog() = default;

bool KillDialog::rememberPassword() const
{
    return m_rememberPassword && m_rememberPassword->isChecked();
}

void KillDialog::setSavedPassword(const QString& password)
{
    if (!m_password || !m_password->text().isEmpty())
        return;
    m_password->setText(password);
    m_password->setPlaceholderText(tr("saved in the keychain"));
    if (m_rememberPassword)
        m_rememberPassword->setChecked(true);
}

std::optional<DatabaseLogin> KillDialog::account() const
{
    if (!m_password)
        return std::nullopt;
    return DatabaseLogin {m_target.databaseUser, m_password->text()};
}

void KillDialog::fillTable()
{
    const QList<KillTarget>& targets = m_plan.targets();
    m_table->setRowCount(int(targets.size()));
    const QBrush dimmed = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < targets.size(); ++row) {
        const KillTarget& target = targets.at(row);
        QString status;
        switch (target.status) {
        case KillTarget::Status::Included:
            status = tr("Will be killed");
            break;
        case KillTarget::Status::Gone:
            status = tr("Gone: skipped");
            break;
        case KillTarget::Status::Excluded:
            status = target.includedAnyway ? tr("Will be killed (system session)")
                                           : tr("Excluded: %1").arg(KillPlan::exclusionText(target.exclusion));
            break;
        }
        const Session& session = target.session;
        const bool gone = target.status == KillTarget::Status::Gone;
        const QStringList cells {status, QString::number(target.sessionId), session.user, session.client,
            session.dbName, session.command, gone ? QString() : DurationText::age(session.time),
            session.trxId.isEmpty() ? QString()
                                    : tr("%1 (%2)").arg(session.trxId, DurationText::age(session.trxDuration)),
            oneLine(session.sqlText)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == SqlColumn || column == StatusColumn)
                item->setToolTip(column == SqlColumn ? session.sqlText : cells.at(column));
            if (!target.willBeKilled())
                item->setForeground(dimmed);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(SqlColumn, std::max(m_table->columnWidth(SqlColumn), 240));
}

void KillDialog::updateState()
{
    const int count = int(m_plan.idsToKill().size());
    const int gone = m_plan.count(KillTarget::Status::Gone);
    const int left = m_plan.count(KillTarget::Status::Excluded) - m_plan.excludedIncludedCount();
    const bool query = m_plan.scope() == KillRequest::Scope::Query;
    m_heading->setText(query
            ? tr("Stop the running statement of %n session(s) on %1", nullptr, count).arg(m_target.instanceText)
            : tr("Kill %n session(s) on %1", nullptr, count).arg(m_target.instanceText));
    QStringList summary;
    if (gone > 0)
        summary.append(tr("%n session(s) ended since the last refresh and will be skipped.", nullptr, gone));
    if (left > 0)
        summary.append(tr("%n system session(s) excluded.", nullptr, left));
    if (count == 0)
        summary.append(tr("Nothing to kill."));
    m_summary->setText(summary.join(QLatin1Char(' ')));
    m_summary->setVisible(!summary.isEmpty());

    const bool typed = m_plan.needsTypedConfirmation();
    m_confirmationLabel->setText(tr("Type %1 to confirm:").arg(count));
    m_confirmationLabel->setVisible(typed);
    m_confirmation->setVisible(typed);
    m_kill->setText(query ? tr("Kill %n statement(s)", nullptr, count) : tr("Kill %n session(s)", nullptr, count));
    const bool passwordGiven = !m_password || !m_password->text().isEmpty();
    m_kill->setEnabled(count > 0 && m_plan.isConfirmedBy(m_confirmation->text()) && passwordGiven);
}
