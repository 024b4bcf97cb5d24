// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogwindow.h"

#include "exportdialog.h"

#include "actions/auditlog.h"
#include "actions/killplan.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The record a row came from, for the export.
constexpr int RecordRole = Qt::UserRole + 1;
constexpr int TargetRole = Qt::UserRole + 2;

} // namespace

AuditLogWindow::AuditLogWindow(const QString& path, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_path(path)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogWindow"));
    setWindowTitle(tr("Audit log"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_filter->setPlaceholderText(tr("Filter: user, instance, session, SQL, outcome…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* reloadButton = new QPushButton(tr("Reload"), this);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogWindow::reload);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogWindow::exportWithDialog);
    auto* pathLabel = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)), this);
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(reloadButton);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(pathLabel);

    reload();
    resize(1000, 480);
}

AuditLogWindow::~AuditLogWindow() = default;

void AuditLogWindow::reload()
{
    QString error;
    int unreadable = 0;
    const QList<AuditRecord> records = AuditLog::read(m_path, &error, &unreadable);
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("By"), tr("From"), tr("Instance"), tr("Mode"), tr("Session"),
        tr("User"), tr("Client"), tr("Database"), tr("Outcome"), tr("Why"), tr("SQL")});
    int rows = 0;
    for (qsizetype index = records.size() - 1; index >= 0; --index) {
        const AuditRecord& record = records.at(index);
        const QString by = record.osUser + QLatin1Char('@') + record.machine;
        const QString from = record.context.interface == QLatin1String("cli") ? tr("command line") : tr("window");
        const QString instance = record.context.profile.isEmpty()
            ? record.context.instance
            : tr("%1 (%2)").arg(record.context.profile, record.context.instance);
        const QString mode = record.mode == QLatin1String("query") ? tr("statement") : tr("connection");
        for (qsizetype targetIndex = 0; targetIndex < record.targets.size(); ++targetIndex) {
            const AuditRecord::Target& target = record.targets.at(targetIndex);
            const QString outcome
                = record.completed ? AuditLog::outcomeText(target.outcome) : AuditLog::outcomeText(QString());
            const QString why = !target.message.isEmpty() ? target.message : record.error;
            const QStringList cells {record.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), by,
                from, instance, mode, QString::number(target.sessionId), target.user, target.client, target.dbName,
                outcome, why, target.sql.simplified()};
            QList<QStandardItem*> items;
            for (int column = 0; column < cells.size(); ++column) {
                auto* item = new QStandardItem(cells.at(column));
                item->setData(column == 0 ? QVariant(record.time) : QVariant(cells.at(column)), Qt::UserRole);
                if (column == 5)
                    item->setData(target.sessionId, Qt::UserRole);
                item->setData(int(index), RecordRole);
                item->setData(int(targetIndex), TargetRole);
                item->setToolTip(column == cells.size() - 1 ? target.sql : cells.at(column));
                items.append(item);
            }
            m_model->appendRow(items);
            ++rows;
        }
    }
    m_view->resizeColumnsToContents();
    QStringList status;
    status.append(
        tr("%n kill(s)", nullptr, int(records.size())) + QStringLiteral(", ") + tr("%n target(s)", nullptr, rows));
    if (!error.isEmpty())
        status.append(error);
    if (unreadable > 0)
        status.append(tr("%n line(s) could not be read.", nullptr, unreadable));
    m_status->setText(status.join(QStringLiteral(" · ")));
}

QString AuditLogWindow::exportCsv(const QString& path) const
{
    // What the filter shows: the records and targets of the visible rows, in the file's order.
    const QList<AuditRecord> records = AuditLog::read(m_path);
    QList<AuditRecord> shown;
    QHash<int, QList<int>> targetsByRecord;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        targetsByRecord[index.data(RecordRole).toInt()].append(index.data(TargetRole).toInt());
    }
    for (qsizetype index = 0; index < records.size(); ++index) {
        const QList<int> targets = targetsByRecord.value(int(index));
        if (targets.isEmpty())
            continue;
        AuditRecord record = records.at(index);
        QList<AuditRecord::Target> kept;
        for (qsizetype target = 0; target < record.targets.size(); ++target) {
            if (targets.contains(int(target)))
                kept.append(record.targets.at(target));
        }
        record.targets = kept;
        shown.append(record);
    }
    QSaveFile file(path);
    const QByteArray csv = AuditLog::toCsv(shown);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void AuditLogWindow::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"),
        QDir(ExportDialog::proposedDirectory()).filePath(QStringLiteral("sessionscope-audit.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty())
        m_status->setText(error);
    else
        m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}
