// Writes records as JSON lines to a stream (stdout for grantline-cli
// extract): one compact object per line, parent fields merged in.
#pragma once

#include "source/RecordSink.h"

#include <cstdio>

class JsonLinesSink : public RecordSink
{
public:
    explicit JsonLinesSink(FILE* out);

    bool accept(const QString& resource, const std::vector<simdjson::dom::element>& records,
                const QJsonObject& extraFields, QString* error) override;

    qint64 written() const;

private:
    FILE* m_out;
    qint64 m_written = 0;
};
