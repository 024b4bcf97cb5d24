// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CountText {

// A translated plural ("41903 threads": tr()'s %n writes the count without the locale's grouping)
// with the count written as every other figure is ("41,903 threads"). Digits that are part of a
// longer number are left alone.
QString grouped(const QString& text, qint64 count);

} // namespace CountText
