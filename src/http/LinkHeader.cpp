#include "http/LinkHeader.h"

namespace LinkHeader {

QUrl target(const QByteArray& header, const QString& rel, const QUrl& base)
{
    qsizetype i = 0;
    const QString text = QString::fromLatin1(header);
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'<', i);
        if (open < 0) {
            break;
        }
        const qsizetype close = text.indexOf(u'>', open);
        if (close < 0) {
            break;
        }
        const QString uri = text.mid(open + 1, close - open - 1).trimmed();
        // Parameters run to the next link, which starts with '<' after a ','.
        qsizetype end = text.indexOf(u'<', close);
        if (end < 0) {
            end = text.size();
        }
        const QString parameters = text.mid(close + 1, end - close - 1);
        for (const QString& parameter : parameters.split(u';', Qt::SkipEmptyParts)) {
            const QString trimmed = parameter.trimmed();
            if (!trimmed.startsWith(QLatin1String("rel"), Qt::CaseInsensitive)) {
                continue;
            }
            QString value = trimmed.section(u'=', 1).trimmed();
            if (value.endsWith(u',')) {
                value.chop(1);
            }
            value.remove(u'"');
            const QStringList rels = value.split(u' ', Qt::SkipEmptyParts);
            if (rels.contains(rel, Qt::CaseInsensitive)) {
                return base.resolved(QUrl(uri));
            }
        }
        i = close + 1;
    }
    return QUrl();
}

} // namespace LinkHeader
