// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsettings.h"

#include <QStringList>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<ConnectionSettings::SslMode, const char*>, 5> SslModeNames {{
    {ConnectionSettings::SslMode::Disabled, "disabled"},
    {ConnectionSettings::SslMode::Preferred, "preferred"},
    {ConnectionSettings::SslMode::Required, "required"},
    {ConnectionSettings::SslMode::VerifyCa, "verify-ca"},
    {ConnectionSettings::SslMode::VerifyIdentity, "verify-identity"},
}};

} // namespace

QString ConnectionSettings::target() const
{
    if (!socket.isEmpty())
        return socket;
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shownHost + QLatin1Char(':') + QString::number(port);
}

QString ConnectionSettings::driverHostName() const
{
    return socket.isEmpty() ? host : QStringLiteral("localhost");
}

QString ConnectionSettings::driverConnectOptions() const
{
    QStringList options {QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(connectTimeoutSeconds)};
    if (readTimeoutSeconds > 0) {
        options.append(QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(readTimeoutSeconds));
        options.append(QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=%1").arg(readTimeoutSeconds));
    }
    if (!socket.isEmpty())
        options.append(QStringLiteral("UNIX_SOCKET=") + socket);
    return options.join(QLatin1Char(';'));
}

QString ConnectionSettings::sslModeName(SslMode mode)
{
    for (const auto& [value, name] : SslModeNames) {
        if (value == mode)
            return QLatin1String(name);
    }
    return {};
}

bool ConnectionSettings::sslModeFromName(const QString& name, SslMode* mode)
{
    const QString wanted = name.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const auto& [value, text] : SslModeNames) {
        if (wanted == QLatin1String(text)) {
            *mode = value;
            return true;
        }
    }
    return false;
}
