#include "JsonLinesSink.h"

#include "http/PageResponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

JsonLinesSink::JsonLinesSink(FILE* out)
    : m_out(out)
{ }

qint64 JsonLinesSink::written() const
{
    return m_written;
}

bool JsonLinesSink::accept(const QString&, const std::vector<simdjson::dom::element>& records,
                           const QJsonObject& extraFields, QString* error)
{
    for (const simdjson::dom::element& record : records) {
        std::string line;
        if (extraFields.isEmpty() || record.type() != simdjson::dom::element_type::OBJECT) {
            // The common case stays in simdjson: no detour through Qt's JSON.
            line = simdjson::minify(record);
        } else {
            QJsonObject object = PageResponse::toJson(record).toObject();
            for (auto it = extraFields.begin(); it != extraFields.end(); ++it) {
                object.insert(it.key(), it.value());
            }
            line = QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
        }
        line += '\n';
        if (std::fwrite(line.data(), 1, line.size(), m_out) != line.size()) {
            *error = QCoreApplication::translate("JsonLinesSink",
                                                 "Could not write the records (is the output "
                                                 "closed?).");
            return false;
        }
        ++m_written;
    }
    return true;
}
