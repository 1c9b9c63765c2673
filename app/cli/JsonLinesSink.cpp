#include "JsonLinesSink.h"

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
    // include_from_parent values written once per page and spliced into each
    // record's text: the record itself never goes through Qt's JSON, which
    // would round integers beyond 2^53.
    QByteArray extra = QJsonDocument(extraFields).toJson(QJsonDocument::Compact);
    extra = extra.mid(1, extra.size() - 2);
    for (const simdjson::dom::element& record : records) {
        std::string line = simdjson::minify(record);
        if (!extra.isEmpty() && record.type() == simdjson::dom::element_type::OBJECT) {
            line.pop_back();
            if (line.size() > 1) {
                line += ',';
            }
            line.append(extra.constData(), size_t(extra.size()));
            line += '}';
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
