// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testkeychain.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QUuid>

QString TestKeychain::uniqueId(const char* purpose)
{
    return QLatin1String("sessionscope-test-") + QLatin1String(purpose) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<KeychainStore::Result> TestKeychain::answerTo(QSignalSpy& spy, quint64 requestId)
{
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        for (const QList<QVariant>& arguments : std::as_const(spy)) {
            const auto result = arguments.at(0).value<KeychainStore::Result>();
            if (result.requestId == requestId)
                return result;
        }
        spy.wait(50);
    }
    return std::nullopt;
}

KeychainStore::Result TestKeychain::takeResult(QSignalSpy& spy)
{
    return spy.takeFirst().at(0).value<KeychainStore::Result>();
}

void TestKeychain::removeEntries(KeychainStore& store, const QStringList& ids)
{
    QSignalSpy finished(&store, &KeychainStore::finished);
    for (const QString& id : ids)
        answerTo(finished, store.remove(id));
}

bool TestKeychain::isRequired()
{
    return qEnvironmentVariableIntValue("SESSIONSCOPE_KEYCHAIN_REQUIRED") == 1;
}
