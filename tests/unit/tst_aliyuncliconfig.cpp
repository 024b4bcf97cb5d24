// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/aliyuncliconfig.h"
#include "credentials/credentialresolver.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

// Values that must never appear in a message.
constexpr char SecretValue[] = "S3cr3t-Value-Do-Not-Leak";
constexpr char TokenValue[] = "T0ken-Value-Do-Not-Leak";

QByteArray profileJson(const QByteArray& name, const QByteArray& mode, const QByteArray& extra = {})
{
    return "{\"name\": \"" + name + "\", \"mode\": \"" + mode + "\", \"access_key_id\": \"LTAI-" + name
        + "\", \"access_key_secret\": \"" + SecretValue + "\", \"sts_token\": \"" + TokenValue
        + "\", \"region_id\": \"cn-hangzhou\"" + extra + "}";
}

QByteArray configJson(const QByteArray& current, const QList<QByteArray>& profiles)
{
    QByteArray json = "{\"current\": \"" + current + "\", \"profiles\": [";
    for (qsizetype i = 0; i < profiles.size(); ++i)
        json += (i ? ", " : "") + profiles.at(i);
    return json + "], \"meta_path\": \"\"}";
}

void verifyNoSecret(const QString& text)
{
    QVERIFY2(!text.contains(QLatin1String(SecretValue)), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String(TokenValue)), qPrintable(text));
}

} // namespace

class TestAliyunCliConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modes_data();
    void modes();
    void brokenFiles_data();
    void brokenFiles();
    void selection_data();
    void selection();
    void everyTruncationIsHandled();
    void missingFileIsNoProfile();
    void loadHonoursProfileVariableAndPath();
    void unreadableAndHugeFiles();
    void brokenLinksAndFoldersAreNamed_data();
    void brokenLinksAndFoldersAreNamed();
    void resolverPrefersEnvironment();
    void resolverFallsBackToCliProfile();
    void resolverExplainsEveryLinkWhenNothingIsFound();
    void resolverExplicitKinds();

private:
    void writeConfig(const QByteArray& bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_configPath;
};

void TestAliyunCliConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configPath = m_dir->filePath(QStringLiteral("config.json"));
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", QFile::encodeName(m_configPath));
    qunsetenv("ALIBABA_CLOUD_PROFILE");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
}

void TestAliyunCliConfig::cleanup()
{
    qunsetenv("ALIBABA_CLOUD_CONFIG_FILE");
    qunsetenv("ALIBABA_CLOUD_PROFILE");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
    m_dir.reset();
}

void TestAliyunCliConfig::writeConfig(const QByteArray& bytes)
{
    QFile file(m_configPath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestAliyunCliConfig::modes_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("expectedToken");

    QTest::addRow("AK") << profileJson("p", "AK") << true << QString();
    QTest::addRow("StsToken") << profileJson("p", "StsToken") << true << QString::fromLatin1(TokenValue);
    for (const char* mode : {"RamRoleArn", "EcsRamRole", "ChainableRamRoleArn", "External", "CredentialsURI", "OIDC",
             "CloudSSO", "RsaKeyPair"})
        QTest::addRow("%s", mode) << profileJson("p", mode, ", \"ram_role_arn\": \"acs:ram::1:role/x\"") << false
                                  << QString();
}

void TestAliyunCliConfig::modes()
{
    QFETCH(QByteArray, profile);
    QFETCH(bool, usable);
    QFETCH(QString, expectedToken);
    const QString mode = QString::fromLatin1(QTest::currentDataTag());

    const AliyunCliConfig::Contents contents = AliyunCliConfig::parse(configJson("p", {profile}));
    QVERIFY2(contents.isValid(), qPrintable(contents.error));
    QCOMPARE(contents.profiles.size(), 1);
    const AliyunCliConfig::Profile& listed = contents.profiles.constFirst();
    QCOMPARE(listed.name, QStringLiteral("p"));
    QCOMPARE(listed.mode, mode);
    QCOMPARE(listed.regionId, QStringLiteral("cn-hangzhou"));
    QCOMPARE(listed.isUsable(), usable);

    const AliyunCliConfig::Selection selection = AliyunCliConfig::select(contents, {}, {});
    QCOMPARE(selection.profileName, QStringLiteral("p"));
    QCOMPARE(selection.mode, mode);
    if (usable) {
        QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::Selected);
        QCOMPARE(selection.key.id, QStringLiteral("LTAI-p"));
        QCOMPARE(selection.key.secret, QLatin1String(SecretValue));
        QCOMPARE(selection.key.securityToken, expectedToken);
    } else {
        QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::Failed);
        QVERIFY(!selection.key.isValid());
        QVERIFY2(selection.error.contains(QLatin1String("mode ") + mode), qPrintable(selection.error));
        QVERIFY2(selection.error.contains(QLatin1String("AK or StsToken")), qPrintable(selection.error));
        verifyNoSecret(selection.error);
    }
}

void TestAliyunCliConfig::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError"); // a fragment of the message

    const QByteArray ak = profileJson("p", "AK");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("is empty");
    QTest::addRow("whitespace") << QByteArray(" \n\t ") << QStringLiteral("is empty");
    QTest::addRow("invalid JSON") << QByteArray("{\"profiles\": [") << QStringLiteral("not valid JSON");
    QTest::addRow("invalid JSON after a secret") << "{\"profiles\": [{\"name\": \"p\", \"access_key_secret\": \""
            + QByteArray(SecretValue) + "\" oops" << QStringLiteral("at offset");
    QTest::addRow("top level list") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::addRow("missing profiles") << QByteArray("{\"current\": \"p\"}") << QStringLiteral("no \"profiles\" list");
    QTest::addRow("null profiles") << QByteArray("{\"profiles\": null}") << QStringLiteral("no \"profiles\" list");
    QTest::addRow("profiles is object") << QByteArray("{\"profiles\": {}}")
                                        << QStringLiteral("\"profiles\" must be a list, not an object");
    QTest::addRow("profiles is text") << QByteArray("{\"profiles\": \"p\"}")
                                      << QStringLiteral("\"profiles\" must be a list, not text");
    QTest::addRow("current is number") << "{\"current\": 3, \"profiles\": [" + ak + "]}"
                                       << QStringLiteral("\"current\" must be text, not a number");
    QTest::addRow("profile is number") << "{\"profiles\": [" + ak
            + ", 7]}" << QStringLiteral("Profile #2 in the Aliyun CLI configuration must be an object");
    QTest::addRow("profile without name")
        << "{\"profiles\": [{\"mode\": \"AK\", \"access_key_secret\": \"" + QByteArray(SecretValue) + "\"}]}"
        << QStringLiteral("Profile #1 in the Aliyun CLI configuration has no name");
    QTest::addRow("profile with empty name")
        << QByteArray("{\"profiles\": [{\"name\": \" \"}]}")
        << QStringLiteral("Profile #1 in the Aliyun CLI configuration has no name");
    QTest::addRow("name is number") << QByteArray("{\"profiles\": [{\"name\": 5}]}")
                                    << QStringLiteral("\"name\" must be text, not a number");
    QTest::addRow("duplicate names") << "{\"profiles\": [" + ak + ", " + ak + "]}"
                                     << QStringLiteral("two profiles named 'p'");
}

void TestAliyunCliConfig::brokenFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);

    const AliyunCliConfig::Contents contents = AliyunCliConfig::parse(json);
    QVERIFY(!contents.isValid());
    QVERIFY2(contents.error.contains(expectedError), qPrintable(contents.error));
    verifyNoSecret(contents.error);

    const AliyunCliConfig::Selection selection = AliyunCliConfig::select(contents, {}, {});
    QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::Failed);
    QCOMPARE(selection.error, contents.error);
    QVERIFY(!selection.key.isValid());
}

void TestAliyunCliConfig::selection_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("explicitName");
    QTest::addColumn<QString>("environmentName");
    QTest::addColumn<QString>("expectedProfile"); // empty: the selection fails
    QTest::addColumn<QString>("expectedError");

    const QByteArray two = configJson("dev", {profileJson("dev", "AK"), profileJson("prod", "StsToken")});
    QTest::addRow("current") << two << QString() << QString() << QStringLiteral("dev") << QString();
    QTest::addRow("ALIBABA_CLOUD_PROFILE beats current")
        << two << QString() << QStringLiteral("prod") << QStringLiteral("prod") << QString();
    QTest::addRow("explicit beats ALIBABA_CLOUD_PROFILE")
        << two << QStringLiteral("dev") << QStringLiteral("prod") << QStringLiteral("dev") << QString();
    QTest::addRow("explicit unknown") << two << QStringLiteral("staging") << QStringLiteral("prod") << QString()
                                      << QStringLiteral("has no profile named 'staging'");
    QTest::addRow("ALIBABA_CLOUD_PROFILE unknown")
        << two << QString() << QStringLiteral("staging") << QString()
        << QStringLiteral("ALIBABA_CLOUD_PROFILE names the profile 'staging'");
    QTest::addRow("unknown current") << configJson("gone", {profileJson("dev", "AK")}) << QString() << QString()
                                     << QString() << QStringLiteral("names 'gone' as its current profile");
    QTest::addRow("unknown current, explicit works")
        << configJson("gone", {profileJson("dev", "AK")}) << QStringLiteral("dev") << QString() << QStringLiteral("dev")
        << QString();
    QTest::addRow("empty current uses default")
        << configJson("", {profileJson("x", "AK"), profileJson("default", "AK")}) << QString() << QString()
        << QStringLiteral("default") << QString();
    QTest::addRow("empty current, no default") << configJson("", {profileJson("x", "AK")}) << QString() << QString()
                                               << QString() << QStringLiteral("names no current profile");
    QTest::addRow("no current key") << QByteArray("{\"profiles\": [" + profileJson("default", "AK") + "]}") << QString()
                                    << QString() << QStringLiteral("default") << QString();
    QTest::addRow("empty profiles") << configJson("dev", {}) << QString() << QString() << QString()
                                    << QStringLiteral("contains no profiles");
    QTest::addRow("AK without secret") << configJson(
        "p", {"{\"name\": \"p\", \"mode\": \"AK\", \"access_key_id\": \"LTAI-p\"}"})
                                       << QString() << QString() << QString()
                                       << QStringLiteral("'p' (mode AK) has no access_key_secret");
    QTest::addRow("AK with empty id") << configJson("p",
        {"{\"name\": \"p\", \"mode\": \"AK\", \"access_key_id\": \"\", \"access_key_secret\": \""
            + QByteArray(SecretValue) + "\"}"})
                                      << QString() << QString() << QString() << QStringLiteral("has no access_key_id");
    QTest::addRow("StsToken without token")
        << configJson("p",
               {"{\"name\": \"p\", \"mode\": \"StsToken\", \"access_key_id\": \"LTAI-p\", "
                "\"access_key_secret\": \""
                   + QByteArray(SecretValue) + "\", \"sts_token\": \"\"}"})
        << QString() << QString() << QString() << QStringLiteral("(mode StsToken) has no sts_token");
    QTest::addRow("secret is a number") << configJson("p",
        {"{\"name\": \"p\", \"mode\": \"AK\", \"access_key_id\": \"LTAI-p\", "
         "\"access_key_secret\": 12345}"})
                                        << QString() << QString() << QString()
                                        << QStringLiteral("access_key_secret must be text, not a number");
    QTest::addRow("mode is a list") << configJson("p", {"{\"name\": \"p\", \"mode\": [\"AK\"]}"}) << QString()
                                    << QString() << QString() << QStringLiteral("mode must be text, not a list");
    QTest::addRow("no mode") << configJson("p",
        {"{\"name\": \"p\", \"access_key_id\": \"LTAI-p\", \"access_key_secret\": \"" + QByteArray(SecretValue)
            + "\"}"}) << QString()
                             << QString() << QString() << QStringLiteral("'p' has no mode");
    QTest::addRow("unusable profile does not hide a usable one")
        << configJson("p", {profileJson("p", "RamRoleArn"), profileJson("q", "AK")}) << QStringLiteral("q") << QString()
        << QStringLiteral("q") << QString();
}

void TestAliyunCliConfig::selection()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, explicitName);
    QFETCH(QString, environmentName);
    QFETCH(QString, expectedProfile);
    QFETCH(QString, expectedError);

    const AliyunCliConfig::Contents contents = AliyunCliConfig::parse(json);
    QVERIFY2(contents.isValid(), qPrintable(contents.error));
    for (const AliyunCliConfig::Profile& profile : contents.profiles)
        verifyNoSecret(profile.problem);

    const AliyunCliConfig::Selection selection = AliyunCliConfig::select(contents, explicitName, environmentName);
    verifyNoSecret(selection.error);
    if (expectedProfile.isEmpty()) {
        QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::Failed);
        QVERIFY2(selection.error.contains(expectedError), qPrintable(selection.error));
        QVERIFY(!selection.key.isValid());
    } else {
        QVERIFY2(selection.status == AliyunCliConfig::Selection::Status::Selected, qPrintable(selection.error));
        QCOMPARE(selection.profileName, expectedProfile);
        QCOMPARE(selection.key.id, QLatin1String("LTAI-") + expectedProfile);
        QCOMPARE(selection.key.secret, QLatin1String(SecretValue));
        QVERIFY(selection.error.isEmpty());
    }
}

void TestAliyunCliConfig::everyTruncationIsHandled()
{
    const QByteArray json = configJson("p", {profileJson("p", "StsToken"), profileJson("q", "EcsRamRole")});
    int failures = 0;
    for (qsizetype length = 0; length <= json.size(); ++length) {
        const AliyunCliConfig::Contents contents = AliyunCliConfig::parse(json.left(length));
        if (!contents.isValid()) {
            ++failures;
            verifyNoSecret(contents.error);
        }
        const AliyunCliConfig::Selection selection = AliyunCliConfig::select(contents, {}, {});
        verifyNoSecret(selection.error);
    }
    QCOMPARE(failures, json.size()); // only the whole file is valid
    QVERIFY(AliyunCliConfig::parse(json).isValid());
}

void TestAliyunCliConfig::missingFileIsNoProfile()
{
    QVERIFY(!QFile::exists(m_configPath));
    const AliyunCliConfig::Selection selection = AliyunCliConfig::load();
    QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::NoConfig);
    QVERIFY(selection.error.isEmpty());
    QCOMPARE(selection.path, m_configPath);
}

void TestAliyunCliConfig::loadHonoursProfileVariableAndPath()
{
    QCOMPARE(AliyunCliConfig::configPath(), m_configPath);
    writeConfig(configJson("dev", {profileJson("dev", "AK"), profileJson("prod", "AK")}));

    QCOMPARE(AliyunCliConfig::load().profileName, QStringLiteral("dev"));
    qputenv("ALIBABA_CLOUD_PROFILE", "prod");
    AliyunCliConfig::Selection selection = AliyunCliConfig::load();
    QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::Selected);
    QCOMPARE(selection.profileName, QStringLiteral("prod"));
    QCOMPARE(selection.path, m_configPath);
    QCOMPARE(AliyunCliConfig::load(QStringLiteral("dev")).profileName, QStringLiteral("dev"));

    qunsetenv("ALIBABA_CLOUD_CONFIG_FILE");
    QVERIFY(AliyunCliConfig::configPath().endsWith(QLatin1String("/.aliyun/config.json")));
    QVERIFY(AliyunCliConfig::displayPath(AliyunCliConfig::configPath()).startsWith(QLatin1String("~/")));
}

void TestAliyunCliConfig::unreadableAndHugeFiles()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("config.json"))); // a directory cannot be read as a file
    AliyunCliConfig::Selection selection = AliyunCliConfig::load();
    QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::Failed);
    QVERIFY2(selection.error.contains(QLatin1String("is not a regular file")), qPrintable(selection.error));

    // A link to an endless device, and a FIFO nobody writes to: refused at once, never read or waited on.
    const QString zero = m_dir->filePath(QStringLiteral("zero.json"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", QFile::encodeName(zero));
    selection = AliyunCliConfig::load();
    QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::Failed);
    QVERIFY2(selection.error.contains(QLatin1String("is not a regular file")), qPrintable(selection.error));
    const QString fifo = m_dir->filePath(QStringLiteral("fifo.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", QFile::encodeName(fifo));
    selection = AliyunCliConfig::load();
    QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::Failed);
    QVERIFY2(selection.error.contains(QLatin1String("is not a regular file")), qPrintable(selection.error));

    const QString huge = m_dir->filePath(QStringLiteral("huge.json"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(5 * 1024 * 1024));
    file.close();
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", QFile::encodeName(huge));
    selection = AliyunCliConfig::load();
    QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::Failed);
    QVERIFY2(selection.error.contains(QLatin1String("larger than")), qPrintable(selection.error));
}

void TestAliyunCliConfig::brokenLinksAndFoldersAreNamed_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::addRow("dangling link") << QStringLiteral("dangling") << QStringLiteral("which does not exist");
    QTest::addRow("dangling folder link")
        << QStringLiteral("dangling-folder") << QStringLiteral("which does not exist");
    QTest::addRow("link loop") << QStringLiteral("loop") << QStringLiteral("form a loop");
    QTest::addRow("file as folder") << QStringLiteral("file-as-folder") << QStringLiteral("not a folder");
    QTest::addRow("unreadable folder") << QStringLiteral("unreadable") << QStringLiteral("permission");
}

void TestAliyunCliConfig::brokenLinksAndFoldersAreNamed()
{
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    const QDir dir(m_dir->path());
    QString path;
    if (setup == QLatin1String("dangling")) {
        path = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.json")), path));
    } else if (setup == QLatin1String("dangling-folder")) {
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone")), dir.filePath(QStringLiteral(".aliyun"))));
        path = dir.filePath(QStringLiteral(".aliyun/config.json"));
    } else if (setup == QLatin1String("loop")) {
        path = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("b.json")), path));
        QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("b.json"))));
    } else if (setup == QLatin1String("file-as-folder")) {
        QFile file(dir.filePath(QStringLiteral(".aliyun")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        path = dir.filePath(QStringLiteral(".aliyun/config.json"));
    } else {
        if (::geteuid() == 0)
            QSKIP("the superuser enters any folder");
        QVERIFY(dir.mkdir(QStringLiteral(".aliyun")));
        path = dir.filePath(QStringLiteral(".aliyun/config.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral(".aliyun")), QFileDevice::Permissions {}));
    }
    qputenv("ALIBABA_CLOUD_CONFIG_FILE", QFile::encodeName(path));
    const AliyunCliConfig::Selection selection = AliyunCliConfig::load();
    const auto restore = qScopeGuard([&] {
        if (setup == QLatin1String("unreadable"))
            QFile::setPermissions(dir.filePath(QStringLiteral(".aliyun")),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    // Not "there is no configuration": a file the user meant to have is broken, and the message says how.
    QCOMPARE(selection.status, AliyunCliConfig::Selection::Status::Failed);
    QVERIFY2(selection.error.contains(expected), qPrintable(selection.error));
    QVERIFY2(selection.error.contains(QLatin1String("config.json")), qPrintable(selection.error));
    // Read directly (as the instance dialog does), the file says the same.
    const AliyunCliConfig::Contents contents = AliyunCliConfig::readContents(path);
    QVERIFY2(contents.error.contains(expected), qPrintable(contents.error));
}

void TestAliyunCliConfig::resolverPrefersEnvironment()
{
    writeConfig(configJson("dev", {profileJson("dev", "AK")}));
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env");
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SecretValue);

    CredentialResolver resolver(nullptr);
    QSignalSpy spy(&resolver, &CredentialResolver::resolved);
    const quint64 request = resolver.resolve({});
    QVERIFY(spy.isEmpty()); // always answered from the event loop
    QVERIFY(spy.wait());
    const auto result = spy.takeFirst().at(0).value<CredentialResolver::Result>();
    QCOMPARE(result.requestId, request);
    QCOMPARE(result.origin, CredentialResolver::Origin::Environment);
    QCOMPARE(result.originText, QStringLiteral("environment (ALIBABA_CLOUD_ACCESS_KEY_ID)"));
    QCOMPARE(result.credential.accessKey()->id, QStringLiteral("LTAI-env"));

    qputenv("ALIBABA_CLOUD_SECURITY_TOKEN", TokenValue);
    resolver.resolve({CredentialReference::Kind::Environment, {}});
    QVERIFY(spy.wait());
    const auto sts = spy.takeFirst().at(0).value<CredentialResolver::Result>();
    QCOMPARE(sts.origin, CredentialResolver::Origin::Environment);
    QCOMPARE(sts.credential.accessKey()->securityToken, QLatin1String(TokenValue));
    QVERIFY(sts.originText.contains(QLatin1String("ALIBABA_CLOUD_SECURITY_TOKEN")));
}

void TestAliyunCliConfig::resolverFallsBackToCliProfile()
{
    writeConfig(configJson("prod", {profileJson("prod", "AK")}));
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-half"); // without the secret the environment does not count

    CredentialResolver resolver(nullptr);
    QSignalSpy spy(&resolver, &CredentialResolver::resolved);
    resolver.resolve({});
    QVERIFY(spy.wait());
    const auto result = spy.takeFirst().at(0).value<CredentialResolver::Result>();
    QCOMPARE(result.origin, CredentialResolver::Origin::CliProfile);
    QCOMPARE(result.credential.accessKey()->id, QStringLiteral("LTAI-prod"));
    QCOMPARE(result.regionId, QStringLiteral("cn-hangzhou"));
    QCOMPARE(result.originText, QStringLiteral("Aliyun CLI profile 'prod' (%1)").arg(m_configPath));
    QCOMPARE(CredentialResolver::cliProfileOriginText(
                 QStringLiteral("prod"), QDir::homePath() + QLatin1String("/.aliyun/config.json")),
        QStringLiteral("Aliyun CLI profile 'prod' (~/.aliyun/config.json)"));
}

void TestAliyunCliConfig::resolverExplainsEveryLinkWhenNothingIsFound()
{
    writeConfig(configJson("role", {profileJson("role", "RamRoleArn")}));

    CredentialResolver resolver(nullptr);
    QSignalSpy spy(&resolver, &CredentialResolver::resolved);
    resolver.resolve({});
    QVERIFY(spy.wait());
    const auto result = spy.takeFirst().at(0).value<CredentialResolver::Result>();
    QVERIFY(!result.isValid());
    QCOMPARE(result.origin, CredentialResolver::Origin::None);
    QVERIFY2(result.error.contains(QLatin1String("ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                                                 "are not set")),
        qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("mode RamRoleArn")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("No keychain credential is chosen")), qPrintable(result.error));
    verifyNoSecret(result.error);

    QVERIFY(QFile::remove(m_configPath));
    resolver.resolve({});
    QVERIFY(spy.wait());
    const auto noFile = spy.takeFirst().at(0).value<CredentialResolver::Result>();
    QVERIFY2(noFile.error.contains(QLatin1String("There is no Aliyun CLI configuration at")), qPrintable(noFile.error));
}

void TestAliyunCliConfig::resolverExplicitKinds()
{
    writeConfig(configJson("dev", {profileJson("dev", "AK"), profileJson("prod", "StsToken")}));
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env");
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SecretValue);

    CredentialResolver resolver(nullptr);
    QSignalSpy spy(&resolver, &CredentialResolver::resolved);

    // An explicit CLI profile wins over the environment.
    resolver.resolve({CredentialReference::Kind::CliProfile, QStringLiteral("prod")});
    QVERIFY(spy.wait());
    auto result = spy.takeFirst().at(0).value<CredentialResolver::Result>();
    QCOMPARE(result.origin, CredentialResolver::Origin::CliProfile);
    QCOMPARE(result.credential.accessKey()->securityToken, QLatin1String(TokenValue));

    resolver.resolve({CredentialReference::Kind::CliProfile, QStringLiteral("nope")});
    QVERIFY(spy.wait());
    result = spy.takeFirst().at(0).value<CredentialResolver::Result>();
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(QLatin1String("no profile named 'nope'")), qPrintable(result.error));

    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    resolver.resolve({CredentialReference::Kind::Environment, {}});
    QVERIFY(spy.wait());
    result = spy.takeFirst().at(0).value<CredentialResolver::Result>();
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(QLatin1String("ALIBABA_CLOUD_ACCESS_KEY_SECRET is not")), qPrintable(result.error));

    resolver.resolve({CredentialReference::Kind::Keychain, {}});
    QVERIFY(spy.wait());
    result = spy.takeFirst().at(0).value<CredentialResolver::Result>();
    QCOMPARE(result.error, QStringLiteral("No keychain credential is chosen."));
}

QTEST_GUILESS_MAIN(TestAliyunCliConfig)
#include "tst_aliyuncliconfig.moc"
