// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointpolicy.h"

#include <QHostAddress>
#include <QUrl>

QString EndpointPolicy::problem(const QUrl& endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return tr("The endpoint is not a valid URL with a host name.");
    const QString scheme = endpoint.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The endpoint must start with https://.");
    if (scheme == QLatin1String("http") && !isLoopbackHost(endpoint.host()))
        return tr("Plain http:// is allowed only for this computer (localhost); use https:// for %1.")
            .arg(endpoint.host());
    if (!endpoint.userInfo().isEmpty())
        return tr("The endpoint must not contain a user name or password.");
    if (endpoint.hasQuery() || endpoint.hasFragment())
        return tr("The endpoint must not contain a query or a fragment.");
    if (!endpoint.path().isEmpty() && endpoint.path() != QLatin1String("/"))
        return tr("The endpoint must not contain a path.");
    return {};
}

bool EndpointPolicy::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
