// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Translations {

// Loads Qt's and SessionScope's translations for the user's locale. English is loaded when no
// better match exists, since it holds the plural forms of the source strings.
void install(QCoreApplication* application);

} // namespace Translations
