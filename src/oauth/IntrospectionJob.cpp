#include "oauth/IntrospectionJob.h"

IntrospectionJob::IntrospectionJob(QNetworkAccessManager* network, const QUrl& endpoint,
                                   const ClientRegistration& client, const QString& clientSecret,
                                   const QString& token, const QString& tokenTypeHint,
                                   QObject* parent)
    : OAuthRequestJob(network, endpoint, client, clientSecret,
                      tokenTypeHint.isEmpty()
                          ? Fields{{QStringLiteral("token"), token}}
                          : Fields{{QStringLiteral("token"), token},
                                   {QStringLiteral("token_type_hint"), tokenTypeHint}},
                      parent)
{ }

bool IntrospectionJob::isActive() const
{
    return m_active;
}

QJsonObject IntrospectionJob::details() const
{
    return m_active ? response() : QJsonObject();
}

void IntrospectionJob::acceptResponse()
{
    const QJsonValue active = response().value(QStringLiteral("active"));
    if (!active.isBool()) {
        failWith(MalformedResponse, tr("The introspection answer has no \"active\" field."));
        return;
    }
    m_active = active.toBool();
    emitResult();
}
