// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomeview.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomeView::WelcomeView(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(tr("SessionScope"), this))
    , m_summary(new QLabel(tr("Watch the sessions of your MySQL instances refresh live: who is connected, from "
                              "where, running what and for how long, and who is idle inside an open transaction."),
          this))
    , m_addInstance(new QCommandLinkButton(tr("Add an instance…"),
          tr("RDS MySQL, PolarDB MySQL or PolarDB-X, read through Alibaba Cloud DAS with your AccessKey."), this))
    , m_openDemo(new QCommandLinkButton(tr("Open the demo (local emulator)"),
          tr("Simulated sessions from a DAS emulator on this computer. No account and no key needed."), this))
    , m_import(new QPushButton(tr("Import profiles…"), this))
{
    setObjectName(QStringLiteral("welcomeView"));
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setAccessibleName(m_title->text());
    m_summary->setAlignment(Qt::AlignHCenter);
    m_summary->setWordWrap(true);
    m_icon->setAlignment(Qt::AlignHCenter);

    // The application icon is set by main(); tests and other hosts may have none, and an empty
    // frame there would look like a broken image.
    const QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        m_icon->hide();
    else
        m_icon->setPixmap(icon.pixmap(96, 96));

    // Framed, so that they read as the two things to press rather than as text; palette roles keep
    // a dark theme dark.
    for (QCommandLinkButton* button : {m_addInstance, m_openDemo})
        button->setMinimumHeight(64);
    setStyleSheet(
        QStringLiteral("QCommandLinkButton { border: 1px solid palette(mid); border-radius: 6px;"
                       " background: palette(base); padding: 10px 14px; }"
                       "QCommandLinkButton:hover, QCommandLinkButton:focus { border-color: palette(highlight); }"
                       "QCommandLinkButton:pressed { background: palette(button); }"));
    m_addInstance->setDefault(true);
    m_addInstance->setAutoDefault(true);
    m_import->setFlat(true);
    m_import->setCursor(Qt::PointingHandCursor);
    m_import->setToolTip(tr("Add the profiles of a JSON file exported by SessionScope."));

    // A fixed reading width keeps the sentence and the buttons together in a large window.
    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    auto* content = new QVBoxLayout(column);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(12);
    content->addWidget(m_icon);
    content->addWidget(m_title);
    content->addWidget(m_summary);
    content->addSpacing(16);
    content->addWidget(m_addInstance);
    content->addWidget(m_openDemo);
    content->addSpacing(4);
    content->addWidget(m_import, 0, Qt::AlignHCenter);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    updateFonts();

    connect(m_addInstance, &QCommandLinkButton::clicked, this, &WelcomeView::addInstanceRequested);
    connect(m_openDemo, &QCommandLinkButton::clicked, this, &WelcomeView::openDemoRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomeView::importRequested);
}

WelcomeView::~WelcomeView() = default;

void WelcomeView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateFonts();
}

// Derived from the widget's own font and palette so that the user's font size and a dark theme
// carry through.
void WelcomeView::updateFonts()
{
    const auto scaled = [this](qreal factor) {
        QFont scaledFont = font();
        // A font set in pixels reports no point size.
        if (scaledFont.pointSizeF() > 0)
            scaledFont.setPointSizeF(scaledFont.pointSizeF() * factor);
        else
            scaledFont.setPixelSize(qRound(scaledFont.pixelSize() * factor));
        return scaledFont;
    };
    QFont title = scaled(2.0);
    title.setBold(true);
    m_title->setFont(title);
    m_summary->setFont(scaled(1.15));

    QFont link = font();
    link.setUnderline(true);
    m_import->setFont(link);
    QPalette linkPalette = m_import->palette();
    linkPalette.setColor(QPalette::ButtonText, palette().color(QPalette::Link));
    m_import->setPalette(linkPalette);
}
