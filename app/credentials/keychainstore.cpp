// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace {

// Read by probe(); never written, so any answer but "not found" or a value means no keychain.
const QString ProbeKey = QStringLiteral("sessionscope-availability-probe");

QString serviceName()
{
    return QLatin1String(KeychainStore::ServiceName);
}

} // namespace

KeychainStore::KeychainStore(QObject* parent)
    : QObject(parent)
{ }

// Jobs still running are not children: QtKeychain's libsecret callbacks hold raw pointers to them,
// so they must live until they finish and delete themselves. Their connections to this store end
// with it.
KeychainStore::~KeychainStore() = default;

quint64 KeychainStore::read(const QString& credentialId)
{
    return start(Operation::Read, credentialId, {});
}

quint64 KeychainStore::write(const QString& credentialId, const Credential& credential)
{
    return start(Operation::Write, credentialId, credential);
}

quint64 KeychainStore::remove(const QString& credentialId)
{
    return start(Operation::Remove, credentialId, {});
}

quint64 KeychainStore::probe()
{
    return start(Operation::Probe, {}, {});
}

QByteArray KeychainStore::encode(const Credential& credential)
{
    QJsonObject object;
    if (const DatabaseLogin* login = credential.databaseLogin()) {
        object = {
            {QStringLiteral("kind"), QStringLiteral("database")},
            {QStringLiteral("user"), login->user},
            {QStringLiteral("password"), login->password},
        };
    } else if (const AccessKey* key = credential.accessKey()) {
        object = {
            {QStringLiteral("id"), key->id},
            {QStringLiteral("secret"), key->secret},
            {QStringLiteral("token"), key->securityToken},
        };
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Credential> KeychainStore::decode(const QByteArray& blob)
{
    const QJsonDocument document = QJsonDocument::fromJson(blob);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const auto optionalText
        = [](const QJsonValue& value) { return value.isString() || value.isUndefined() || value.isNull(); };
    if (object.value(QLatin1String("kind")) == QLatin1String("database")) {
        const QJsonValue user = object.value(QLatin1String("user"));
        const QJsonValue password = object.value(QLatin1String("password"));
        if (!user.isString() || !optionalText(password))
            return std::nullopt;
        const DatabaseLogin login {user.toString(), password.toString()};
        if (!login.isValid())
            return std::nullopt;
        return Credential(login);
    }
    const QJsonValue id = object.value(QLatin1String("id"));
    const QJsonValue secret = object.value(QLatin1String("secret"));
    const QJsonValue token = object.value(QLatin1String("token"));
    if (!id.isString() || !secret.isString() || !optionalText(token))
        return std::nullopt;
    const AccessKey key {id.toString(), secret.toString(), token.toString()};
    if (!key.isValid())
        return std::nullopt;
    return Credential(key);
}

quint64 KeychainStore::start(Operation operation, const QString& credentialId, const Credential& credential)
{
    Pending pending;
    pending.result.requestId = m_nextRequestId++;
    pending.result.operation = operation;
    pending.result.credentialId = credentialId.trimmed();
    pending.credential = credential;

    if (operation != Operation::Probe && pending.result.credentialId.isEmpty()) {
        pending.result.backend = m_backend;
        pending.result.message = tr("No credential id was given.");
        finishLater(pending.result);
    } else if (operation == Operation::Write && !credential.isValid()) {
        pending.result.backend = m_backend;
        pending.result.message = credential.kind() == Credential::Kind::DatabaseLogin
            ? tr("The credential '%1' needs a database user name.").arg(pending.result.credentialId)
            : tr("The credential '%1' needs both an AccessKey ID and an AccessKey secret.")
                  .arg(pending.result.credentialId);
        finishLater(pending.result);
    } else if (m_backend == Backend::Memory) {
        serveFromMemory(pending);
    } else {
        startJob(pending);
    }
    return pending.result.requestId;
}

void KeychainStore::startJob(const Pending& pending)
{
    QKeychain::Job* job = nullptr;
    switch (pending.result.operation) {
    case Operation::Read:
    case Operation::Probe:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(QString::fromUtf8(encode(pending.credential)));
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(pending.result.operation == Operation::Probe ? ProbeKey : pending.result.credentialId);
    connect(job, &QKeychain::Job::finished, this,
        [this, pending](QKeychain::Job* finishedJob) { onJobFinished(finishedJob, pending); });
    job->start();
}

void KeychainStore::onJobFinished(QKeychain::Job* job, const Pending& pending)
{
    Result result = pending.result;
    result.backend = Backend::Keychain;

    switch (job->error()) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        if (result.operation == Operation::Read) {
            const auto* readJob = qobject_cast<const QKeychain::ReadPasswordJob*>(job);
            const std::optional<Credential> credential = readJob ? decode(readJob->binaryData()) : std::nullopt;
            if (credential) {
                result.credential = *credential;
            } else {
                result.status = Status::Failed;
                result.message = tr("The keychain entry '%1' was not written by SessionScope or is damaged; save "
                                    "the credential again.")
                                     .arg(result.credentialId);
            }
        }
        break;
    case QKeychain::EntryNotFound:
        // A probe only asks whether the keychain answers; removing what is not there leaves it removed.
        result.status = result.operation == Operation::Read ? Status::NotFound : Status::Ok;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = Status::Failed;
        result.message
            = tr("The keychain entry '%1' could not be deleted: %2").arg(result.credentialId, job->errorString());
        break;
    case QKeychain::NoBackendAvailable:
        switchToMemory(tr("no keychain service is running"));
        serveFromMemory(pending);
        return;
    case QKeychain::NotImplemented:
        switchToMemory(tr("this system has no supported keychain"));
        serveFromMemory(pending);
        return;
    case QKeychain::AccessDeniedByUser:
        // The user said no to the keychain's own prompt: the keychain is there, and asking again is
        // the user's choice, so this write fails and nothing moves to memory.
        result.status = Status::Failed;
        result.message = promptCancelledMessage();
        break;
    case QKeychain::AccessDenied:
        switchToMemory(tr("the keychain is locked or refused access"));
        serveFromMemory(pending);
        return;
    case QKeychain::OtherError: {
        if (result.operation == Operation::Write && isRefusedKeyringCreation(job->errorString())) {
            result.status = Status::Failed;
            result.message = promptCancelledMessage();
            break;
        }
        // The Secret Service backend reports every D-Bus failure (no bus, no service, timeout) as
        // OtherError; none of them leaves a keychain to use.
        QString reason = job->errorString().trimmed();
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        switchToMemory(reason.isEmpty() ? tr("the keychain service did not answer")
                                        : tr("the keychain service could not be reached: %1").arg(reason));
        serveFromMemory(pending);
        return;
    }
    }
    finishLater(result);
}

// With no keyring yet, the Secret Service asks the user for the password of a new one before the
// first write. When that prompt is cancelled (or cannot be shown), gnome-keyring answers the write
// with the collection it did not create: "Object does not exist at path
// “/org/freedesktop/secrets/collection/login”". That is the user's answer, not a missing service.
bool KeychainStore::isRefusedKeyringCreation(const QString& errorString)
{
    return errorString.contains(QLatin1String("/org/freedesktop/secrets/collection/"))
        && errorString.contains(QLatin1String("does not exist"), Qt::CaseInsensitive);
}

QString KeychainStore::promptCancelledMessage()
{
    return tr("the system keychain asked for a password for a new keyring and that prompt was cancelled or could "
              "not be shown, so nothing was saved. Save again to answer the prompt.");
}

void KeychainStore::serveFromMemory(Pending pending)
{
    Result& result = pending.result;
    result.backend = Backend::Memory;
    result.status = Status::Ok;
    switch (result.operation) {
    case Operation::Read: {
        const auto it = m_memory.constFind(result.credentialId);
        if (it == m_memory.constEnd())
            result.status = Status::NotFound;
        else
            result.credential = it.value();
        break;
    }
    case Operation::Write:
        m_memory.insert(result.credentialId, pending.credential);
        break;
    case Operation::Remove:
        m_memory.remove(result.credentialId);
        break;
    case Operation::Probe:
        break;
    }
    finishLater(result);
}

void KeychainStore::switchToMemory(const QString& reason)
{
    if (m_backend == Backend::Memory)
        return;
    m_backend = Backend::Memory;
    m_unavailableMessage = tr("No keychain is available (%1); secrets entered now are kept in memory until "
                              "SessionScope quits and are not saved.")
                               .arg(reason);
    emit keychainUnavailable(m_unavailableMessage);
}

// Always from the event loop, so that callers can connect after calling and results keep their order.
void KeychainStore::finishLater(const Result& result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}
