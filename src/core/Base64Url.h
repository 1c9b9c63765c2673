// base64url without padding (RFC 4648 §5), as JWTs, JWKs and PKCE use it.
#pragma once

#include <QByteArray>
#include <optional>

namespace Base64Url {
QByteArray encode(const QByteArray& data);
// Strict: refuses padding and characters outside the base64url alphabet.
std::optional<QByteArray> decode(const QByteArray& text);
} // namespace Base64Url
