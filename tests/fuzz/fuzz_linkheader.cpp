// LinkHeader::target on any header bytes: the first byte picks the rel asked
// for, the rest is the header. The answer is empty or an absolute URL.
#include "FuzzSupport.h"

#include "http/LinkHeader.h"

#include <QStringList>
#include <QUrl>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    static const QStringList rels{QStringLiteral("next"), QStringLiteral("prev"),
                                  QStringLiteral("last"), QStringLiteral("first")};
    static const QUrl base(QStringLiteral("https://api.example/v1/items?page=1"));
    const QString rel = rels.at(data[0] % rels.size());
    const QUrl target = LinkHeader::target(Fuzz::bytes(data + 1, size - 1), rel, base);
    // Resolved against an absolute base: never a relative URL.
    Fuzz::check(target.isEmpty() || !target.isRelative(), "a found link is absolute");
    return 0;
}
