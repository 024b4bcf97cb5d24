// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialresolver.h"

#include "aliyuncliconfig.h"
#include "environmentcredentials.h"
#include "mysqloptionfile.h"

#include <QMetaObject>

CredentialResolver::CredentialResolver(KeychainStore* keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
{
    if (m_keychain)
        connect(m_keychain, &KeychainStore::finished, this, &CredentialResolver::onKeychainFinished);
}

QString CredentialResolver::environmentOriginText(const AccessKey& key)
{
    if (key.isSts())
        return tr("environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_SECURITY_TOKEN)");
    return tr("environment (ALIBABA_CLOUD_ACCESS_KEY_ID)");
}

QString CredentialResolver::cliProfileOriginText(const QString& profileName, const QString& path)
{
    return tr("Aliyun CLI profile '%1' (%2)").arg(profileName, AliyunCliConfig::displayPath(path));
}

QString CredentialResolver::keychainOriginText(const QString& credentialId, bool inMemoryOnly)
{
    if (inMemoryOnly)
        return tr("keychain entry '%1' (kept in memory for this session)").arg(credentialId);
    return tr("keychain entry '%1'").arg(credentialId);
}

quint64 CredentialResolver::resolve(const CredentialReference& reference)
{
    Waiting waiting;
    Result& result = waiting.result;
    result.requestId = m_nextRequestId++;
    result.reference = reference;
    const QString name = reference.name.trimmed();

    const auto useEnvironment = [&result] {
        const std::optional<AccessKey> key = EnvironmentCredentials::read();
        if (!key)
            return false;
        result.credential = *key;
        result.origin = Origin::Environment;
        result.originText = environmentOriginText(*key);
        return true;
    };
    const auto useCliProfile = [&result](const AliyunCliConfig::Selection& selection) {
        if (selection.status != AliyunCliConfig::Selection::Status::Selected)
            return false;
        result.credential = selection.key;
        result.regionId = selection.regionId;
        result.origin = Origin::CliProfile;
        result.originText = cliProfileOriginText(selection.profileName, selection.path);
        return true;
    };
    const auto noConfigText = [](const AliyunCliConfig::Selection& selection) {
        return tr("There is no Aliyun CLI configuration at %1.").arg(AliyunCliConfig::displayPath(selection.path));
    };

    switch (reference.kind) {
    case CredentialReference::Kind::Environment:
        if (!useEnvironment())
            result.error = tr("No credentials in the environment: %1").arg(EnvironmentCredentials::problem());
        break;
    case CredentialReference::Kind::CliProfile: {
        const AliyunCliConfig::Selection selection = AliyunCliConfig::load(name);
        if (!useCliProfile(selection)) {
            result.error = selection.status == AliyunCliConfig::Selection::Status::NoConfig ? noConfigText(selection)
                                                                                            : selection.error;
        }
        break;
    }
    case CredentialReference::Kind::Keychain:
        if (name.isEmpty()) {
            result.error = tr("No keychain credential is chosen.");
            break;
        }
        askKeychain(waiting);
        return result.requestId;
    case CredentialReference::Kind::DefaultChain: {
        if (useEnvironment())
            break;
        waiting.notes.append(EnvironmentCredentials::problem());
        const AliyunCliConfig::Selection selection = AliyunCliConfig::load();
        if (useCliProfile(selection))
            break;
        waiting.notes.append(selection.status == AliyunCliConfig::Selection::Status::NoConfig ? noConfigText(selection)
                                                                                              : selection.error);
        if (!name.isEmpty()) {
            askKeychain(waiting);
            return result.requestId;
        }
        waiting.notes.append(tr("No keychain credential is chosen."));
        result.error = noneFound(waiting.notes);
        break;
    }
    }
    finishLater(result);
    return result.requestId;
}

quint64 CredentialResolver::resolveLogin(const CredentialReference& reference, const QString& user)
{
    Waiting waiting;
    waiting.wantLogin = true;
    waiting.loginUser = user.trimmed();
    Result& result = waiting.result;
    result.requestId = m_nextRequestId++;
    result.reference = reference;
    const QString name = reference.name.trimmed();

    const auto useEnvironment = [&] {
        if (!qEnvironmentVariableIsSet("MYSQL_PWD"))
            return false;
        result.credential = DatabaseLogin {waiting.loginUser, qEnvironmentVariable("MYSQL_PWD")};
        result.origin = Origin::Environment;
        result.originText = tr("environment (MYSQL_PWD)");
        return true;
    };

    switch (reference.kind) {
    case CredentialReference::Kind::Keychain:
        if (name.isEmpty()) {
            result.error = tr("No keychain credential is chosen.");
            break;
        }
        askKeychain(waiting);
        return result.requestId;
    case CredentialReference::Kind::Environment:
        if (!useEnvironment())
            result.error = tr("MYSQL_PWD is not set.");
        break;
    case CredentialReference::Kind::CliProfile:
        result.error = tr("An Aliyun CLI profile holds no database password; choose the keychain or the default "
                          "chain for this server.");
        break;
    case CredentialReference::Kind::DefaultChain: {
        if (!name.isEmpty()) {
            askKeychain(waiting);
            return result.requestId;
        }
        const std::optional<MySqlOptionFile::Client> options = MySqlOptionFile::load();
        if (waiting.loginUser.isEmpty() && options && options->user)
            waiting.loginUser = *options->user;
        if (useEnvironment())
            break;
        if (options && options->password) {
            result.credential = DatabaseLogin {waiting.loginUser, *options->password};
            result.origin = Origin::OptionFile;
            result.originText = tr("option file %1").arg(AliyunCliConfig::displayPath(options->path));
            break;
        }
        result.credential = DatabaseLogin {waiting.loginUser, {}};
        result.origin = Origin::NoPassword;
        result.originText = tr("no password (MYSQL_PWD and ~/.my.cnf have none)");
        break;
    }
    }
    if (!result.credential.isValid() && result.error.isEmpty())
        result.error = tr("No database user is given.");
    finishLater(result);
    return result.requestId;
}

void CredentialResolver::askKeychain(Waiting waiting)
{
    if (!m_keychain) {
        waiting.notes.append(tr("The keychain cannot be asked."));
        waiting.result.error = noneFound(waiting.notes);
        finishLater(waiting.result);
        return;
    }
    const quint64 keychainRequest = m_keychain->read(waiting.result.reference.name.trimmed());
    m_waiting.insert(keychainRequest, waiting);
}

void CredentialResolver::onKeychainFinished(const KeychainStore::Result& answer)
{
    const auto it = m_waiting.find(answer.requestId);
    if (it == m_waiting.end())
        return;
    Waiting waiting = it.value();
    m_waiting.erase(it);

    Result& result = waiting.result;
    switch (answer.status) {
    case KeychainStore::Status::Ok:
        result.credential = answer.credential;
        if (waiting.wantLogin) {
            const DatabaseLogin* login = answer.credential.databaseLogin();
            if (!login) {
                result.credential = {};
                result.error = tr("The keychain entry '%1' holds an AccessKey, not a database password.")
                                   .arg(answer.credentialId);
                break;
            }
            // The entry keeps the password; the profile names the user.
            if (!waiting.loginUser.isEmpty())
                result.credential = DatabaseLogin {waiting.loginUser, login->password};
        }
        result.origin = Origin::Keychain;
        result.inMemoryOnly = answer.backend == KeychainStore::Backend::Memory;
        result.originText = keychainOriginText(answer.credentialId, result.inMemoryOnly);
        break;
    case KeychainStore::Status::NotFound:
        // From memory, "not found" only means the keychain could not be asked in this run.
        waiting.notes.append(answer.backend == KeychainStore::Backend::Memory
                // The entry's internal name means nothing to the user; what to do does.
                ? tr("The keychain is not available in this run, so the saved key cannot be read: unlock the "
                     "keychain and start SessionScope again, or edit the instance and type the key again.")
                : tr("No key is saved in the keychain for this instance: edit the instance and type the key "
                     "again."));
        result.error = noneFound(waiting.notes);
        break;
    case KeychainStore::Status::Failed:
        waiting.notes.append(answer.message);
        result.error = noneFound(waiting.notes);
        break;
    }
    finishLater(result);
}

QString CredentialResolver::noneFound(const QStringList& notes)
{
    if (notes.size() == 1)
        return notes.constFirst();
    return tr("No credentials found. %1").arg(notes.join(QLatin1Char(' ')));
}

void CredentialResolver::finishLater(const Result& result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { emit resolved(result); }, Qt::QueuedConnection);
}
