// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString DirectoryKey = QStringLiteral("export/directory");

} // namespace

ExportDialog::ExportDialog(
    int sessionCount, int shownCount, const QString& fileName, bool locksAvailable, QWidget* parent)
    : QDialog(parent)
    , m_all(new QRadioButton(tr("All %n session(s)", nullptr, sessionCount), this))
    , m_shown(new QRadioButton(tr("The %n row(s) shown (filters and drill-down applied)", nullptr, shownCount), this))
    , m_stats(new QCheckBox(tr("Also write the statistics CSV"), this))
    , m_locks(new QCheckBox(tr("Also write the lock waits CSV"), this))
    , m_statements(new QCheckBox(tr("Also write the statements CSV (sessions grouped by statement)"), this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Export snapshot"));
    setObjectName(QStringLiteral("exportDialog"));
    // What the user filtered to is most likely what they want to keep.
    (shownCount != sessionCount ? m_shown : m_all)->setChecked(true);
    m_stats->setChecked(true);
    m_locksAvailable = locksAvailable;
    m_locks->setChecked(locksAvailable);
    m_locks->setVisible(locksAvailable);
    m_path->setText(QDir(proposedDirectory()).filePath(fileName));
    m_path->setMinimumWidth(480);

    auto* browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Sessions:"), m_all);
    form->addRow(QString(), m_shown);
    form->addRow(tr("File:"), pathRow);
    form->addRow(QString(), m_stats);
    form->addRow(QString(), m_locks);
    form->addRow(QString(), m_statements);
    form->addRow(buttons);

    connect(this, &QDialog::accepted, this, &ExportDialog::onAccepted);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::proposedDirectory()
{
    // The folder of the last export, else Documents, else home: one that exists. A fresh account
    // may have no Documents folder, and a removable disk may be gone.
    const QStringList candidates {QSettings().value(DirectoryKey).toString(),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()};
    for (const QString& candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir())
            return candidate;
    }
    return QDir::homePath();
}

QString ExportDialog::sessionsPath() const
{
    return m_path->text();
}

QString ExportDialog::statsPath() const
{
    return m_stats->isChecked() ? besideSessions(QStringLiteral("stats")) : QString();
}

QString ExportDialog::locksPath() const
{
    return m_locksAvailable && m_locks->isChecked() ? besideSessions(QStringLiteral("locks")) : QString();
}

QString ExportDialog::besideSessions(const QString& kind) const
{
    const QString sessions = sessionsPath();
    if (sessions.isEmpty())
        return {};
    const QLatin1String suffix("-sessions.csv");
    if (sessions.endsWith(suffix))
        return sessions.left(sessions.size() - suffix.size()) + QLatin1Char('-') + kind + QStringLiteral(".csv");
    const QFileInfo info(sessions);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') + kind + QStringLiteral(".csv");
}

QString ExportDialog::statementsPath() const
{
    return m_statements->isChecked() ? besideSessions(QStringLiteral("statements")) : QString();
}

bool ExportDialog::onlyShownRows() const
{
    return m_shown->isChecked();
}

void ExportDialog::browse()
{
    auto* chooser = new QFileDialog(this, tr("Export snapshot"), m_path->text(), tr("CSV files (*.csv)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->selectFile(m_path->text());
    connect(chooser, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    chooser->open();
}

void ExportDialog::onAccepted()
{
    const QString sessions = sessionsPath();
    if (sessions.isEmpty())
        return;
    QSettings().setValue(DirectoryKey, QFileInfo(sessions).absolutePath());
    emit exportRequested(sessions, statsPath(), onlyShownRows(), locksPath());
}
