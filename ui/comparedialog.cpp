// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "models/diffcountmodel.h"
#include "models/snapshotdiffmodel.h"
#include "recording/momenttext.h"
#include "replaytimeline.h"
#include "sources/replaysource.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString momentText(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    return QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + at.time().toString(QStringLiteral("HH:mm:ss"));
}

QTableView* tableFor(QAbstractItemModel* model, int sortRole, int sortColumn, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto* view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

CompareDialog::CompareDialog(ReplaySource* source, const SnapshotPtr& shown, ReplayTimeline* timeline, QWidget* parent)
    : QDialog(parent)
    , m_source(source)
    , m_timeline(timeline)
    , m_shown(shown)
    , m_shownLabel(new QLabel(momentText(shown->snapshotTimeMs), this))
    , m_summary(new QLabel(this))
    , m_otherLabel(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_timeEdit(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_tabs(new QTabWidget(this))
    , m_sessions(new SnapshotDiffModel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare two moments"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_slider->setObjectName(QStringLiteral("compareSlider"));
    m_slider->setRange(0, int(source->entries().size()) - 1);
    m_timeEdit->setObjectName(QStringLiteral("compareTime"));
    m_timeEdit->setPlaceholderText(tr("or type a time: 03:12"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);

    auto* pick = new QHBoxLayout;
    pick->addWidget(m_slider, 1);
    pick->addWidget(m_timeEdit);
    auto* form = new QFormLayout;
    m_shownLabel->setObjectName(QStringLiteral("compareShown"));
    form->addRow(tr("Shown:"), m_shownLabel);
    form->addRow(tr("Compared with:"), m_otherLabel);
    form->addRow(QString(), pick);

    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->addTab(
        tableFor(m_sessions, SnapshotDiffModel::SortRole, SnapshotDiffModel::ChangeColumn, this), tr("Sessions"));
    const QString tabTitles[] = {tr("By user"), tr("By client"), tr("By database")};
    for (const Dimension dimension : {Dimension::User, Dimension::Client, Dimension::Database}) {
        m_counts[int(dimension)] = new DiffCountModel(dimension, this);
        QTableView* view
            = tableFor(m_counts[int(dimension)], DiffCountModel::SortRole, DiffCountModel::KeyColumn, this);
        view->horizontalHeader()->setStretchLastSection(false);
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tabs->addTab(view, tabTitles[int(dimension)]);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Return in the time field goes to that moment; it must not close the dialog.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
        m_otherIndex = index;
        if (m_source)
            m_otherLabel->setText(momentText(m_source->entries().at(index).takenAtMs));
        if (m_timeline)
            m_timeline->setMark(index);
        m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_source)
            m_source->readMoment(m_otherIndex);
    });
    connect(m_timeEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_source)
            return;
        const std::optional<qint64> at
            = Recording::parseMoment(m_timeEdit->text(), m_source->entries().constFirst().takenAtMs);
        if (!at) {
            m_summary->setText(
                tr("“%1” is not a time: write 03:12, 03:12:30 or 2026-12-01 03:12").arg(m_timeEdit->text()));
            return;
        }
        compareWith(m_source->positionAt(*at));
    });
    connect(source, &ReplaySource::momentRead, this, &CompareDialog::onMomentRead);
    connect(source, &ReplaySource::momentFailed, this, &CompareDialog::onMomentFailed);
}

CompareDialog::~CompareDialog()
{
    if (m_timeline)
        m_timeline->setMark(-1);
}

CompareDialog* CompareDialog::show(
    ReplaySource* source, const SnapshotPtr& shown, ReplayTimeline* timeline, QWidget* parent)
{
    auto* dialog = new CompareDialog(source, shown, timeline, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int here = source->positionAt(shown->snapshotTimeMs);
    dialog->compareWith(here > 0 ? here - 1 : std::min(here + 1, int(source->entries().size()) - 1));
    dialog->QDialog::show();
    return dialog;
}

void CompareDialog::compareWith(int index)
{
    if (!m_source || index < 0 || index >= m_source->entries().size())
        return;
    m_summary->setText(tr("Reading that moment…"));
    if (m_slider->value() == index) {
        m_otherIndex = index;
        m_otherLabel->setText(momentText(m_source->entries().at(index).takenAtMs));
        m_debounce->start();
    } else {
        m_slider->setValue(index);
    }
}

void CompareDialog::setShown(const SnapshotPtr& shown)
{
    if (!shown || shown == m_shown)
        return;
    m_shown = shown;
    m_shownLabel->setText(momentText(shown->snapshotTimeMs));
    if (m_other)
        showDiff();
}

void CompareDialog::onMomentRead(int index, const SnapshotPtr& other)
{
    // An answer for a moment since left behind is not shown.
    if (index != m_otherIndex || m_debounce->isActive())
        return;
    m_other = other;
    showDiff();
}

void CompareDialog::showDiff()
{
    const SnapshotPtr& other = m_other;
    const bool otherIsEarlier = other->snapshotTimeMs <= m_shown->snapshotTimeMs;
    const SnapshotPtr& earlier = otherIsEarlier ? other : m_shown;
    const SnapshotPtr& later = otherIsEarlier ? m_shown : other;
    const SnapshotDiff diff = SnapshotDiff::compare(earlier, later);
    m_sessions->setDiff(diff);
    for (DiffCountModel* model : m_counts)
        model->setDiff(diff);
    m_summary->setText(tr("From %1 to %2: %3 appeared, %4 vanished, %5 changed, %6 unchanged.")
                           .arg(momentText(earlier->snapshotTimeMs), momentText(later->snapshotTimeMs))
                           .arg(diff.appeared())
                           .arg(diff.vanished())
                           .arg(diff.changed())
                           .arg(diff.unchanged()));
    emit compared();
}

void CompareDialog::onMomentFailed(int index, const QString& error)
{
    if (index != m_otherIndex || m_debounce->isActive())
        return;
    m_other.reset();
    m_sessions->setDiff({});
    for (DiffCountModel* model : m_counts)
        model->setDiff({});
    m_summary->setText(tr("That moment cannot be compared: %1").arg(error));
    emit compared();
}
