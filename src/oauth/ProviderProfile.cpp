#include "oauth/ProviderProfile.h"

#include "oauth/ApsScopes.h"

#include <QUrl>

namespace {

ProviderProfile aps()
{
    ProviderProfile profile;
    profile.id = QStringLiteral("aps");
    profile.displayName = ProviderProfile::tr("Autodesk Platform Services");
    profile.requiresExactCallback = true;
    // The port the APS desktop samples register; any fixed free port works.
    profile.suggestedRedirectUri = QStringLiteral("http://localhost:8080/callback");
    profile.hasPresetEndpoints = true;
    for (const QString& scope : ApsScopes::all()) {
        profile.scopes.append({scope, ApsScopes::describe(scope)});
    }
    return profile;
}

} // namespace

QStringList ProviderProfile::ids()
{
    return {QStringLiteral("aps"), QStringLiteral("oidc"), QStringLiteral("manual"),
            QStringLiteral("sandbox")};
}

ProviderProfile ProviderProfile::forId(const QString& id)
{
    if (id == QLatin1String("aps")) {
        return aps();
    }
    ProviderProfile profile;
    profile.id = id;
    if (id == QLatin1String("sandbox")) {
        profile.displayName = tr("Sandbox (built in, offline)");
        profile.usesDiscovery = true;
        for (const QString& scope : ApsScopes::all()) {
            profile.scopes.append({scope, ApsScopes::describe(scope)});
        }
    } else if (id == QLatin1String("oidc")) {
        profile.displayName = tr("OpenID Connect provider (discovery)");
        profile.usesDiscovery = true;
    } else {
        profile.displayName = tr("Other OAuth 2.0 provider (endpoints typed in)");
    }
    return profile;
}

ProviderEndpoints ProviderProfile::presetEndpoints() const
{
    return id == QLatin1String("aps") ? ProviderEndpoints::aps() : ProviderEndpoints();
}

QString ProviderProfile::problemWith(const ClientRegistration& client) const
{
    if (client.scopes.isEmpty()) {
        return tr("Choose at least one scope.");
    }
    if (!client.needsSecret() && client.grantType == QLatin1String("client_credentials")) {
        return tr("An app without a secret cannot get app tokens: client credentials need a "
                  "confidential or server-to-server app and its client secret.");
    }
    return id == QLatin1String("aps") ? apsProblemWith(client) : QString();
}

QString ProviderProfile::apsProblemWith(const ClientRegistration& client) const
{
    if (client.scopes.size() > ApsScopes::kMaxScopes) {
        return tr("APS accepts at most %1 scopes in one request.").arg(ApsScopes::kMaxScopes);
    }
    for (const QString& scope : client.scopes) {
        if (!ApsScopes::isKnown(scope) && !ApsScopes::isResourceScope(scope)) {
            return tr("APS has no scope \"%1\". Known scopes: %2.")
                .arg(scope, ApsScopes::all().join(QStringLiteral(", ")));
        }
    }
    if (!client.isUserGrant()) {
        return QString();
    }
    const QUrl redirect(client.redirectUri);
    if (client.redirectUri.isEmpty() || redirect.port() <= 0) {
        return tr("APS matches callback URLs exactly, port included. Register a callback such "
                  "as %1 with your app in the APS portal and give the same URL here.")
            .arg(suggestedRedirectUri);
    }
    return QString();
}
