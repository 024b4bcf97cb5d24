// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include "base/displaytext.h"
#include "base/fetcherror.h"

#include "durationtext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_age(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry now"), this))
    , m_resume(new QPushButton(tr("Resume refresh"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#errorBanner { background: #fde7e5; border: 1px solid #e3a7a1; border-radius: 3px; }"
                                 "#errorBanner QLabel { color: #4a0d08; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_age);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_resume, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_resume, &QPushButton::clicked, this, &ErrorBanner::resumeRequested);
    setVisible(false);
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const FetchError& error, qint64 staleSinceMs, bool paused)
{
    // What the service wrote is shown, not obeyed: no bidirectional override, no 8 MB line.
    QString text = tr("<b>%1</b>: %2")
                       .arg(DisplayText::sanitized(error.code(), 120).toHtmlEscaped(),
                           DisplayText::sanitized(error.message()).toHtmlEscaped());
    if (!error.requestId().isEmpty())
        text += tr(" <small>(request %1)</small>").arg(DisplayText::sanitized(error.requestId(), 120).toHtmlEscaped());
    text += QStringLiteral("<br>") + error.hint().toHtmlEscaped();
    if (paused)
        text += QStringLiteral("<br>")
            + tr("Automatic refresh is paused for this instance until you fix this and resume.").toHtmlEscaped();
    m_text->setText(text);
    m_resume->setVisible(paused);
    m_retry->setVisible(!paused);
    updateAge(staleSinceMs);
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
    return m_text->text() + QLatin1Char('\n') + m_age->text();
}
