#include "RevocationRecorder.h"

#include <QJsonDocument>
#include <QJsonObject>

RevocationRecorder::RevocationRecorder()
{
    m_server.setHandler([this](const HttpRequest& request, HttpConnection* connection) {
        m_revocations.append(request.formFields());
        connection->respond(HttpResponse::json(200, QJsonDocument(QJsonObject())));
    });
}

bool RevocationRecorder::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl RevocationRecorder::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/revoke").arg(m_server.port()));
}

const QList<QList<HttpRequest::Field>>& RevocationRecorder::revocations() const
{
    return m_revocations;
}

bool RevocationRecorder::sawRefreshThenAccess(const QString& refreshToken,
                                              const QString& accessToken) const
{
    using Field = HttpRequest::Field;
    return m_revocations.size() == 2
        && m_revocations.at(0).contains(Field(QStringLiteral("token"), refreshToken))
        && m_revocations.at(0).contains(
            Field(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")))
        && m_revocations.at(1).contains(Field(QStringLiteral("token"), accessToken))
        && m_revocations.at(1).contains(
            Field(QStringLiteral("token_type_hint"), QStringLiteral("access_token")));
}
