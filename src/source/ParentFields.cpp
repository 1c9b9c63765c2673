#include "source/ParentFields.h"

#include "http/PageResponse.h"
#include "source/DataSelector.h"
#include "source/ResourceGraph.h"

ParentFields::ParentFields(const ResourceConfig& child)
    : m_parent(child.parent)
    , m_placeholderFields(ResourceGraph::parentFields(child))
    , m_includedFields(child.includeFromParent)
    , m_wanted(m_placeholderFields + m_includedFields)
{
    for (const QString& field : std::as_const(m_wanted)) {
        QString error;
        m_paths.push_back(JsonPath::parse(field, &error));
    }
}

std::optional<ParentFields::Values> ParentFields::read(simdjson::dom::element record,
                                                       const RequestBuilder::Values& parentValues,
                                                       const QJsonObject& parentExtraFields,
                                                       QString* error) const
{
    Values values{parentValues, {}};
    for (qsizetype i = 0; i < m_wanted.size(); ++i) {
        const QString& field = m_wanted[i];
        const std::optional<JsonPath>& path = m_paths[size_t(i)];
        const std::optional<simdjson::dom::element> value =
            path ? path->first(record) : std::nullopt;
        if (!value && !parentExtraFields.contains(field)) {
            *error = tr("a record of \"%1\" has no \"%2\" (it has: %3).")
                         .arg(m_parent, field, DataSelector::keysOf(record));
            return std::nullopt;
        }
        const QJsonValue json =
            value ? PageResponse::toJson(*value) : parentExtraFields.value(field);
        if (m_placeholderFields.contains(field)) {
            values.placeholders.insert(QStringLiteral("resources.%1.%2").arg(m_parent, field),
                                       json);
        }
        if (m_includedFields.contains(field)) {
            values.extraFields.insert(QStringLiteral("_%1_%2").arg(m_parent, field), json);
        }
    }
    return values;
}
