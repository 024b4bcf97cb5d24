// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionfield.h"

#include <QtGlobal>

#include <array>
#include <string_view>

// One session's reported fields as a response writes them, for a reader that copies them straight
// out (the sessions CSV of `convert`) rather than keeping sessions: no string is built for a cell
// that is only written once. Indexed by SessionField. Integer fields hold their value; text fields
// hold valid UTF-8 (the parser checked it, and unescaped what was escaped), numbers and booleans
// as their decimal or literal text; a null or missing field is 0 or empty. The texts point into the
// parser's buffers and last only until the next session.
struct SessionCells
{
    std::array<qint64, SessionFields::Count> integers {};
    std::array<std::string_view, SessionFields::Count> texts {};
};
