#include "oauth/SignInJob.h"

#include "core/Clock.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/TokenInspection.h"
#include "oauth/TokenRequestJob.h"
#include "oauth/UserInfoJob.h"

namespace {

SignInJob::Remedy remedyForTokenError(int error)
{
    return error == OAuthRequestJob::InvalidClient || error == OAuthRequestJob::UnauthorizedClient
        ? SignInJob::Remedy::CheckCredentials
        : SignInJob::Remedy::TryAgain;
}

} // namespace

SignInJob::SignInJob(QNetworkAccessManager* network, const Connection& connection,
                     const QString& clientSecret, BrowserLauncher launcher, QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_connection(connection)
    , m_clientSecret(clientSecret)
    , m_launcher(std::move(launcher))
{ }

SignInJob::~SignInJob() = default;

TokenSet SignInJob::tokens() const
{
    return m_tokens;
}

QString SignInJob::userName() const
{
    return m_userName;
}

SignInJob::Remedy SignInJob::remedy() const
{
    return m_remedy;
}

QString SignInJob::activityDescription() const
{
    return tr("signing in to \"%1\"").arg(m_connection.name);
}

void SignInJob::doStart()
{
    if (m_connection.client.isUserGrant()) {
        startBrowserSignIn();
    } else {
        startAppToken();
    }
}

void SignInJob::startBrowserSignIn()
{
    auto* flow = new AuthorizationCodeFlow(m_network, m_connection.endpoints, m_connection.client,
                                           m_clientSecret, m_launcher, this);
    connect(flow, &AuthorizationCodeFlow::authorizationUrlReady, this,
            &SignInJob::authorizationUrlReady);
    connect(flow, &AuthorizationCodeFlow::browserLaunchFailed, this,
            &SignInJob::browserLaunchFailed);
    connect(flow, &AuthorizationCodeFlow::exchangingCode, this, &SignInJob::exchangingCode);
    startSubjob(flow, [this](Job* done) { onSignedIn(done); });
}

void SignInJob::onSignedIn(Job* job)
{
    auto* flow = static_cast<AuthorizationCodeFlow*>(job);
    switch (flow->error()) {
    case Job::NoError:
        m_tokens = flow->tokens();
        fetchUserName();
        return;
    case AuthorizationCodeFlow::PortUnavailable:
        failWith(flow->errorText(), Remedy::ChangePort);
        return;
    // A callback Grantline cannot listen on is a registration to correct.
    case AuthorizationCodeFlow::UnusableRedirectUri:
    case AuthorizationCodeFlow::ProviderRefused:
        failWith(flow->errorText(), Remedy::CheckRegistration);
        return;
    case AuthorizationCodeFlow::TokenExchangeFailed:
        failWith(flow->errorText(), remedyForTokenError(flow->tokenError()));
        return;
    default:
        failWith(flow->errorText(), Remedy::TryAgain);
        return;
    }
}

void SignInJob::startAppToken()
{
    auto* request = new TokenRequestJob(m_network, m_connection.endpoints.token,
                                        m_connection.client, m_clientSecret,
                                        TokenRequestJob::appTokenFields(m_connection.client), this);
    startSubjob(request, [this](Job* done) { onAppToken(done); });
    Q_EMIT exchangingCode();
}

void SignInJob::onAppToken(Job* job)
{
    auto* request = static_cast<TokenRequestJob*>(job);
    if (request->error() != Job::NoError) {
        failWith(request->errorText(), remedyForTokenError(request->error()));
        return;
    }
    m_tokens = request->tokens();
    emitResult();
}

void SignInJob::fetchUserName()
{
    m_userName = UserInfoJob::displayNameOf(
        TokenInspection::inspect(m_tokens.idToken.toLatin1(), Clock::now()).claims);
    if (m_connection.endpoints.userInfo.isEmpty()) {
        emitResult();
        return;
    }
    auto* userInfo =
        new UserInfoJob(m_network, m_connection.endpoints.userInfo, m_tokens.accessToken, this);
    userInfo->setTimeout(std::chrono::seconds(20));
    startSubjob(userInfo, [this](Job* done) { onUserInfo(done); });
    Q_EMIT fetchingProfile();
}

void SignInJob::onUserInfo(Job* job)
{
    auto* userInfo = static_cast<UserInfoJob*>(job);
    // Not knowing the name is no reason to throw the sign-in away.
    if (userInfo->error() == Job::NoError && !userInfo->displayName().isEmpty()) {
        m_userName = userInfo->displayName();
    }
    emitResult();
}

void SignInJob::failWith(const QString& text, Remedy remedy)
{
    m_remedy = remedy;
    setError(Failed, text);
    emitResult();
}
