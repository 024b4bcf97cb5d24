// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text that came from a server or a file, made safe to show: control characters (terminal escape
// sequences, NUL, bell, C1 controls) and bidirectional overrides become U+FFFD, line breaks and
// tabs a space, and anything beyond `maxChars` is cut with an ellipsis. A terminal then cannot be
// cleared or retitled by an error message, a label cannot be reversed, and an 8 MB message stays
// one readable line.
namespace DisplayText {

constexpr int DefaultMaxChars = 1000;

QString sanitized(const QString& text, int maxChars = DefaultMaxChars);

} // namespace DisplayText
