// Where a provider's OAuth endpoints are, and what it says it supports:
// from discovery, a preset (APS, the sandbox) or typed in by hand.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

struct ProviderEndpoints
{
    QString issuer;
    QUrl authorization;
    QUrl token;
    QUrl jwks;
    QUrl introspection;
    QUrl revocation;
    QUrl userInfo;
    QUrl endSession;
    QStringList tokenAuthMethods;
    QStringList codeChallengeMethods;
    // RFC 9207: the provider puts "iss" in every authorization response.
    bool sendsIssuerInResponse = false;

    // Autodesk Platform Services, Authentication v2.
    static ProviderEndpoints aps();
    // From an OpenID Connect or RFC 8414 metadata document. The document's
    // issuer must equal expectedIssuer exactly (RFC 8414 §3.3).
    static ProviderEndpoints fromMetadata(const QJsonObject& metadata,
                                          const QString& expectedIssuer, QString* errorString);
    // The places to look for metadata: OpenID Connect's first (most providers
    // publish it, and for an issuer without a path RFC 8414 §5 makes the two
    // documents interchangeable), then RFC 8414's.
    static QList<QUrl> metadataUrls(const QString& issuer);

    // Why an endpoint may not be used, or an empty string: TLS is required
    // except on loopback (RFC 8252 §8.3).
    static QString refusalFor(const QUrl& endpoint);
    // The first refusal among the endpoints that are set.
    QString refusal() const;

    // Where to send the browser to end the provider's own session (OIDC
    // RP-Initiated Logout), naming the app; empty when the provider has none.
    // No id_token_hint: the URL is shown and may be pasted anywhere.
    QUrl logoutUrl(const QString& clientId) const;

    QJsonObject toJson() const;
    static ProviderEndpoints fromJson(const QJsonObject& json);
};
