#include "pipeline/NamingConvention.h"

#include <QRegularExpression>
#include <QStringList>

#include <openssl/evp.h>

namespace NamingConvention {
namespace {

bool isKept(QChar c)
{
    // [a-zA-Z0-9_] plus, as Python's \d does, any decimal digit.
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c.isDigit();
}

int utf8Size(const QString& name)
{
    int bytes = 0;
    for (const QChar c : name) {
        // A surrogate pair is four bytes, two for each half.
        bytes += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 || c.isSurrogate() ? 2 : 3;
    }
    return bytes;
}

// dlt's shortening: the head, the tag of the original, the tail.
QString tagged(const QString& normalized, const QString& original, int maxLength)
{
    if (normalized.size() <= maxLength) {
        return normalized;
    }
    const int room = maxLength - 6;
    const int head = (room + 1) / 2;
    const int tail = room / 2;
    return normalized.left(head) + shorteningTag(original)
        + (tail > 0 ? normalized.right(tail) : QString());
}

QString shortened(const QString& normalized, const QString& original, int maxLength)
{
    if (maxLength <= 0) {
        return normalized;
    }
    QString name = tagged(normalized, original, maxLength);
    // dlt counts characters; PostgreSQL keeps maxLength bytes and cuts the
    // rest without a tag, so two long names of wide digits would meet (and
    // a column its variant). Shorter, with the tag, until the bytes fit.
    for (int budget = int(qMin<qsizetype>(maxLength, normalized.size())) - 1;
         budget > 6 && utf8Size(name) > maxLength; --budget) {
        name = tagged(normalized, original, budget);
    }
    return name;
}

} // namespace

QString shorteningTag(const QString& original)
{
    const QByteArray input = original.toUtf8();
    unsigned char digest[4] = {};
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(context, EVP_shake128(), nullptr);
    EVP_DigestUpdate(context, input.constData(), size_t(input.size()));
    EVP_DigestFinalXOF(context, digest, sizeof(digest));
    EVP_MD_CTX_free(context);
    QString tag = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), sizeof(digest)).toBase64());
    tag.remove(u'=');
    tag.replace(u'/', u'a');
    tag.replace(u'+', u'b');
    return tag.toLower();
}

QString identifier(const QString& name, int maxLength)
{
    const QString stripped = name.trimmed();
    if (stripped.isEmpty()) {
        return QString();
    }
    QString text;
    text.reserve(stripped.size());
    bool inRun = false;
    for (QChar c : stripped) {
        switch (c.unicode()) {
        case '+':
        case '*':
            c = u'x';
            break;
        case '-':
            c = u'_';
            break;
        case '@':
            c = u'a';
            break;
        case '|':
            c = u'l';
            break;
        default:
            break;
        }
        // Every run of other characters becomes one "_".
        if (isKept(c)) {
            text += c;
            inRun = false;
        } else if (!inRun) {
            text += u'_';
            inRun = true;
        }
    }
    static const QRegularExpression wordStart(QStringLiteral("([^_])([A-Z][a-z]+)"));
    static const QRegularExpression caseChange(QStringLiteral("([a-z0-9])([A-Z])"));
    text.replace(wordStart, QStringLiteral("\\1_\\2"));
    text.replace(caseChange, QStringLiteral("\\1_\\2"));
    text = text.toLower();
    if (text.at(0).isDigit()) {
        text.prepend(u'_');
    }
    qsizetype trailing = 0;
    while (trailing < text.size() && text.at(text.size() - 1 - trailing) == u'_') {
        ++trailing;
    }
    text.chop(trailing);
    text += QString(trailing, u'x');
    static const QRegularExpression underscores(QStringLiteral("__+"));
    text.replace(underscores, QStringLiteral("_"));
    return shortened(text, stripped, maxLength);
}

QString path(const QString& name, int maxLength)
{
    QStringList parts;
    for (const QString& part : name.split(QStringLiteral("__"))) {
        const QString normalized = identifier(part);
        if (!normalized.isEmpty()) {
            parts << normalized;
        }
    }
    return shortened(parts.join(QStringLiteral("__")), name.trimmed(), maxLength);
}

QString joinPath(const QString& prefix, const QString& part, int maxLength)
{
    const QString joined = prefix + QStringLiteral("__") + part;
    // Normalized identifiers are fixed points of identifier(), so while
    // nothing is shortened the join is already what path() would return.
    // A shortened prefix (maxLength long) always takes the full path.
    if (maxLength <= 0 || (joined.size() <= maxLength && utf8Size(joined) <= maxLength)) {
        return joined;
    }
    return path(joined, maxLength);
}

} // namespace NamingConvention
