// A paginator as a pipeline file names it, with dlt's types and parameters:
// "json_link", {"type": "offset", "limit": 100}, … Checked when read, so a
// run never starts with a paginator that cannot work.
#pragma once

#include "source/ConfigSection.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct PaginatorConfig
{
    // json_link, header_link, cursor, header_cursor, offset, page_number,
    // single_page or auto ("json_response" is read as json_link).
    QString type = QStringLiteral("auto");
    // The parameters as written, type excluded; defaults are the paginator's.
    QJsonObject parameters;

    static QStringList types();
    // The parameters a type takes (type excluded); empty for an unknown type.
    static QStringList parametersOf(const QString& type);
    // A string or an object; nullopt (problems recorded) when unusable.
    static std::optional<PaginatorConfig> read(const QJsonValue& value, const QString& path,
                                               ConfigProblems* problems);
    QJsonValue toJson() const;
};
