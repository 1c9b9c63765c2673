#include "pipeline/RowId.h"

#include <QRandomGenerator>

#include <openssl/evp.h>

#include <charconv>
#include <cstring>
#include <memory>
#include <random>
#include <string>

namespace RowId {
namespace {

// One context and one fetched algorithm per thread: a lookup by name per
// row went through OpenSSL's locked provider tables.
struct Digest
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    EVP_MD* shake = EVP_MD_fetch(nullptr, "SHAKE128", nullptr);
    ~Digest()
    {
        EVP_MD_free(shake);
        EVP_MD_CTX_free(context);
    }
};

} // namespace

Text fromBytes(const unsigned char bytes[kBytes])
{
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    Text out{};
    size_t n = 0;
    for (int i = 0; i < kBytes; i += 3) {
        const unsigned v = unsigned(bytes[i]) << 16
            | (i + 1 < kBytes ? unsigned(bytes[i + 1]) << 8 : 0u)
            | (i + 2 < kBytes ? unsigned(bytes[i + 2]) : 0u);
        out[n++] = kAlphabet[(v >> 18) & 63];
        out[n++] = kAlphabet[(v >> 12) & 63];
        if (i + 1 < kBytes) {
            out[n++] = kAlphabet[(v >> 6) & 63];
        }
        if (i + 2 < kBytes) {
            out[n++] = kAlphabet[v & 63];
        }
    }
    return out;
}

Text random()
{
    thread_local std::mt19937_64 generator(QRandomGenerator::system()->generate64());
    unsigned char bytes[16];
    const uint64_t a = generator();
    const uint64_t b = generator();
    std::memcpy(bytes, &a, 8);
    std::memcpy(bytes + 8, &b, 8);
    return fromBytes(bytes);
}

Text child(std::string_view parentId, std::string_view table, int64_t index)
{
    thread_local Digest digest;
    char number[24];
    const auto end = std::to_chars(number, number + sizeof(number), index).ptr;
    unsigned char bytes[kBytes];
    EVP_DigestInit_ex2(digest.context, digest.shake, nullptr);
    EVP_DigestUpdate(digest.context, parentId.data(), parentId.size());
    EVP_DigestUpdate(digest.context, "_", 1);
    EVP_DigestUpdate(digest.context, table.data(), table.size());
    EVP_DigestUpdate(digest.context, "_", 1);
    EVP_DigestUpdate(digest.context, number, size_t(end - number));
    EVP_DigestFinalXOF(digest.context, bytes, sizeof(bytes));
    return fromBytes(bytes);
}

} // namespace RowId
