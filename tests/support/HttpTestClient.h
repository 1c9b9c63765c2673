// Blocking-looking HTTP calls for tests, on a real QNetworkAccessManager: each
// call spins the event loop until the reply is complete. Redirects are never
// followed, so tests see each 302/303 themselves.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

struct HttpTestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const;
    bool isJson() const;
    QUrl location() const;
};

class HttpTestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpTestClient();

    HttpTestReply get(const QUrl& url, const Headers& headers = {});
    HttpTestReply getWithBearer(const QUrl& url, const QString& token);
    // An application/x-www-form-urlencoded POST.
    HttpTestReply postForm(const QUrl& url, const QList<QPair<QString, QString>>& fields,
                           const Headers& headers = {});
    HttpTestReply post(const QUrl& url, const QByteArray& body, const Headers& headers = {});
    HttpTestReply deleteResource(const QUrl& url);

    // Form encoding as a browser does it (spaces as "+").
    static QByteArray encodeForm(const QList<QPair<QString, QString>>& fields);
    static QByteArray basicAuth(const QString& clientId, const QString& secret);

    QNetworkAccessManager& manager();

private:
    HttpTestReply send(QNetworkRequest request, const QByteArray& verb, const QByteArray& body);

    QNetworkAccessManager m_manager;
};
