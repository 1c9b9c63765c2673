// Blocking-looking HTTP calls for tests over a real QNetworkAccessManager.
#include "HttpTestClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

QByteArray HttpTestReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QJsonObject HttpTestReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpTestReply::isJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

QUrl HttpTestReply::location() const
{
    return QUrl::fromEncoded(header("Location"));
}

HttpTestClient::HttpTestClient()
{
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkAccessManager& HttpTestClient::manager()
{
    return m_manager;
}

HttpTestReply HttpTestClient::get(const QUrl& url, const Headers& headers)
{
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    return send(request, "GET", {});
}

HttpTestReply HttpTestClient::deleteResource(const QUrl& url)
{
    return send(QNetworkRequest(url), "DELETE", {});
}

HttpTestReply HttpTestClient::getWithBearer(const QUrl& url, const QString& token)
{
    return get(url, {{"Authorization", "Bearer " + token.toLatin1()}});
}

HttpTestReply HttpTestClient::postForm(const QUrl& url,
                                       const QList<QPair<QString, QString>>& fields,
                                       const Headers& headers)
{
    Headers all = headers;
    all.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return post(url, encodeForm(fields), all);
}

HttpTestReply HttpTestClient::post(const QUrl& url, const QByteArray& body, const Headers& headers)
{
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    return send(request, "POST", body);
}

QByteArray HttpTestClient::encodeForm(const QList<QPair<QString, QString>>& fields)
{
    QByteArray encoded;
    for (const auto& [name, value] : fields) {
        if (!encoded.isEmpty()) {
            encoded += '&';
        }
        encoded += QUrl::toPercentEncoding(name, " ").replace(' ', '+') + '='
            + QUrl::toPercentEncoding(value, " ").replace(' ', '+');
    }
    return encoded;
}

QByteArray HttpTestClient::basicAuth(const QString& clientId, const QString& secret)
{
    // RFC 6749 §2.3.1: form-encode each half before Base64.
    const QByteArray pair = encodeForm({{clientId, QString()}}).chopped(1) + ':'
        + encodeForm({{secret, QString()}}).chopped(1);
    return "Basic " + pair.toBase64();
}

HttpTestReply HttpTestClient::send(QNetworkRequest request, const QByteArray& verb,
                                   const QByteArray& body)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply* reply = m_manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpTestReply result;
    result.elapsedMs = clock.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs()) {
        result.headers.append(pair);
    }
    reply->deleteLater();
    return result;
}
