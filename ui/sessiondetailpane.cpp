// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiondetailpane.h"

#include "counttext.h"
#include "durationtext.h"
#include "sessions/sessionsnapshot.h"
#include "sessiontableview.h"
#include "sqlhighlighter.h"
#include "stalebadge.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum Field
{
    IdField,
    UserField,
    ClientField,
    AliasField,
    DbField,
    CommandField,
    TimeField,
    StateField,
    TrxIdField,
    TrxDurationField,
    TemplateField,
    LocksField,
    FieldCount
};

} // namespace

SessionDetailPane::SessionDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_sql(new QPlainTextEdit(this))
    , m_killBlocker(new QToolButton(this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setMargin(4);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #5b4300; border: 1px solid #e8d28a; }"));

    const QStringList labels {tr("Session ID"), tr("User"), tr("Client"), tr("Client alias"), tr("Database"),
        tr("Command"), tr("Time"), tr("State"), tr("Transaction"), tr("Transaction time"), tr("SQL template"),
        tr("Locks")};
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setContentsMargins(0, 0, 0, 0);
    for (const QString& label : labels) {
        auto* value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        m_values.append(value);
        m_form->addRow(label + QLatin1Char(':'), value);
    }

    m_sql->setReadOnly(true);
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setPlaceholderText(tr("No SQL"));
    m_sql->setObjectName(QStringLiteral("sqlText"));
    new SqlHighlighter(m_sql->document());

    auto* copy = new QToolButton(this);
    copy->setText(tr("Copy SQL"));
    copy->setToolTip(tr("Copy the full SQL text to the clipboard"));
    connect(copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(sqlText()); });

    m_killBlocker->setObjectName(QStringLiteral("killBlocker"));
    m_killBlocker->setVisible(false);
    connect(m_killBlocker, &QToolButton::clicked, this, [this] {
        if (m_blocker != 0)
            emit killBlockerRequested(m_blocker);
    });

    auto* sqlHeader = new QHBoxLayout;
    sqlHeader->addWidget(new QLabel(tr("SQL:"), this));
    sqlHeader->addStretch();
    sqlHeader->addWidget(copy);

    // Short of height (a small screen, a tall banner) the fields scroll; they never overlap. The SQL
    // has its own share below them, which the user can move.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("detailContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addLayout(m_form);
    layout->addWidget(m_killBlocker, 0, Qt::AlignLeft);
    layout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    // Values wrap to the pane's width, so it never needs to scroll sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    auto* sqlPane = new QWidget;
    auto* sqlLayout = new QVBoxLayout(sqlPane);
    sqlLayout->setContentsMargins(6, 2, 6, 6);
    sqlLayout->addLayout(sqlHeader);
    sqlLayout->addWidget(m_sql, 1);
    m_sql->setMinimumHeight(fontMetrics().height() * 3);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("detailSplitter"));
    split->addWidget(scroll);
    split->addWidget(sqlPane);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(split);
    m_content = content;
    m_staleBadge = new StaleBadge(scroll);
    clear();
}

SessionDetailPane::~SessionDetailPane() = default;

QString SessionDetailPane::seconds(qint64 value)
{
    // As the table writes it: the locale's grouping, and hours and minutes beside a long time.
    const int count = int(std::min<qint64>(value, INT_MAX));
    QString text = CountText::grouped(tr("%n s", nullptr, count), count);
    if (value >= 60)
        text += QStringLiteral(" (") + DurationText::compact(value) + QLatin1Char(')');
    return text;
}

void SessionDetailPane::setKillAvailable(bool available)
{
    m_killAvailable = available;
    updateKillBlocker();
}

void SessionDetailPane::updateKillBlocker()
{
    m_killBlocker->setVisible(m_killAvailable && m_blocker != 0 && !m_ended);
}

QString SessionDetailPane::lockText(const Session& session, const SessionSnapshot* snapshot)
{
    if (!snapshot || !snapshot->lockWaitsKnown)
        return tr("not reported by this source");
    QStringList lines;
    for (const LockWait& wait : snapshot->lockWaits) {
        if (wait.waitingSessionId != session.sessionId)
            continue;
        const auto blocker = std::find_if(snapshot->sessions.cbegin(), snapshot->sessions.cend(),
            [&](const Session& candidate) { return candidate.sessionId == wait.blockingSessionId; });
        QString who;
        if (blocker != snapshot->sessions.cend()) {
            who = blocker->isIdleInTransaction()
                ? tr("%1, idle in transaction for %n s", nullptr, int(std::min<qint64>(blocker->trxDuration, INT_MAX)))
                      .arg(blocker->user)
                : tr("%1, %2").arg(blocker->user, blocker->command);
        }
        QString line = who.isEmpty()
            ? tr("Waiting for a lock held by session %1").arg(wait.blockingSessionId)
            : tr("Waiting for a lock held by session %1 (%2)").arg(wait.blockingSessionId).arg(who);
        if (!wait.lockedTable.isEmpty())
            line += tr(" on %1").arg(wait.lockedTable);
        lines.append(line);
    }
    if (const qsizetype blocked = snapshot->blockedBy(session.sessionId).size(); blocked > 0)
        lines.append(tr("Blocks %n session(s)", nullptr, int(blocked)));
    return lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n'));
}

void SessionDetailPane::showSession(const Session& session, const SessionSnapshot* snapshot)
{
    const bool sameSession = m_sessionId == session.sessionId;
    m_sessionId = session.sessionId;
    m_ended = false;
    m_title->setText(tr("Session %1").arg(session.sessionId));
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("—") : value; };
    m_values[IdField]->setText(QString::number(session.sessionId));
    m_values[UserField]->setText(text(session.user));
    m_values[ClientField]->setText(text(session.client));
    m_values[AliasField]->setText(text(session.userClientAlias));
    m_values[DbField]->setText(session.dbName.isNull() ? tr("(none)") : session.dbName);
    QString command = text(session.command);
    if (session.isIdleInTransaction())
        command += tr(" — idle in transaction");
    m_values[CommandField]->setText(command);
    m_values[TimeField]->setText(seconds(session.time));
    m_values[StateField]->setText(text(session.state));
    m_values[TrxIdField]->setText(text(session.trxId));
    m_values[TrxDurationField]->setText(session.trxId.isEmpty() ? QStringLiteral("—") : seconds(session.trxDuration));
    m_values[TemplateField]->setText(text(session.sqlTemplateId));
    m_values[LocksField]->setText(lockText(session, snapshot));
    // A session that holds others up is the one to look at first.
    const bool involved
        = snapshot && (snapshot->blockerOf(session.sessionId) || !snapshot->blockedBy(session.sessionId).isEmpty());
    m_values[LocksField]->setStyleSheet(involved ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    // The session that holds the lock: this one when others wait for it, else the one it waits for.
    m_blocker = 0;
    if (snapshot && !snapshot->blockedBy(session.sessionId).isEmpty())
        m_blocker = session.sessionId;
    else if (snapshot)
        m_blocker = snapshot->blockerOf(session.sessionId);
    m_killBlocker->setText(m_blocker == session.sessionId ? tr("Kill this blocker…")
                                                          : tr("Kill the blocker (session %1)…").arg(m_blocker));
    updateKillBlocker();

    // Replacing the text resets the user's scroll position and selection; only do it on change.
    if (!sameSession || m_sqlText != session.sqlText) {
        m_sqlText = session.sqlText;
        // Control characters escaped, not drawn as boxes; Copy SQL copies the statement as it is.
        m_sql->setPlainText(SessionTableView::escapedControls(session.sqlText, true));
    }

    if (looksTruncated(session.sqlText)) {
        m_notice->setText(tr("This SQL text looks cut off by the server (%1 characters); the statement may be "
                             "longer.")
                              .arg(session.sqlText.size()));
        m_notice->setVisible(true);
    } else {
        m_notice->setVisible(false);
    }
    setEnabled(true);
}

void SessionDetailPane::markEnded()
{
    if (!m_sessionId || m_ended)
        return;
    m_ended = true;
    m_title->setText(tr("Session %1 — ended").arg(*m_sessionId));
    m_notice->setText(tr("This session is no longer in the latest snapshot: it ended. Its last known state is "
                         "shown."));
    m_notice->setVisible(true);
    updateKillBlocker();
}

void SessionDetailPane::clear()
{
    m_sessionId.reset();
    m_ended = false;
    m_title->setText(tr("No session selected"));
    for (QLabel* value : std::as_const(m_values))
        value->clear();
    m_sql->clear();
    m_sqlText.clear();
    m_notice->setVisible(false);
    m_blocker = 0;
    updateKillBlocker();
}

QString SessionDetailPane::sqlText() const
{
    return m_sqlText;
}

void SessionDetailPane::setStaleSince(qint64 lastGoodMs)
{
    const bool wasStale = m_staleBadge->isStale();
    m_staleBadge->setStaleSince(lastGoodMs);
    if (wasStale == (lastGoodMs > 0))
        return;
    // Greyed, as the summary strip's figures are: the texts only. A palette set on the pane would
    // spread to its buttons, which the style caches by palette, and each stale spell would leave
    // another set of their drawings in QPixmapCache.
    QPalette palette = this->palette();
    if (lastGoodMs > 0) {
        const QColor grey = palette.color(QPalette::Disabled, QPalette::WindowText);
        palette.setColor(QPalette::WindowText, grey);
        palette.setColor(QPalette::Text, grey);
    }
    for (QLabel* label : m_content->findChildren<QLabel*>())
        label->setPalette(lastGoodMs > 0 ? palette : QPalette());
    m_sql->setPalette(lastGoodMs > 0 ? palette : QPalette());
}

bool SessionDetailPane::isStaleShown() const
{
    return m_staleBadge->isStale();
}

QString SessionDetailPane::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

bool SessionDetailPane::looksTruncated(const QString& sql)
{
    // PROCESSLIST.INFO and performance_schema digests cut statements at these sizes; DAS relays them.
    static constexpr qsizetype limits[] = {1024, 2048, 4096, 8192, 65535};
    const qsizetype utf8Size = sql.toUtf8().size();
    for (const qsizetype limit : limits) {
        if (sql.size() == limit || utf8Size == limit)
            return true;
    }
    return sql.endsWith(QLatin1String("...")) && sql.size() >= 100;
}
