// One resource of dlt's REST API config: a name (and table), its endpoint,
// and how its rows are written (disposition, keys, column hints, nesting).
#pragma once

#include "source/EndpointConfig.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct ResourceConfig
{
    QString name;
    // Empty: the name.
    QString tableName;
    EndpointConfig endpoint;
    // append, replace, merge or skip; strategy for merge (delete-insert,
    // upsert, scd2, insert-only) when the object form is used.
    QString writeDisposition = QStringLiteral("append");
    QString mergeStrategy;
    QStringList primaryKey;
    QStringList mergeKey;
    QJsonObject columns;
    std::optional<qint64> maxTableNesting;
    bool selected = true;
    bool parallelized = false;
    QStringList includeFromParent;
    // The resource this one takes "{resources.<parent>.…}" values from;
    // filled in once every resource is known.
    QString parent;
    // Where it stands in the file's list, for messages.
    qsizetype fileIndex = -1;

    // "source.resources[2]".
    QString configPath() const
    {
        return QStringLiteral("source.resources[%1]").arg(fileIndex);
    }

    static QStringList keys();
    // A string (the name) or an object. requireName is false for
    // resource_defaults, which has no name of its own.
    static std::optional<ResourceConfig> read(const QJsonValue& value, const QString& path,
                                              ConfigProblems* problems, bool requireName = true);

    QString table() const
    {
        return tableName.isEmpty() ? name : tableName;
    }
    QJsonObject toJson() const;
};
