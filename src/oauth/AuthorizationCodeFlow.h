// One three-legged sign-in (RFC 6749 §4.1 with PKCE, RFC 8252 loopback
// redirect): listen on loopback, open the browser, wait for the redirect,
// check state and issuer, exchange the code, answer the browser tab. A new
// flow for every attempt; cancellable, and bounded by kSignInTimeout.
#pragma once

#include "core/Job.h"
#include "oauth/ClientRegistration.h"
#include "oauth/LoopbackCallback.h"
#include "oauth/Pkce.h"
#include "oauth/ProviderEndpoints.h"
#include "oauth/TokenSet.h"

#include <QTimer>
#include <QUrl>

#include <functional>

class LoopbackReceiver;
class QNetworkAccessManager;

class AuthorizationCodeFlow : public Job
{
    Q_OBJECT

public:
    enum Error {
        // The redirect URI's port cannot be bound.
        PortUnavailable = UserError,
        // The redirect URI is not a loopback http URL Grantline can listen on.
        UnusableRedirectUri,
        // The user clicked Deny at the provider.
        AccessDenied,
        // The provider redirected back with another error.
        ProviderRefused,
        // RFC 9207: the response came from another issuer (or lacked iss).
        IssuerMismatch,
        // The code could not be exchanged; tokenError() says how.
        TokenExchangeFailed,
        // The ID token is missing, not issued for this attempt's nonce or
        // this app, expired, or not signed by the provider's keys.
        IdTokenRefused,
        // Nobody came back from the browser within the sign-in timeout.
        SignInTimedOut,
    };
    Q_ENUM(Error)

    // How long a person has to sign in; then the port is freed and the
    // flow fails with SignInTimedOut.
    static constexpr std::chrono::minutes kSignInTimeout{10};

    // Opens a URL in the user's browser; false when no browser could be opened.
    using BrowserLauncher = std::function<bool(const QUrl&)>;

    AuthorizationCodeFlow(QNetworkAccessManager* network, const ProviderEndpoints& endpoints,
                          const ClientRegistration& client, const QString& clientSecret,
                          BrowserLauncher launcher, QObject* parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // Why Grantline cannot receive a sign-in at this redirect URI (it must be
    // http on this computer), or an empty string; empty means any free port.
    static QString redirectUriProblem(const QString& redirectUri);

    void setSignInTimeout(std::chrono::milliseconds timeout);

    // Known once the flow has started listening (authorizationUrlReady).
    QUrl authorizationUrl() const;
    QString redirectUri() const;
    // Valid when the flow finished without error.
    TokenSet tokens() const;
    // When error() is TokenExchangeFailed: the OAuthRequestJob error.
    int tokenError() const;

Q_SIGNALS:
    // The URL to open; shown with Copy and Open buttons in case the browser
    // does not come up.
    void authorizationUrlReady(const QUrl& url);
    void browserLaunchFailed(const QUrl& url);
    // The browser came back; the code is being exchanged.
    void exchangingCode();

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    bool startListening();
    QUrl buildAuthorizationUrl() const;
    void onCallback(const LoopbackCallback& callback);
    void onDeadline();
    void onTokenRequestFinished(Job* done);
    void verifyIdToken();
    void succeed();
    void fail(int error, const QString& text, const QString& pageTitle);

    QNetworkAccessManager* m_network;
    ProviderEndpoints m_endpoints;
    ClientRegistration m_client;
    QString m_secret;
    BrowserLauncher m_launcher;
    LoopbackReceiver* m_receiver = nullptr;
    Pkce m_pkce;
    QString m_state;
    QString m_nonce;
    QUrl m_authorizationUrl;
    TokenSet m_tokens;
    int m_tokenError = 0;
    QTimer m_deadline;
};
