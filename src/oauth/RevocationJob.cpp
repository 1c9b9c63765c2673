#include "oauth/RevocationJob.h"

RevocationJob::RevocationJob(QNetworkAccessManager* network, const QUrl& endpoint,
                             const ClientRegistration& client, const QString& clientSecret,
                             const QString& token, const QString& tokenTypeHint, QObject* parent)
    : OAuthRequestJob(
        network, endpoint, client, clientSecret,
        {{QStringLiteral("token"), token}, {QStringLiteral("token_type_hint"), tokenTypeHint}},
        parent)
{ }

bool RevocationJob::needsJsonAnswer() const
{
    return false;
}
