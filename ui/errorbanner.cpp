// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include "base/displaytext.h"
#include "base/fetcherror.h"

#include "durationtext.h"
#include "elidedlabel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_summary(new ElidedLabel(this))
    , m_hint(new ElidedLabel(this))
    , m_age(new ElidedLabel(this))
    , m_details(new QPushButton(tr("Details…"), this))
    , m_retry(new QPushButton(tr("Retry now"), this))
    , m_resume(new QPushButton(tr("Resume refresh"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#errorBanner { background: #fde7e5; border: 1px solid #e3a7a1; border-radius: 3px; }"
                                 "#errorBanner QLabel, #errorBanner ElidedLabel { color: #4a0d08; }"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setObjectName(QStringLiteral("errorSummary"));
    m_hint->setObjectName(QStringLiteral("errorHint"));
    m_age->setObjectName(QStringLiteral("errorAge"));
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setToolTip(tr("Show the whole message"));
    m_retry->setObjectName(QStringLiteral("errorRetry"));
    m_resume->setObjectName(QStringLiteral("errorResume"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(1);
    texts->addWidget(m_summary);
    texts->addWidget(m_hint);
    texts->addWidget(m_age);
    layout->addLayout(texts, 1);
    layout->addWidget(m_details, 0, Qt::AlignTop);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_resume, 0, Qt::AlignTop);
    connect(m_details, &QPushButton::clicked, this, &ErrorBanner::showDetails);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_resume, &QPushButton::clicked, this, &ErrorBanner::resumeRequested);
    setVisible(false);
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const FetchError& error, qint64 staleSinceMs, bool paused)
{
    // What the service wrote is shown, not obeyed: no bidirectional override, no 8 MB line.
    QString summary
        = tr("%1: %2").arg(DisplayText::sanitized(error.code(), 120), DisplayText::sanitized(error.message()));
    if (!error.requestId().isEmpty())
        summary += tr(" (request %1)").arg(DisplayText::sanitized(error.requestId(), 120));
    QString hint = error.hint();
    if (paused)
        hint += (hint.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("Automatic refresh is paused for this instance until you fix this and resume.");
    m_summary->setText(summary);
    m_hint->setText(hint);
    m_resume->setVisible(paused);
    m_retry->setVisible(!paused);
    updateAge(staleSinceMs);
    setToolTip(text());
    setVisible(true);
}

void ErrorBanner::updateAge(qint64 staleSinceMs)
{
    if (staleSinceMs <= 0) {
        m_age->setText(tr("No snapshot has been taken yet."));
        return;
    }
    const qint64 age = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - staleSinceMs) / 1000);
    m_age->setText(tr("Showing the last good snapshot, taken %1 (%2 ago): its figures are stale.")
                       .arg(QDateTime::fromMSecsSinceEpoch(staleSinceMs).toString(QStringLiteral("HH:mm:ss")),
                           DurationText::age(age)));
}

QString ErrorBanner::text() const
{
    QStringList lines {m_summary->text()};
    if (!m_hint->text().isEmpty())
        lines.append(m_hint->text());
    lines.append(m_age->text());
    return lines.join(QLatin1Char('\n'));
}

void ErrorBanner::showDetails()
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Error details"), text(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("errorDetailsBox"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
