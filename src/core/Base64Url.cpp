#include "core/Base64Url.h"

namespace Base64Url {

QByteArray encode(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decode(const QByteArray& text)
{
    for (char c : text) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!allowed) {
            return std::nullopt;
        }
    }
    if (text.size() % 4 == 1) {
        return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        return std::nullopt;
    }
    return result.decoded;
}

} // namespace Base64Url
