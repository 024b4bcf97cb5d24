// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QPushButton;

// What the window shows while there is no instance profile: what SessionScope is, and the two ways
// to start (add a real instance, or watch the local emulator), so that a first run is never a blank
// window.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget* parent = nullptr);
    ~WelcomeView() override;

    QCommandLinkButton* addInstanceButton() const { return m_addInstance; }
    QCommandLinkButton* openDemoButton() const { return m_openDemo; }
    QPushButton* importButton() const { return m_import; }

signals:
    void addInstanceRequested();
    void openDemoRequested();
    void importRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateFonts();

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_summary;
    QCommandLinkButton* m_addInstance;
    QCommandLinkButton* m_openDemo;
    QPushButton* m_import;
};
