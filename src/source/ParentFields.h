// What a child resource takes from one record of its parent, dlt's way: the
// values of its "{resources.PARENT.field}" placeholders, and the fields
// include_from_parent adds to its records as "_PARENT_field". A field the
// parent itself took from its own parent counts as the parent's, so that
// grandchildren can use it.
#pragma once

#include "core/JsonPath.h"
#include "source/RequestBuilder.h"
#include "source/ResourceConfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <simdjson.h>
#include <vector>

class ParentFields
{
    Q_DECLARE_TR_FUNCTIONS(ParentFields)

public:
    struct Values
    {
        // The parent's own values with this record's added.
        RequestBuilder::Values placeholders;
        QJsonObject extraFields;
    };

    // The child's field paths, parsed once for all the parent's records.
    explicit ParentFields(const ResourceConfig& child);

    // The values for one parent record; parentValues and parentExtraFields
    // are those the parent's own request had. nullopt, with a sentence, when
    // the record lacks a field.
    std::optional<Values> read(simdjson::dom::element record,
                               const RequestBuilder::Values& parentValues,
                               const QJsonObject& parentExtraFields, QString* error) const;

private:
    QString m_parent;
    QStringList m_placeholderFields;
    QStringList m_includedFields;
    // Both lists above, each field once, and their parsed paths.
    QStringList m_wanted;
    std::vector<std::optional<JsonPath>> m_paths;
};
