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
    // The places to look for metadata, in the order RFC 8414 §5 gives.
    static QList<QUrl> metadataUrls(const QString& issuer);

    // Why an endpoint may not be used, or an empty string: TLS is required
    // except on loopback (RFC 8252 §8.3).
    static QString refusalFor(const QUrl& endpoint);
    // The first refusal among the endpoints that are set.
    QString refusal() const;

    QJsonObject toJson() const;
    static ProviderEndpoints fromJson(const QJsonObject& json);
};
