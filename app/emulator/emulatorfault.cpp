// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulatorfault.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<EmulatorFault::Type, const char*>, 12> typeTable {{
    {EmulatorFault::Type::Http500, "http500"},
    {EmulatorFault::Type::Http503, "http503"},
    {EmulatorFault::Type::Throttling, "throttling"},
    {EmulatorFault::Type::ConnectionReset, "connectionReset"},
    {EmulatorFault::Type::Stall, "stall"},
    {EmulatorFault::Type::TruncatedBody, "truncatedBody"},
    {EmulatorFault::Type::InvalidJson, "invalidJson"},
    {EmulatorFault::Type::WrongTypes, "wrongTypes"},
    {EmulatorFault::Type::SuccessFalse, "successFalse"},
    {EmulatorFault::Type::StateFail, "stateFail"},
    {EmulatorFault::Type::NeverFinish, "neverFinish"},
    {EmulatorFault::Type::XmlError, "xmlError"},
}};

constexpr std::array<std::pair<EmulatorFault::Phase, const char*>, 3> phaseTable {{
    {EmulatorFault::Phase::Any, "any"},
    {EmulatorFault::Phase::First, "first"},
    {EmulatorFault::Phase::Poll, "poll"},
}};

} // namespace

bool EmulatorFault::appliesTo(bool isPoll) const
{
    switch (phase) {
    case Phase::Any:
        return true;
    case Phase::First:
        return !isPoll;
    case Phase::Poll:
        return isPoll;
    }
    return false;
}

QString EmulatorFault::typeName(Type type)
{
    for (const auto& [value, name] : typeTable) {
        if (value == type)
            return QLatin1String(name);
    }
    return {};
}

std::optional<EmulatorFault::Type> EmulatorFault::typeFromName(const QString& name)
{
    for (const auto& [value, text] : typeTable) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QStringList EmulatorFault::typeNames()
{
    QStringList names;
    for (const auto& entry : typeTable)
        names.append(QLatin1String(entry.second));
    return names;
}

QString EmulatorFault::phaseName(Phase phase)
{
    for (const auto& [value, name] : phaseTable) {
        if (value == phase)
            return QLatin1String(name);
    }
    return {};
}

std::optional<EmulatorFault::Phase> EmulatorFault::phaseFromName(const QString& name)
{
    for (const auto& [value, text] : phaseTable) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}
