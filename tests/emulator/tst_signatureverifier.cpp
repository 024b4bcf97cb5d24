// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/credential.h"
#include "emulator/signatureverifier.h"

#include <QCryptographicHash>
#include <QTest>

// The emulator's signature check on its own, against Alibaba Cloud's published ACS3-HMAC-SHA256
// example ("Fixed parameter values"), with no help from the app's signer: the two implementations
// meet only in the end-to-end tests.

Q_DECLARE_METATYPE(SignatureVerifier::Request)

namespace {

const AccessKey officialKey {QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), {}};
const QDateTime officialTime = QDateTime::fromString(QStringLiteral("2023-10-26T10:22:32Z"), Qt::ISODate);
constexpr char emptyBodyHash[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
constexpr char officialSignature[] = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";

QByteArray authorization(const QByteArray& signedHeaders, const QByteArray& signature)
{
    return "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=" + signedHeaders + ",Signature=" + signature;
}

SignatureVerifier::Request officialRequest()
{
    SignatureVerifier::Request request;
    request.method = "POST";
    request.query = {
        {QStringLiteral("ImageId"), QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")},
        {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")},
    };
    request.headers = {
        {"host", "ecs.cn-shanghai.aliyuncs.com"},
        {"x-acs-action", "RunInstances"},
        {"x-acs-version", "2014-05-26"},
        {"x-acs-date", "2023-10-26T10:22:32Z"},
        {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
        {"x-acs-content-sha256", emptyBodyHash},
        {"Authorization",
            authorization("host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
                officialSignature)},
    };
    return request;
}

void setHeader(SignatureVerifier::Request& request, const QByteArray& name, const QByteArray& value)
{
    for (auto& header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            header.second = value;
    }
}

SignatureVerifier::Outcome verify(const SignatureVerifier::Request& request, const AccessKey& key = officialKey)
{
    SignatureVerifier verifier;
    verifier.setAccessKey(key);
    return verifier.verify(request, officialTime);
}

// The query line of a canonical request: its third line.
QByteArray queryLine(const QByteArray& canonicalRequest)
{
    const QList<QByteArray> lines = canonicalRequest.split('\n');
    return lines.size() > 2 ? lines.at(2) : QByteArray();
}

} // namespace

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

private slots:
    void acceptsOfficialVector();
    void rejectsOneCharacterChange_data();
    void rejectsOneCharacterChange();
    void canonicalFormIgnoresOrderAndCase();
    void unsignedHeadersStayOut();
    void percentEncodesQuery_data();
    void percentEncodesQuery();
    void joinsRepeatedHeaders();
    void rejectsUnknownAccessKeyId();
};

void TestSignatureVerifier::acceptsOfficialVector()
{
    const SignatureVerifier::Outcome outcome = verify(officialRequest());
    QVERIFY2(outcome.ok, qPrintable(outcome.code + QLatin1Char(' ') + outcome.message));
    QCOMPARE(outcome.httpStatus, 200);
    QCOMPARE(outcome.canonicalRequest,
        QByteArray("POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                   "host:ecs.cn-shanghai.aliyuncs.com\n"
                   "x-acs-action:RunInstances\n"
                   "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                   "x-acs-date:2023-10-26T10:22:32Z\n"
                   "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
                   "x-acs-version:2014-05-26\n"
                   "\n"
                   "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(outcome.stringToSign,
        QByteArray("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
}

void TestSignatureVerifier::rejectsOneCharacterChange_data()
{
    QTest::addColumn<SignatureVerifier::Request>("request");
    QTest::addColumn<QString>("secret");

    const QString secret = officialKey.secret;
    QTest::addRow("secret") << officialRequest() << QStringLiteral("YourAccessKeySecreT");

    const auto withHeader = [](const QByteArray& name, const QByteArray& value) {
        SignatureVerifier::Request request = officialRequest();
        setHeader(request, name, value);
        return request;
    };
    QTest::addRow("host") << withHeader("host", "ecs.cn-shanghai.aliyuncs.con") << secret;
    QTest::addRow("x-acs-action") << withHeader("x-acs-action", "RunInstancez") << secret;
    QTest::addRow("x-acs-version") << withHeader("x-acs-version", "2014-05-27") << secret;
    QTest::addRow("x-acs-date") << withHeader("x-acs-date", "2023-10-26T10:22:33Z") << secret;
    QTest::addRow("x-acs-signature-nonce")
        << withHeader("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703e") << secret;
    QTest::addRow("signature") << withHeader("Authorization",
        authorization("host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
            "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c1"))
                               << secret;

    SignatureVerifier::Request queryName = officialRequest();
    queryName.query[0].first = QStringLiteral("ImageID");
    QTest::addRow("query name") << queryName << secret;
    SignatureVerifier::Request queryValue = officialRequest();
    queryValue.query[1].second = QStringLiteral("cn-shanghaj");
    QTest::addRow("query value") << queryValue << secret;
    SignatureVerifier::Request extraParameter = officialRequest();
    extraParameter.query.emplaceBack(QStringLiteral("A"), QString());
    QTest::addRow("query parameter added") << extraParameter << secret;

    // A body the signature does not cover, first as it is, then with a content hash that matches
    // it, so that only the signature can refuse it.
    SignatureVerifier::Request body = officialRequest();
    body.body = "x";
    QTest::addRow("body") << body << secret;
    SignatureVerifier::Request bodyWithHash
        = withHeader("x-acs-content-sha256", QCryptographicHash::hash("x", QCryptographicHash::Sha256).toHex());
    bodyWithHash.body = "x";
    QTest::addRow("body with its hash") << bodyWithHash << secret;
}

void TestSignatureVerifier::rejectsOneCharacterChange()
{
    QFETCH(SignatureVerifier::Request, request);
    QFETCH(QString, secret);

    const SignatureVerifier::Outcome outcome = verify(request, AccessKey {officialKey.id, secret, {}});
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.httpStatus, 400);
    QCOMPARE(outcome.code, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY2(outcome.message.contains(QString::fromUtf8(outcome.stringToSign)), qPrintable(outcome.message));
}

void TestSignatureVerifier::canonicalFormIgnoresOrderAndCase()
{
    SignatureVerifier::Request request = officialRequest();
    std::reverse(request.query.begin(), request.query.end());
    std::reverse(request.headers.begin(), request.headers.end());
    for (auto& header : request.headers) {
        if (header.first != "Authorization")
            header.first = header.first.toUpper();
        header.second = "  " + header.second + " ";
    }
    const SignatureVerifier::Outcome outcome = verify(request);
    QVERIFY2(outcome.ok, qPrintable(outcome.code + QLatin1Char(' ') + outcome.message));
    QCOMPARE(outcome.stringToSign, verify(officialRequest()).stringToSign);
}

void TestSignatureVerifier::unsignedHeadersStayOut()
{
    // Sent but not signed, as every SDK does.
    SignatureVerifier::Request request = officialRequest();
    request.headers.emplaceBack("User-Agent", "AlibabaCloud (Linux; x86_64) Go/1.21");
    request.headers.emplaceBack("Accept", "application/json");
    QVERIFY(verify(request).ok);

    // An x-acs-* header the client did not sign is refused, not ignored.
    request.headers.emplaceBack("x-acs-extra", "1");
    const SignatureVerifier::Outcome outcome = verify(request);
    QCOMPARE(outcome.code, QStringLiteral("IncompleteSignature"));
    QVERIFY2(outcome.message.contains(QLatin1String("x-acs-extra")), qPrintable(outcome.message));
}

void TestSignatureVerifier::percentEncodesQuery_data()
{
    QTest::addColumn<SignatureVerifier::QueryParams>("query");
    QTest::addColumn<QByteArray>("expected");

    // The reference's own example, then the SDK test's empty value and encoded-name order.
    QTest::addRow("reserved characters") << SignatureVerifier::QueryParams {{QStringLiteral("test"),
        QStringLiteral(" ~/*-+")}} << QByteArray("test=%20~%2F%2A-%2B");
    QTest::addRow("empty value") << SignatureVerifier::QueryParams {{QStringLiteral("test"), QStringLiteral("ok")},
        {QStringLiteral("empty"), QString()}}
                                 << QByteArray("empty=&test=ok");
    QTest::addRow("UTF-8, ordered by encoded name")
        << SignatureVerifier::QueryParams {{QStringLiteral("b"), QStringLiteral("1")},
               {QStringLiteral("\u00e9"), QStringLiteral("\u4e2d")}, {QStringLiteral("B"), QStringLiteral("a&b=c")}}
        << QByteArray("%C3%A9=%E4%B8%AD&B=a%26b%3Dc&b=1");
}

void TestSignatureVerifier::percentEncodesQuery()
{
    QFETCH(SignatureVerifier::QueryParams, query);
    QFETCH(QByteArray, expected);

    SignatureVerifier::Request request = officialRequest();
    request.query = query;
    QCOMPARE(queryLine(verify(request).canonicalRequest), expected);
}

void TestSignatureVerifier::joinsRepeatedHeaders()
{
    // The SDK test's headers: one name twice, in two cases, values joined in order.
    SignatureVerifier::Request request = officialRequest();
    request.headers.emplaceBack("x-acs-test", "http");
    request.headers.emplaceBack("x-acs-TEST", "https");
    setHeader(request, "Authorization",
        authorization(
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-test;x-acs-version",
            officialSignature));
    const QByteArray canonical = verify(request).canonicalRequest;
    QVERIFY2(canonical.contains("\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
                                "x-acs-test:http,https\n"
                                "x-acs-version:2014-05-26\n\n"
                                "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
                                "x-acs-test;x-acs-version\n"),
        canonical.constData());
}

void TestSignatureVerifier::rejectsUnknownAccessKeyId()
{
    const SignatureVerifier::Outcome outcome
        = verify(officialRequest(), AccessKey {QStringLiteral("YourAccessKeyIe"), officialKey.secret, {}});
    QCOMPARE(outcome.httpStatus, 404);
    QCOMPARE(outcome.code, QStringLiteral("InvalidAccessKeyId.NotFound"));
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
