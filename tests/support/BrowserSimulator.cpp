// Plays the user's browser against the sandbox's sign-in and consent pages.
#include "BrowserSimulator.h"

#include <QRegularExpression>
#include <QUrlQuery>

BrowserSimulator::BrowserSimulator(HttpTestClient& client)
    : m_client(client)
{ }

QString BrowserSimulator::formValue(const QString& html, const QString& name)
{
    const QRegularExpression input(QStringLiteral("<input[^>]*name=\"%1\"[^>]*value=\"([^\"]*)\"")
                                       .arg(QRegularExpression::escape(name)));
    const QRegularExpressionMatch match = input.match(html);
    return match.hasMatch() ? match.captured(1) : QString();
}

BrowserSimulator::Outcome BrowserSimulator::signIn(const QUrl& authorizeUrl,
                                                   const QString& username, const QString& password,
                                                   Decision decision)
{
    Outcome outcome;
    const HttpTestReply page = m_client.get(authorizeUrl);
    if (page.status == 302) {
        outcome.redirect = page.location();
        return outcome;
    }
    const QString html = QString::fromUtf8(page.body);
    if (page.status != 200 || !html.contains(QStringLiteral("name=\"password\""))) {
        // Already signed in: the consent page comes straight away.
        if (page.status == 200 && html.contains(QStringLiteral("name=\"decision\""))) {
            return consent(html, authorizeUrl, decision);
        }
        outcome.status = page.status;
        outcome.page = html;
        return outcome;
    }
    const HttpTestReply signedIn = m_client.postForm(
        authorizeUrl.resolved(QUrl(QStringLiteral("/authentication/v2/login"))),
        {{QStringLiteral("transaction"), formValue(html, QStringLiteral("transaction"))},
         {QStringLiteral("username"), username},
         {QStringLiteral("password"), password}});
    if (signedIn.status != 303) {
        outcome.status = signedIn.status;
        outcome.page = QString::fromUtf8(signedIn.body);
        return outcome;
    }
    const HttpTestReply consentPage = m_client.get(authorizeUrl.resolved(signedIn.location()));
    return consent(QString::fromUtf8(consentPage.body), authorizeUrl, decision);
}

BrowserSimulator::Outcome BrowserSimulator::consent(const QString& html, const QUrl& base,
                                                    Decision decision)
{
    Outcome outcome;
    const HttpTestReply decided = m_client.postForm(
        base.resolved(QUrl(QStringLiteral("/authentication/v2/consent"))),
        {{QStringLiteral("transaction"), formValue(html, QStringLiteral("transaction"))},
         {QStringLiteral("decision"),
          decision == Decision::Allow ? QStringLiteral("allow") : QStringLiteral("deny")}});
    if (decided.status == 302) {
        outcome.redirect = decided.location();
    } else {
        outcome.status = decided.status;
        outcome.page = QString::fromUtf8(decided.body);
    }
    return outcome;
}

QUrl BrowserSimulator::errorRedirect(const QUrl& authorizeUrl, const QString& error,
                                     const QString& description)
{
    const QUrlQuery request(authorizeUrl);
    QUrl target(request.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("error"), error);
    answer.addQueryItem(QStringLiteral("error_description"),
                        QString::fromLatin1(QUrl::toPercentEncoding(description)));
    answer.addQueryItem(QStringLiteral("state"),
                        QString::fromLatin1(QUrl::toPercentEncoding(
                            request.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded))));
    target.setQuery(answer);
    return target;
}
