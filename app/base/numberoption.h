// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// A number given on a command line, read strictly: finite, within [min, max], nothing else. "nan",
// "inf", "1e10" for a timeout, "0" for a poll interval or "abc" for an interval are refused rather
// than turned into something that quietly disables a limit.
namespace NumberOption {

std::optional<double> read(const QString& text, double min, double max);
// Whole numbers only ("5", not "5.5").
std::optional<int> readInteger(const QString& text, int min, int max);

} // namespace NumberOption
