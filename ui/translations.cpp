// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication* application)
{
    const QLocale locale;
    auto* qt = new QTranslator(application);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(application);
    if (own->load(locale, QStringLiteral("sessionscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("sessionscope_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

QString configuredLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setConfiguredLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QStringLiteral("ui/language"));
    else
        settings.setValue(QStringLiteral("ui/language"), code);
}

void applyConfiguredLanguage()
{
    const QString code = configuredLanguage();
    if (code == QLatin1String("en") || code == QLatin1String("zh_CN"))
        QLocale::setDefault(QLocale(code));
}

} // namespace Translations
