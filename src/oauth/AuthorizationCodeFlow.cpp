#include "oauth/AuthorizationCodeFlow.h"

#include "core/Base64Url.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "oauth/LoopbackReceiver.h"
#include "oauth/TokenRequestJob.h"
#include "oauth/TokenVerificationJob.h"

#include <QRandomGenerator>
#include <QUrlQuery>

namespace {

QString randomValue(int bytes)
{
    QByteArray random(bytes, '\0');
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QString::fromLatin1(Base64Url::encode(random));
}

} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(QNetworkAccessManager* network,
                                             const ProviderEndpoints& endpoints,
                                             const ClientRegistration& client,
                                             const QString& clientSecret, BrowserLauncher launcher,
                                             QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_endpoints(endpoints)
    , m_client(client)
    , m_secret(clientSecret)
    , m_launcher(std::move(launcher))
{
    // An abandoned sign-in must not hold the port (and wait) forever.
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kSignInTimeout);
    connect(&m_deadline, &QTimer::timeout, this, &AuthorizationCodeFlow::onDeadline);
}

void AuthorizationCodeFlow::setSignInTimeout(std::chrono::milliseconds timeout)
{
    m_deadline.setInterval(timeout);
}

void AuthorizationCodeFlow::onDeadline()
{
    const int minutes = int(
        std::chrono::duration_cast<std::chrono::minutes>(m_deadline.intervalAsDuration()).count());
    fail(SignInTimedOut,
         minutes > 0 ? tr("The sign-in was not finished within %n minute(s), so Grantline "
                          "stopped waiting for the browser. Start it again.",
                          nullptr, minutes)
                     : tr("The sign-in was not finished in time, so Grantline stopped waiting "
                          "for the browser. Start it again."),
         tr("Sign-in timed out"));
}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

QUrl AuthorizationCodeFlow::authorizationUrl() const
{
    return m_authorizationUrl;
}

QString AuthorizationCodeFlow::redirectUri() const
{
    return m_receiver ? m_receiver->redirectUri() : QString();
}

TokenSet AuthorizationCodeFlow::tokens() const
{
    return m_tokens;
}

int AuthorizationCodeFlow::tokenError() const
{
    return m_tokenError;
}

QString AuthorizationCodeFlow::activityDescription() const
{
    return tr("Signing in");
}

void AuthorizationCodeFlow::doStart()
{
    // Fresh secrets for every attempt: nothing is reused from an earlier one.
    m_pkce = Pkce::generate();
    m_state = randomValue(32);
    if (m_client.scopes.contains(QStringLiteral("openid"))) {
        m_nonce = randomValue(16);
    }
    if (!startListening()) {
        return;
    }
    m_deadline.start();
    m_authorizationUrl = buildAuthorizationUrl();
    Q_EMIT authorizationUrlReady(m_authorizationUrl);
    if (!m_launcher || !m_launcher(m_authorizationUrl)) {
        // Not fatal: the user can open the URL by hand.
        Q_EMIT browserLaunchFailed(m_authorizationUrl);
    }
}

QString AuthorizationCodeFlow::redirectUriProblem(const QString& redirectUri)
{
    if (redirectUri.isEmpty()) {
        return QString();
    }
    const QUrl uri(redirectUri);
    const QString host = uri.host();
    if (uri.scheme() != QLatin1String("http")
        || (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost")
            && host != QLatin1String("::1"))) {
        return tr("The redirect URI \"%1\" is not an http address on this computer "
                  "(127.0.0.1, localhost or [::1]), so Grantline cannot receive the "
                  "sign-in there.")
            .arg(redirectUri);
    }
    return QString();
}

bool AuthorizationCodeFlow::startListening()
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString path = QStringLiteral("/callback");
    if (!m_client.redirectUri.isEmpty()) {
        const QString problem = redirectUriProblem(m_client.redirectUri);
        if (!problem.isEmpty()) {
            fail(UnusableRedirectUri, problem, QString());
            return false;
        }
        const QUrl uri(m_client.redirectUri);
        host = uri.host();
        port = quint16(qMax(0, uri.port(0)));
        path = uri.path().isEmpty() ? QStringLiteral("/") : uri.path();
    }
    m_receiver = new LoopbackReceiver(this);
    m_receiver->setExpectedState(m_state);
    m_receiver->setCallbackPath(path);
    connect(m_receiver, &LoopbackReceiver::callbackReceived, this,
            &AuthorizationCodeFlow::onCallback);
    if (!m_receiver->listen(host, port)) {
        fail(PortUnavailable,
             tr("Grantline cannot listen on %1 port %2 for the sign-in (%3). Close the program "
                "using that port, or choose another port and register the new callback URL "
                "with the provider.")
                 .arg(host)
                 .arg(port)
                 .arg(m_receiver->errorString()),
             QString());
        return false;
    }
    return true;
}

QUrl AuthorizationCodeFlow::buildAuthorizationUrl() const
{
    QUrl url = m_endpoints.authorization;
    // RFC 6749 §3.1: keep the endpoint's own query parameters.
    QUrlQuery query(url);
    const auto add = [&query](const QString& name, const QString& value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_client.clientId);
    add(QStringLiteral("redirect_uri"), m_receiver->redirectUri());
    add(QStringLiteral("scope"), m_client.scopes.join(u' '));
    add(QStringLiteral("state"), m_state);
    add(QStringLiteral("code_challenge"), m_pkce.challenge);
    add(QStringLiteral("code_challenge_method"), Pkce::method());
    if (!m_nonce.isEmpty()) {
        add(QStringLiteral("nonce"), m_nonce);
    }
    url.setQuery(query);
    return url;
}

void AuthorizationCodeFlow::onCallback(const LoopbackCallback& callback)
{
    // The person came back in time: what follows has its own timeouts, and
    // a sign-in finished at 9:59 must not be cut off during the exchange.
    m_deadline.stop();
    const bool issuerMissing = callback.issuer.isEmpty() && m_endpoints.sendsIssuerInResponse;
    if (issuerMissing || (!callback.issuer.isEmpty() && callback.issuer != m_endpoints.issuer)) {
        fail(IssuerMismatch,
             tr("The sign-in response came from \"%1\", not from the provider this connection "
                "uses (\"%2\"). It was refused to protect your account.")
                 .arg(callback.issuer, m_endpoints.issuer),
             tr("Sign-in refused"));
        return;
    }
    if (callback.error == QLatin1String("access_denied")) {
        fail(AccessDenied,
             tr("Access was denied at the provider. Sign in again and choose Allow to connect "
                "Grantline."),
             tr("Access denied"));
        return;
    }
    if (callback.isError()) {
        const QString detail =
            callback.errorDescription.isEmpty() ? callback.error : callback.errorDescription;
        fail(ProviderRefused,
             tr("The provider refused the sign-in: %1 (%2).").arg(detail, callback.error),
             tr("Sign-in refused"));
        return;
    }
    Q_EMIT exchangingCode();
    auto* request =
        new TokenRequestJob(m_network, m_endpoints.token, m_client, m_secret,
                            TokenRequestJob::authorizationCodeFields(
                                callback.code, m_receiver->redirectUri(), m_pkce.verifier),
                            this);
    startSubjob(request, [this](Job* done) { onTokenRequestFinished(done); });
}

void AuthorizationCodeFlow::onTokenRequestFinished(Job* done)
{
    auto* request = static_cast<TokenRequestJob*>(done);
    if (request->error() != NoError) {
        m_tokenError = request->error();
        fail(TokenExchangeFailed, request->errorText(), tr("Sign-in failed"));
        return;
    }
    m_tokens = request->tokens();
    if (m_nonce.isEmpty()) {
        succeed();
        return;
    }
    verifyIdToken();
}

void AuthorizationCodeFlow::verifyIdToken()
{
    const auto refuse = [this](const QString& reason) {
        m_tokens = TokenSet();
        fail(IdTokenRefused,
             tr("The provider's ID token was refused: %1 Sign in again; if this keeps "
                "happening, check the connection's issuer and client ID.")
                 .arg(reason),
             tr("Sign-in refused"));
    };
    if (m_tokens.idToken.isEmpty()) {
        // OIDC Core §3.1.3.3: asking for "openid" means an ID token comes back.
        refuse(tr("the provider sent none, although the sign-in asked for \"openid\"."));
        return;
    }
    JwtVerifier::Expectations expectations;
    expectations.issuer = m_endpoints.issuer;
    expectations.audience = m_client.clientId;
    expectations.nonce = m_nonce;
    expectations.isIdToken = true;
    if (m_endpoints.jwks.isEmpty()) {
        // OIDC Core §3.1.3.7 lets a client that got the token straight from the
        // token endpoint skip the signature; the claims are still checked.
        const JwtVerification claims =
            JwtVerifier::verifyClaimsOnly(m_tokens.idToken.toLatin1(), expectations, Clock::now());
        if (!claims.isValid()) {
            refuse(claims.message);
            return;
        }
        succeed();
        return;
    }
    auto* check = new TokenVerificationJob(m_network, m_endpoints.jwks, m_tokens.idToken.toLatin1(),
                                           expectations, this);
    startSubjob(check, [this, refuse](Job* done) {
        if (done->error() != NoError) {
            refuse(done->errorText());
            return;
        }
        succeed();
    });
}

void AuthorizationCodeFlow::succeed()
{
    m_deadline.stop();
    m_receiver->finish(true, tr("Signed in"), tr("Grantline is now connected."));
    qCInfo(lcOAuth) << "signed in at" << m_endpoints.issuer;
    emitResult();
}

void AuthorizationCodeFlow::fail(int error, const QString& text, const QString& pageTitle)
{
    m_deadline.stop();
    if (m_receiver) {
        m_receiver->finish(false, pageTitle.isEmpty() ? tr("Sign-in failed") : pageTitle, text);
    }
    setError(error, text);
    emitResult();
}

void AuthorizationCodeFlow::doCancel()
{
    // The code exchange or ID token check in flight is a subjob: Job cuts
    // it off before stopping it, so its own failure never reaches the page.
    m_deadline.stop();
    if (m_receiver) {
        m_receiver->stop();
    }
}
