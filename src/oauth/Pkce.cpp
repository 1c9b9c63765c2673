#include "oauth/Pkce.h"

#include "core/Base64Url.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

Pkce Pkce::generate()
{
    QByteArray random(32, '\0');
    QRandomGenerator::system()->generate(random.begin(), random.end());
    Pkce pkce;
    pkce.verifier = QString::fromLatin1(Base64Url::encode(random));
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QString Pkce::challengeFor(const QString& verifier)
{
    return QString::fromLatin1(Base64Url::encode(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

bool Pkce::isValidVerifier(const QString& verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128) {
        return false;
    }
    for (QChar c : verifier) {
        const bool unreserved = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u'_' || c == u'~';
        if (!unreserved) {
            return false;
        }
    }
    return true;
}
