// One attempt to get a connection its tokens, whatever its grant: the
// three-legged browser sign-in (then who signed in, from userinfo or the ID
// token), or the app's own token. When it fails, remedy() says what the person
// should do next. For the wizard and for "Sign in again".
#pragma once

#include "core/Job.h"
#include "oauth/Connection.h"
#include "oauth/TokenSet.h"

#include <functional>

class QNetworkAccessManager;

class SignInJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // Why is in errorText(); what to do in remedy().
        Failed = UserError,
    };
    Q_ENUM(Error)

    enum class Remedy {
        TryAgain,
        // The loopback port is taken.
        ChangePort,
        // The provider does not accept the client ID or secret.
        CheckCredentials,
        // The provider refused the request itself, or the callback URL is not
        // one Grantline can listen on: the registration needs correcting.
        CheckRegistration,
    };
    Q_ENUM(Remedy)

    using BrowserLauncher = std::function<bool(const QUrl&)>;

    SignInJob(QNetworkAccessManager* network, const Connection& connection,
              const QString& clientSecret, BrowserLauncher launcher, QObject* parent = nullptr);
    ~SignInJob() override;

    TokenSet tokens() const;
    // Who signed in; empty when the provider did not say.
    QString userName() const;
    Remedy remedy() const;

Q_SIGNALS:
    void authorizationUrlReady(const QUrl& url);
    void browserLaunchFailed(const QUrl& url);
    void exchangingCode();
    void fetchingProfile();

protected:
    void doStart() override;
    QString activityDescription() const override;

private:
    void startBrowserSignIn();
    void startAppToken();
    void onSignedIn(Job* job);
    void onAppToken(Job* job);
    void fetchUserName();
    void onUserInfo(Job* job);
    void failWith(const QString& text, Remedy remedy);

    QNetworkAccessManager* m_network;
    Connection m_connection;
    QString m_clientSecret;
    BrowserLauncher m_launcher;
    TokenSet m_tokens;
    QString m_userName;
    Remedy m_remedy = Remedy::TryAgain;
};
