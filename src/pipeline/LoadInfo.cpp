#include "pipeline/LoadInfo.h"

#include <QJsonArray>

#include <cmath>

QString LoadInfo::duration(double seconds)
{
    if (seconds < 0) {
        return QStringLiteral("---");
    }
    const qint64 whole = qint64(std::floor(seconds));
    const qint64 hours = whole / 3600;
    const qint64 minutes = whole / 60 % 60;
    const double rest = seconds - double(hours * 3600 + minutes * 60);
    QStringList parts;
    // Units in English as dlt prints them: this line is meant to match dlt's.
    if (hours > 0) {
        parts << QStringLiteral("%1 hour%2")
                     .arg(hours)
                     .arg(hours == 1 ? QString() : QStringLiteral("s"));
    }
    if (minutes > 0) {
        parts << QStringLiteral("%1 minute%2")
                     .arg(minutes)
                     .arg(minutes == 1 ? QString() : QStringLiteral("s"));
    }
    if (rest > 0 || parts.isEmpty()) {
        parts << QStringLiteral("%1 seconds").arg(rest, 0, 'f', 2);
    }
    if (parts.size() == 1) {
        return parts.first();
    }
    const QString last = parts.takeLast();
    return parts.join(QLatin1String(", ")) + QLatin1String(" and ") + last;
}

QString LoadInfo::location() const
{
    if (!serverLocation.isEmpty()) {
        return serverLocation;
    }
    return QStringLiteral("sqlite:///") + databasePath;
}

QString LoadInfo::text() const
{
    // dlt's lines word for word and untranslated: scripts that read dlt's
    // output read Grantline's too. The GUI shows its own translated summary.
    QString text;
    text += QStringLiteral("Pipeline %1 load step completed in %2\n")
                .arg(pipelineName, duration(seconds));
    const int packages = failure.isEmpty() ? 1 : 0;
    text += QStringLiteral("%1 load package(s) were loaded to destination %2 and into dataset %3\n")
                .arg(packages)
                .arg(destination, dataset);
    text += QStringLiteral("The %1 destination used %2 location to store data\n")
                .arg(destination, location());
    if (failure.isEmpty()) {
        text +=
            QStringLiteral("Load package %1 is LOADED and contains no failed jobs\n").arg(loadId);
    } else {
        text += QStringLiteral("Load package %1 is ABORTED and contains 1 FAILED job(s)!\n\t[%2]: "
                               "%3\n")
                    .arg(loadId, QStringLiteral("load"), failure);
    }
    if (!tableRows.isEmpty()) {
        text += QStringLiteral("Normalized data for the following tables:\n");
        for (const auto& [table, rows] : tableRows) {
            text += QStringLiteral("- %1: %2 row(s)\n").arg(table).arg(rows);
        }
    }
    return text;
}

QJsonObject LoadInfo::toJson() const
{
    QJsonArray tables;
    for (const auto& [table, rows] : tableRows) {
        tables.append(
            QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("rows"), rows}});
    }
    QJsonObject json{
        {QStringLiteral("pipeline"), pipelineName},
        {QStringLiteral("destination"), destination},
        {QStringLiteral("dataset"), dataset},
        {QStringLiteral("location"), location()},
        {QStringLiteral("load_id"), loadId},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("records"), records},
        {QStringLiteral("state"),
         failure.isEmpty() ? QStringLiteral("loaded") : QStringLiteral("aborted")},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
    if (!failure.isEmpty()) {
        json.insert(QStringLiteral("error"), failure);
    }
    return json;
}
