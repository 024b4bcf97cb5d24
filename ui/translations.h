// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Translations {

// Loads Qt's and SessionScope's translations for the user's locale. English is loaded when no
// better match exists, since it holds the plural forms of the source strings.
void install(QCoreApplication* application);

// The language chosen in View → Language ("en", "zh_CN"), or empty for the system's. Applied at the
// next start by applyConfiguredLanguage(), before install().
QString configuredLanguage();
void setConfiguredLanguage(const QString& code);
void applyConfiguredLanguage();

} // namespace Translations
