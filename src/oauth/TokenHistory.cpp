#include "oauth/TokenHistory.h"

#include "core/AtomicFile.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QStringList& eventKeys()
{
    static const QStringList keys{QStringLiteral("signed_in"), QStringLiteral("refreshed"),
                                  QStringLiteral("revoked"), QStringLiteral("signed_out")};
    return keys;
}

} // namespace

TokenHistory::TokenHistory(const QString& home)
    : m_home(home)
{ }

QString TokenHistory::pathFor(const QString& connection) const
{
    return QDir(m_home).filePath(QStringLiteral("history/%1.json").arg(connection));
}

QList<TokenHistory::Entry> TokenHistory::entries(const QString& connection) const
{
    QFile file(pathFor(connection));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Entry> result;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        const qsizetype event =
            eventKeys().indexOf(object.value(QStringLiteral("event")).toString());
        const QDateTime at =
            QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODate);
        if (event < 0 || !at.isValid()) {
            continue;
        }
        result.append({Event(event), at,
                       QDateTime::fromString(object.value(QStringLiteral("expires_at")).toString(),
                                             Qt::ISODate)});
    }
    return result;
}

bool TokenHistory::record(const QString& connection, const Entry& entry, QString* errorString)
{
    QList<Entry> all = entries(connection);
    all.append(entry);
    if (all.size() > kMaxEntries) {
        all = all.mid(all.size() - kMaxEntries);
    }
    QJsonArray array;
    for (const Entry& item : std::as_const(all)) {
        QJsonObject object{{QStringLiteral("event"), eventKeys().at(int(item.event))},
                           {QStringLiteral("at"), item.at.toUTC().toString(Qt::ISODate)}};
        if (item.expiresAt.isValid()) {
            object.insert(QStringLiteral("expires_at"),
                          item.expiresAt.toUTC().toString(Qt::ISODate));
        }
        array.append(object);
    }
    QDir().mkpath(QDir(m_home).filePath(QStringLiteral("history")));
    if (const QString why = AtomicFile::write(pathFor(connection),
                                              QJsonDocument(array).toJson(QJsonDocument::Compact));
        !why.isEmpty()) {
        if (errorString) {
            *errorString =
                tr("The token history of \"%1\" could not be written: %2").arg(connection, why);
        }
        return false;
    }
    return true;
}

bool TokenHistory::remove(const QString& connection)
{
    return !QFile::exists(pathFor(connection)) || QFile::remove(pathFor(connection));
}

QString TokenHistory::eventName(Event event)
{
    switch (event) {
    case Event::SignedIn:
        return tr("Signed in");
    case Event::Refreshed:
        return tr("Refreshed");
    case Event::Revoked:
        return tr("Revoked");
    case Event::SignedOut:
        break;
    }
    return tr("Signed out");
}
