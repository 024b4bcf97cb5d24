// SPDX-License-Identifier: GPL-3.0-or-later
// The DAS client and the asynchronous snapshot fetch against the emulator, over real HTTP on
// loopback: the happy path at several poll counts, every fault the emulator can inject, the
// signature and clock corrections, cancellation and deadlines.
#include "base/credential.h"
#include "base/endpointpolicy.h"
#include "das/acs3signer.h"
#include "das/dasclient.h"
#include "das/snapshotfetch.h"
#include "emulator/dasemulator.h"
#include "sources/dassource.h"
#include "support/emulatorfixture.h"
#include "support/endlesshttpserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

Q_DECLARE_METATYPE(EmulatorFault)

namespace {

const AccessKey key {QStringLiteral("LTAItestkey0001"), QStringLiteral("test-secret-0001"), {}};

FetchOptions fastOptions()
{
    FetchOptions options;
    options.pollIntervalMs = 10;
    options.deadlineMs = 15'000;
    options.retryBaseMs = 100;
    options.retryMaxMs = 2'000;
    options.maxRetries = 3;
    return options;
}

EmulatorInstance instance(const QString& id, int sessions, int runningPolls)
{
    EmulatorInstance instance = EmulatorFixture::instance(id, sessions, runningPolls);
    instance.seed = 42;
    instance.engine = EmulatorInstance::engineForInstanceId(id);
    return instance;
}

EmulatorFault fault(EmulatorFault::Type type, int times = 1)
{
    EmulatorFault f;
    f.type = type;
    f.times = times;
    return f;
}

// Runs one fetch to its end and returns the spies' verdict.
struct Outcome
{
    SnapshotPtr snapshot;
    FetchError error;
    int finishedCount = 0;
    int failedCount = 0;
    int progressCount = 0;
    QList<int> retryDelays;
};

} // namespace

class TestDasFetch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void succeedsAfterRunningPolls_data();
    void succeedsAfterRunningPolls();
    void wireBytesAreTheSignedBytes();
    void retriedFaults_data();
    void retriedFaults();
    void connectionResetIsRetried();
    void connectionsResetEveryTimeReportTheNetwork();
    void throttlingHonoursRetryAfter();
    void persistentTransientFailureGivesUp();
    void nonRetriedFaults_data();
    void nonRetriedFaults();
    void neverFinishingHitsTheDeadline();
    void credentialErrorsAreNotRetried_data();
    void credentialErrorsAreNotRetried();
    void stsToken();
    void reusedNonceIsResignedOnce();
    void clockSkewIsMeasuredAndCorrected_data();
    void clockSkewIsMeasuredAndCorrected();
    void lowerCamelAndStringNumbers();
    void expiredResultIdRestartsOnce();
    void cancelledFetchDeliversNothing();
    void sourceNeverRunsTwoFetches();
    void oversizedResponseIsRefused();
    void endlessBodyStopsAtTheLimit();
    void refusedConnectionIsSaidInWords();
    void endpointValidation_data();
    void endpointValidation();

private:
    Outcome run(SnapshotFetch& fetch, int timeoutMs = 20'000);
    std::unique_ptr<DasClient> makeClient(const AccessKey& accessKey = key);

    std::unique_ptr<DasEmulator> m_emulator;
};

void TestDasFetch::init()
{
    m_emulator = EmulatorFixture::start(key, {instance(QStringLiteral("rm-fetch"), 50, 1)});
    QVERIFY(m_emulator);
}

void TestDasFetch::cleanup()
{
    m_emulator.reset();
}

std::unique_ptr<DasClient> TestDasFetch::makeClient(const AccessKey& accessKey)
{
    auto client = std::make_unique<DasClient>();
    client->setEndpoint(m_emulator->endpoint());
    client->setAccessKey(accessKey);
    client->setTransferTimeoutMs(2'000);
    return client;
}

Outcome TestDasFetch::run(SnapshotFetch& fetch, int timeoutMs)
{
    Outcome outcome;
    QSignalSpy finished(&fetch, &SnapshotFetch::finished);
    QSignalSpy failed(&fetch, &SnapshotFetch::failed);
    QSignalSpy progress(&fetch, &SnapshotFetch::progress);
    QSignalSpy retrying(&fetch, &SnapshotFetch::retrying);
    fetch.start();
    if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, timeoutMs)) {
        outcome.error = FetchError(FetchError::Category::None, QStringLiteral("TestTimeout"),
            QStringLiteral("the fetch neither finished nor failed"));
        return outcome;
    }
    // Nothing more may arrive after the one answer.
    QTest::qWait(50);
    outcome.finishedCount = int(finished.size());
    outcome.failedCount = int(failed.size());
    outcome.progressCount = int(progress.size());
    if (!finished.isEmpty())
        outcome.snapshot = finished.first().first().value<SnapshotPtr>();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().value<FetchError>();
    for (const auto& args : std::as_const(retrying))
        outcome.retryDelays.append(args.at(2).toInt());
    return outcome;
}

void TestDasFetch::succeedsAfterRunningPolls_data()
{
    QTest::addColumn<int>("runningPolls");
    QTest::addRow("0 RUNNING") << 0;
    QTest::addRow("1 RUNNING") << 1;
    QTest::addRow("3 RUNNING") << 3;
    QTest::addRow("10 RUNNING") << 10;
}

void TestDasFetch::succeedsAfterRunningPolls()
{
    QFETCH(int, runningPolls);
    EmulatorFixture::serve(*m_emulator, {instance(QStringLiteral("rm-polls"), 120, runningPolls)});
    auto client = makeClient();
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-polls"), {}, fastOptions());
    const Outcome outcome = run(fetch);

    QCOMPARE(outcome.failedCount, 0);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.progressCount, runningPolls);
    QCOMPARE(fetch.pollCount(), runningPolls);
    QVERIFY(outcome.snapshot);
    QCOMPARE(outcome.snapshot->instanceId, QStringLiteral("rm-polls"));
    QCOMPARE(outcome.snapshot->sessions.size(), 120);
    QCOMPARE(outcome.snapshot->totalSessionCount, 120);
    QVERIFY(outcome.snapshot->serverAggregated);
    QVERIFY(outcome.snapshot->snapshotTimeMs > 0);

    const auto requests = m_emulator->requests();
    QCOMPARE(requests.size(), runningPolls + 1);
    QVERIFY(!requests.first().params.contains(QStringLiteral("ResultId")));
    for (qsizetype i = 1; i < requests.size(); ++i)
        QCOMPARE(requests[i].params.value(QStringLiteral("ResultId")).left(7), QStringLiteral("async__"));
    // A fresh nonce on every request.
    QSet<QByteArray> nonces;
    for (const auto& request : requests)
        nonces.insert(request.nonce);
    QCOMPARE(nonces.size(), requests.size());
}

void TestDasFetch::wireBytesAreTheSignedBytes()
{
    const QString id = QStringLiteral("rm-a*b c~d/e+f实例");
    EmulatorFixture::serve(*m_emulator, {instance(id, 10, 1)});
    auto client = makeClient();
    SnapshotFetch fetch(client.get(), id, {}, fastOptions());
    const Outcome outcome = run(fetch);
    QVERIFY2(outcome.finishedCount == 1, qPrintable(outcome.error.summary()));
    QCOMPARE(outcome.snapshot->instanceId, id);

    const auto requests = m_emulator->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].rawQuery, Acs3::canonicalQuery({{QStringLiteral("InstanceId"), id}}));
    QCOMPARE(requests[0].rawQuery, QByteArray("InstanceId=rm-a%2Ab%20c~d%2Fe%2Bf%E5%AE%9E%E4%BE%8B"));
    QCOMPARE(requests[0].params.value(QStringLiteral("InstanceId")), id);
    QVERIFY(requests[1].rawQuery.startsWith("InstanceId=rm-a%2Ab%20c~d%2Fe%2Bf%E5%AE%9E%E4%BE%8B&ResultId=async__"));
}

void TestDasFetch::retriedFaults_data()
{
    QTest::addColumn<EmulatorFault>("injected");
    QTest::addColumn<QString>("code");
    QTest::addRow("HTTP 500") << fault(EmulatorFault::Type::Http500, 2) << QStringLiteral("InternalError");
    QTest::addRow("HTTP 503") << fault(EmulatorFault::Type::Http503, 2) << QStringLiteral("ServiceUnavailable");
    QTest::addRow("throttling") << fault(EmulatorFault::Type::Throttling, 2) << QStringLiteral("Throttling.User");
    QTest::addRow("truncated body") << fault(EmulatorFault::Type::TruncatedBody, 2)
                                    << QStringLiteral("RemoteHostClosedError");
    QTest::addRow("XML 503") << fault(EmulatorFault::Type::XmlError, 2) << QStringLiteral("ServiceUnavailable");
    EmulatorFault stall = fault(EmulatorFault::Type::Stall, 2);
    stall.stallMs = 5'000;
    QTest::addRow("stall past the transfer timeout") << stall << QStringLiteral("Timeout");
    EmulatorFault internal = fault(EmulatorFault::Type::SuccessFalse, 2);
    internal.code = QStringLiteral("InternalError");
    QTest::addRow("Success=false InternalError") << internal << QStringLiteral("InternalError");
}

void TestDasFetch::retriedFaults()
{
    QFETCH(EmulatorFault, injected);
    QFETCH(QString, code);
    m_emulator->injectFaults(QStringLiteral("rm-fetch"), {injected});
    auto client = makeClient();
    client->setTransferTimeoutMs(400);
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    QSignalSpy retrying(&fetch, &SnapshotFetch::retrying);
    const Outcome outcome = run(fetch);

    QVERIFY2(outcome.failedCount == 0, qPrintable(outcome.error.summary()));
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.snapshot->sessions.size(), 50);
    QCOMPARE(fetch.retryCount(), 2);
    QCOMPARE(retrying.size(), 2);
    const auto firstError = retrying.first().first().value<FetchError>();
    QCOMPARE(firstError.code(), code);
    QVERIFY(firstError.isRetryable());

    // Two faulty answers, then the first call and its poll.
    const auto requests = m_emulator->requests();
    QCOMPARE(requests.size(), 4);
    QVERIFY(!requests[0].fault.isEmpty());
    QVERIFY(!requests[1].fault.isEmpty());
    // Exponential backoff with jitter in [50%, 100%]: the first wait at least 50 ms, the second
    // at least 100 ms, measured between the requests' arrivals.
    QVERIFY(outcome.retryDelays[0] >= 50 && outcome.retryDelays[0] <= 100);
    QVERIFY(outcome.retryDelays[1] >= 100 && outcome.retryDelays[1] <= 200);
    const qint64 firstGap = requests[0].receivedAt.msecsTo(requests[1].receivedAt);
    const qint64 secondGap = requests[1].receivedAt.msecsTo(requests[2].receivedAt);
    QVERIFY2(firstGap >= 50, qPrintable(QString::number(firstGap)));
    QVERIFY2(secondGap >= 100, qPrintable(QString::number(secondGap)));
}

void TestDasFetch::connectionResetIsRetried()
{
    m_emulator->injectFaults(QStringLiteral("rm-fetch"), {fault(EmulatorFault::Type::ConnectionReset, 2)});
    auto client = makeClient();
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    const Outcome outcome = run(fetch);
    QVERIFY2(outcome.finishedCount == 1, qPrintable(outcome.error.summary()));
    QCOMPARE(outcome.snapshot->sessions.size(), 50);

    // The HTTP stack replays a request whose connection was reset; the service, which had
    // received it, refuses the replayed nonce. Each such answer is followed by a request with a
    // fresh nonce, and the fetch's own retries stay within their budget.
    const auto requests = m_emulator->requests();
    int resets = 0;
    QSet<QByteArray> answeredNonces;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests[i].fault == QLatin1String("connectionReset"))
            ++resets;
        if (requests[i].errorCode == QLatin1String("SignatureNonceUsed")) {
            QVERIFY(i + 1 < requests.size());
            QVERIFY(requests[i + 1].nonce != requests[i].nonce);
        }
    }
    QCOMPARE(resets, 2);
    QVERIFY(fetch.retryCount() <= fastOptions().maxRetries);
    QCOMPARE(requests.last().errorCode, QString());
}

void TestDasFetch::connectionsResetEveryTimeReportTheNetwork()
{
    // Every connection is reset before an answer. Qt's HTTP stack sends each request again by
    // itself, and the service refuses each copy's nonce; what the user must see is the broken
    // connection, not a reused nonce that SessionScope never sent twice.
    m_emulator->setPersistentFault(QStringLiteral("rm-fetch"), fault(EmulatorFault::Type::ConnectionReset));
    auto client = makeClient();
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    QSignalSpy retrying(&fetch, &SnapshotFetch::retrying);
    const Outcome outcome = run(fetch);
    QCOMPARE(outcome.finishedCount, 0);
    QCOMPARE(outcome.failedCount, 1);
    QCOMPARE(outcome.error.category(), FetchError::Category::Transient);
    QVERIFY2(outcome.error.code() != QLatin1String("SignatureNonceUsed"), qPrintable(outcome.error.summary()));
    QVERIFY2(outcome.error.message().contains(QLatin1String("connection")), qPrintable(outcome.error.summary()));
    for (const auto& args : std::as_const(retrying))
        QVERIFY(args.first().value<FetchError>().code() != QLatin1String("SignatureNonceUsed"));
    QCOMPARE(fetch.retryCount(), fastOptions().maxRetries);
}

void TestDasFetch::throttlingHonoursRetryAfter()
{
    EmulatorFault throttled = fault(EmulatorFault::Type::Throttling, 1);
    throttled.retryAfterMs = 700;
    m_emulator->injectFaults(QStringLiteral("rm-fetch"), {throttled});
    auto client = makeClient();
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    QSignalSpy retrying(&fetch, &SnapshotFetch::retrying);
    const Outcome outcome = run(fetch);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(retrying.size(), 1);
    const auto error = retrying.first().first().value<FetchError>();
    QCOMPARE(error.category(), FetchError::Category::Throttling);
    QCOMPARE(error.retryAfterMs(), 700);
    QVERIFY(outcome.retryDelays.first() >= 700);
    const auto requests = m_emulator->requests();
    QVERIFY(requests[0].receivedAt.msecsTo(requests[1].receivedAt) >= 700);
}

void TestDasFetch::persistentTransientFailureGivesUp()
{
    m_emulator->setPersistentFault(QStringLiteral("rm-fetch"), fault(EmulatorFault::Type::Http503));
    auto client = makeClient();
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    const Outcome outcome = run(fetch);
    QCOMPARE(outcome.finishedCount, 0);
    QCOMPARE(outcome.failedCount, 1);
    QCOMPARE(outcome.error.category(), FetchError::Category::Transient);
    QCOMPARE(outcome.error.code(), QStringLiteral("ServiceUnavailable"));
    QCOMPARE(outcome.error.httpStatus(), 503);
    QVERIFY(!outcome.error.requestId().isEmpty());
    QCOMPARE(fetch.retryCount(), 3);
    QCOMPARE(m_emulator->requests().size(), 4);
}

void TestDasFetch::nonRetriedFaults_data()
{
    QTest::addColumn<EmulatorFault>("injected");
    QTest::addColumn<FetchError::Category>("category");
    QTest::addColumn<QString>("code");
    QTest::addRow("invalid JSON") << fault(EmulatorFault::Type::InvalidJson) << FetchError::Category::MalformedResponse
                                  << QStringLiteral("MalformedResponse");
    EmulatorFault wrongTypes = fault(EmulatorFault::Type::WrongTypes);
    wrongTypes.phase = EmulatorFault::Phase::Poll;
    QTest::addRow("wrong types") << wrongTypes << FetchError::Category::MalformedResponse
                                 << QStringLiteral("MalformedResponse");
    QTest::addRow("State FAIL") << fault(EmulatorFault::Type::StateFail) << FetchError::Category::TaskFailed
                                << QStringLiteral("AsyncTaskFailed");
    EmulatorFault badParams = fault(EmulatorFault::Type::SuccessFalse);
    badParams.code = QStringLiteral("InvalidParams");
    QTest::addRow("Success=false InvalidParams")
        << badParams << FetchError::Category::BadRequest << QStringLiteral("InvalidParams");
    EmulatorFault forbidden = fault(EmulatorFault::Type::XmlError);
    forbidden.code = QStringLiteral("Forbidden.RAM");
    QTest::addRow("XML Forbidden.RAM") << forbidden << FetchError::Category::Permission
                                       << QStringLiteral("Forbidden.RAM");
}

void TestDasFetch::nonRetriedFaults()
{
    QFETCH(EmulatorFault, injected);
    QFETCH(FetchError::Category, category);
    QFETCH(QString, code);
    m_emulator->injectFaults(QStringLiteral("rm-fetch"), {injected});
    auto client = makeClient();
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    const Outcome outcome = run(fetch);
    QCOMPARE(outcome.finishedCount, 0);
    QCOMPARE(outcome.failedCount, 1);
    QCOMPARE(outcome.error.category(), category);
    QCOMPARE(outcome.error.code(), code);
    QVERIFY(!outcome.error.hint().isEmpty());
    QCOMPARE(fetch.retryCount(), 0);
    const auto requests = m_emulator->requests();
    QCOMPARE(requests.last().fault, EmulatorFault::typeName(injected.type));
    // Nothing was sent after the fatal answer.
    QCOMPARE(requests.size(), injected.phase == EmulatorFault::Phase::Poll ? 2 : 1);
}

void TestDasFetch::neverFinishingHitsTheDeadline()
{
    m_emulator->setPersistentFault(QStringLiteral("rm-fetch"), fault(EmulatorFault::Type::NeverFinish));
    auto client = makeClient();
    FetchOptions options = fastOptions();
    options.pollIntervalMs = 50;
    options.deadlineMs = 600;
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, options);
    const Outcome outcome = run(fetch, 5'000);
    QCOMPARE(outcome.finishedCount, 0);
    QCOMPARE(outcome.failedCount, 1);
    QCOMPARE(outcome.error.category(), FetchError::Category::DeadlineExceeded);
    QVERIFY(fetch.pollCount() >= 2);
    const qsizetype sent = m_emulator->requests().size();
    QTest::qWait(200);
    QCOMPARE(m_emulator->requests().size(), sent);
}

void TestDasFetch::credentialErrorsAreNotRetried_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("code");
    QTest::addRow("wrong secret") << key.id << QStringLiteral("not-the-secret")
                                  << QStringLiteral("SignatureDoesNotMatch");
    QTest::addRow("unknown key") << QStringLiteral("LTAIunknown") << key.secret
                                 << QStringLiteral("InvalidAccessKeyId.NotFound");
}

void TestDasFetch::credentialErrorsAreNotRetried()
{
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(QString, code);
    auto client = makeClient(AccessKey {id, secret, {}});
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    const Outcome outcome = run(fetch);
    QCOMPARE(outcome.failedCount, 1);
    QCOMPARE(outcome.error.category(), FetchError::Category::Credentials);
    QCOMPARE(outcome.error.code(), code);
    QVERIFY(outcome.error.pausesAutoRefresh());
    QCOMPARE(m_emulator->requests().size(), 1);
    if (code == QLatin1String("SignatureDoesNotMatch"))
        QVERIFY(outcome.error.message().contains(QLatin1String("ACS3-HMAC-SHA256")));
}

void TestDasFetch::stsToken()
{
    const AccessKey sts {QStringLiteral("STS.testkey"), QStringLiteral("sts-secret"), QStringLiteral("token-abc")};
    m_emulator->setAccessKey(sts);
    {
        auto client = makeClient(AccessKey {sts.id, sts.secret, {}});
        SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
        const Outcome outcome = run(fetch);
        QCOMPARE(outcome.error.code(), QStringLiteral("MissingSecurityToken"));
        QCOMPARE(outcome.error.category(), FetchError::Category::Credentials);
    }
    {
        auto client = makeClient(AccessKey {sts.id, sts.secret, QStringLiteral("token-old")});
        SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
        const Outcome outcome = run(fetch);
        QVERIFY(outcome.error.code().startsWith(QLatin1String("InvalidSecurityToken")));
        QCOMPARE(outcome.error.category(), FetchError::Category::Credentials);
    }
    {
        auto client = makeClient(sts);
        SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
        const Outcome outcome = run(fetch);
        QCOMPARE(outcome.finishedCount, 1);
    }
}

void TestDasFetch::reusedNonceIsResignedOnce()
{
    auto client = makeClient();
    // The first two requests carry the same nonce; the service refuses the second.
    QList<QByteArray> nonces {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"};
    client->setNonceGenerator([&nonces] { return nonces.isEmpty() ? DasClient::newNonce() : nonces.takeFirst(); });
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    const Outcome outcome = run(fetch);
    QCOMPARE(outcome.finishedCount, 1);
    auto requests = m_emulator->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[1].errorCode, QStringLiteral("SignatureNonceUsed"));
    QCOMPARE(requests[2].errorCode, QString());
    QCOMPARE(requests[2].nonce, QByteArray("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));

    // Re-signed once per call: a second refusal ends the call, and the fetch retries it after a
    // backoff like any transient failure, with a fresh nonce.
    m_emulator->clearRequests();
    SnapshotFetch again(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    QSignalSpy retrying(&again, &SnapshotFetch::retrying);
    const Outcome second = run(again);
    QCOMPARE(second.finishedCount, 1);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().first().value<FetchError>().code(), QStringLiteral("SignatureNonceUsed"));
    requests = m_emulator->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests[0].errorCode, QStringLiteral("SignatureNonceUsed"));
    QCOMPARE(requests[1].errorCode, QStringLiteral("SignatureNonceUsed"));
    QCOMPARE(requests[2].errorCode, QString());
}

void TestDasFetch::clockSkewIsMeasuredAndCorrected_data()
{
    QTest::addColumn<qint64>("skewSeconds");
    QTest::addRow("service 30 min ahead") << qint64(1800);
    QTest::addRow("service 40 min behind") << qint64(-2400);
}

void TestDasFetch::clockSkewIsMeasuredAndCorrected()
{
    QFETCH(qint64, skewSeconds);
    m_emulator->setClockSkewSeconds(skewSeconds);
    auto client = makeClient();
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    QSignalSpy corrected(&fetch, &SnapshotFetch::clockSkewCorrected);
    const Outcome outcome = run(fetch);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(corrected.size(), 1);
    const qint64 offsetMs = corrected.first().first().toLongLong();
    QVERIFY2(std::abs(offsetMs - skewSeconds * 1000) < 3000, qPrintable(QString::number(offsetMs)));
    QCOMPARE(client->clockOffsetMs(), offsetMs);
    auto requests = m_emulator->requests();
    QCOMPARE(requests.first().errorCode, QStringLiteral("InvalidTimeStamp.Expired"));

    // Every later request is dated with the service's clock: no second rejection.
    m_emulator->clearRequests();
    SnapshotFetch next(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    QSignalSpy correctedAgain(&next, &SnapshotFetch::clockSkewCorrected);
    QCOMPARE(run(next).finishedCount, 1);
    QCOMPARE(correctedAgain.size(), 0);
    for (const auto& request : m_emulator->requests())
        QCOMPARE(request.errorCode, QString());
}

void TestDasFetch::lowerCamelAndStringNumbers()
{
    EmulatorInstance odd = instance(QStringLiteral("rm-odd"), 40, 1);
    odd.style.lowerCamelKeys = true;
    odd.style.stringScalars = true;
    EmulatorFixture::serve(*m_emulator, {odd});
    auto client = makeClient();
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-odd"), {}, fastOptions());
    const Outcome outcome = run(fetch);
    QVERIFY2(outcome.finishedCount == 1, qPrintable(outcome.error.summary()));
    QCOMPARE(outcome.snapshot->sessions.size(), 40);
    QCOMPARE(outcome.snapshot->totalSessionCount, 40);
    QVERIFY(outcome.snapshot->serverAggregated);
}

void TestDasFetch::expiredResultIdRestartsOnce()
{
    EmulatorInstance slow = instance(QStringLiteral("rm-expiry"), 10, 1);
    slow.resultTtlSeconds = 1;
    EmulatorFixture::serve(*m_emulator, {slow});
    auto client = makeClient();
    FetchOptions options = fastOptions();
    options.pollIntervalMs = 1300;
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-expiry"), {}, options);
    const Outcome outcome = run(fetch, 10'000);
    QCOMPARE(outcome.failedCount, 1);
    QCOMPARE(outcome.error.code(), QStringLiteral("InvalidParams"));
    const auto requests = m_emulator->requests();
    // First call, expired poll, a fresh first call, expired poll again: then it gives up.
    QCOMPARE(requests.size(), 4);
    QVERIFY(!requests[2].params.contains(QStringLiteral("ResultId")));
}

void TestDasFetch::cancelledFetchDeliversNothing()
{
    EmulatorFixture::serve(*m_emulator, {instance(QStringLiteral("rm-cancel"), 10, 5)});
    auto client = makeClient();
    FetchOptions options = fastOptions();
    options.pollIntervalMs = 100;
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-cancel"), {}, options);
    QSignalSpy finished(&fetch, &SnapshotFetch::finished);
    QSignalSpy failed(&fetch, &SnapshotFetch::failed);
    QSignalSpy progress(&fetch, &SnapshotFetch::progress);
    fetch.start();
    QVERIFY(progress.wait(5'000));
    fetch.cancel();
    QVERIFY(!fetch.isRunning());
    const qsizetype sent = m_emulator->requests().size();
    QVERIFY(!finished.wait(800));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_emulator->requests().size(), sent);
}

void TestDasFetch::sourceNeverRunsTwoFetches()
{
    DasSource source(m_emulator->endpoint(), key, QStringLiteral("rm-fetch"), {}, fastOptions());
    QSignalSpy ready(&source, &SessionSource::snapshotReady);
    source.fetch();
    source.fetch();
    source.fetch();
    QVERIFY(source.isFetching());
    QVERIFY(ready.wait(5'000));
    QTest::qWait(100);
    QCOMPARE(ready.size(), 1);
    int firstCalls = 0;
    for (const auto& request : m_emulator->requests()) {
        if (!request.params.contains(QStringLiteral("ResultId")))
            ++firstCalls;
    }
    QCOMPARE(firstCalls, 1);
}

void TestDasFetch::oversizedResponseIsRefused()
{
    EmulatorFixture::serve(*m_emulator, {instance(QStringLiteral("rm-big"), 2000, 0)});
    auto client = makeClient();
    client->setMaxResponseBytes(64 * 1024);
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-big"), {}, fastOptions());
    const Outcome outcome = run(fetch);
    QCOMPARE(outcome.failedCount, 1);
    QCOMPARE(outcome.error.code(), QStringLiteral("ResponseTooLarge"));
    QCOMPARE(outcome.error.category(), FetchError::Category::MalformedResponse);
}

void TestDasFetch::endlessBodyStopsAtTheLimit()
{
    // A server that sends a chunked body for ever: the client must hang up once the limit is
    // passed, not buffer whatever arrives until it gets round to counting.
    EndlessHttpServer server;
    QVERIFY(server.start());
    DasClient client;
    client.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.port())));
    client.setAccessKey(key);
    client.setTransferTimeoutMs(20'000);
    constexpr qint64 Limit = 4 * 1024 * 1024;
    client.setMaxResponseBytes(Limit);
    qRegisterMetaType<FetchError>();
    DasCall* call
        = client.call("GetMySQLAllSessionAsync", {{QStringLiteral("InstanceId"), QStringLiteral("rm-x")}}, this);
    QSignalSpy failed(call, &DasCall::failed);
    QVERIFY(failed.wait(20'000));
    const auto error = failed.first().first().value<FetchError>();
    QVERIFY2(error.code() == QLatin1String("ResponseTooLarge"), qPrintable(error.summary()));
    QTRY_VERIFY_WITH_TIMEOUT(server.closedConnections() == 1, 5'000);
    // What the server got rid of: the limit, plus what the loopback connection's kernel buffers hold
    // when the client stops reading, plus one read buffer. Far less than a client that reads on
    // until it checks the size would take.
    constexpr qint64 Slack = 16 * 1024 * 1024;
    qInfo("limit %lld bytes; the server sent %lld bytes", Limit, server.bytesSent());
    QVERIFY2(server.bytesSent() <= Limit + Slack, QByteArray::number(server.bytesSent()).constData());
    delete call;
}

void TestDasFetch::refusedConnectionIsSaidInWords()
{
    // A port where nothing listens: bound, then closed again.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    auto client = makeClient();
    client->setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    SnapshotFetch fetch(client.get(), QStringLiteral("rm-fetch"), {}, fastOptions());
    const Outcome outcome = run(fetch);
    QCOMPARE(outcome.failedCount, 1);
    QCOMPARE(outcome.error.code(), QStringLiteral("ConnectionRefused"));
    QCOMPARE(outcome.error.message(),
        QStringLiteral("127.0.0.1:%1 refused the connection: nothing listens there, or a firewall turns it away.")
            .arg(port));
    QVERIFY(!outcome.error.summary().contains(QLatin1String("Error:")));
}

void TestDasFetch::endpointValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("public") << QStringLiteral("https://das.cn-shanghai.aliyuncs.com/") << true;
    QTest::addRow("vpc") << QStringLiteral("https://das.vpc-proxy.aliyuncs.com") << true;
    QTest::addRow("custom https with port") << QStringLiteral("https://das.example.com:8443/") << true;
    QTest::addRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/") << true;
    QTest::addRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::addRow("http loopback v6") << QStringLiteral("http://[::1]:8080/") << true;
    QTest::addRow("http remote") << QStringLiteral("http://das.cn-shanghai.aliyuncs.com/") << false;
    QTest::addRow("http private address") << QStringLiteral("http://192.0.2.10/") << false;
    QTest::addRow("ftp") << QStringLiteral("ftp://das.example.com/") << false;
    QTest::addRow("path") << QStringLiteral("https://das.example.com/api") << false;
    QTest::addRow("user info") << QStringLiteral("https://user:pw@das.example.com/") << false;
    QTest::addRow("query") << QStringLiteral("https://das.example.com/?a=b") << false;
    QTest::addRow("no host") << QStringLiteral("https:///") << false;
}

void TestDasFetch::endpointValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = EndpointPolicy::problem(QUrl(url));
    QCOMPARE(problem.isEmpty(), accepted);
}

QTEST_GUILESS_MAIN(TestDasFetch)
#include "tst_dasfetch.moc"
