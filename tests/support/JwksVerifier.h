// Verifies an RS256 JWT against a JWKS document with OpenSSL, independently
// of the sandbox's own signing code, so a test proves what a client would see.
#pragma once

#include <QJsonObject>
#include <QString>

namespace JwksVerifier {
// True when the token's kid names an RSA key in jwks and the signature verifies.
bool verify(const QByteArray& jwt, const QJsonObject& jwks, QString* why = nullptr);
QJsonObject header(const QByteArray& jwt);
QJsonObject claims(const QByteArray& jwt);
} // namespace JwksVerifier
