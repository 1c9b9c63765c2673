// dlt's incremental loading for one endpoint: which record field is the
// cursor, where to start and end, how to order and compare (section 4 of
// dlt's REST API docs).
#pragma once

#include "source/ConfigSection.h"

#include <QJsonValue>
#include <QString>

#include <optional>

struct IncrementalConfig
{
    QString cursorPath;
    QJsonValue initialValue;
    QJsonValue endValue;
    // Deprecated in dlt, still read: query parameters that get the values.
    QString startParam;
    QString endParam;
    QString lastValueFunc = QStringLiteral("max");
    // "asc", "desc" or empty.
    QString rowOrder;
    std::optional<double> lag;
    QString onCursorValueMissing = QStringLiteral("raise");
    QString rangeStart = QStringLiteral("closed");
    QString rangeEnd = QStringLiteral("open");

    static std::optional<IncrementalConfig> read(const QJsonValue& value, const QString& path,
                                                 ConfigProblems* problems);
    // With an end value the run is stateless (dlt): no state read or written.
    bool isStateless() const
    {
        return !endValue.isUndefined() && !endValue.isNull();
    }
    QJsonObject toJson() const;
};
