// What Grantline knows about a kind of provider beyond its endpoints: how a
// person registers an app there, which scopes it offers and what they mean,
// and the rules a registration must follow (APS matches callback URLs
// exactly, port included; other providers accept any loopback port).
#pragma once

#include "oauth/ClientRegistration.h"
#include "oauth/ProviderEndpoints.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct ProviderProfile
{
    Q_DECLARE_TR_FUNCTIONS(ProviderProfile)

public:
    struct Scope
    {
        QString name;
        // Translated: "read all your data".
        QString description;
    };

    // "aps", "oidc", "manual" or "sandbox".
    QString id;
    QString displayName;
    // The provider compares redirect URIs as strings: a loopback redirect
    // must be registered and used with one fixed port.
    bool requiresExactCallback = false;
    // A redirect URI to register when the user has none yet.
    QString suggestedRedirectUri;
    // The scopes to offer, when the provider's list is known in advance.
    QList<Scope> scopes;
    // Where the endpoints come from: a preset (APS), discovery (oidc,
    // sandbox) or typed in (manual).
    bool usesDiscovery = false;
    bool hasPresetEndpoints = false;

    static ProviderProfile forId(const QString& id);
    static QStringList ids();
    ProviderEndpoints presetEndpoints() const;

    // Why this registration will not work with this provider, in a sentence
    // that says what to do; empty when it is fine.
    QString problemWith(const ClientRegistration& client) const;

private:
    QString apsProblemWith(const ClientRegistration& client) const;
};
