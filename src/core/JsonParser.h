// One JSON document at a time through simdjson, with what Grantline needs
// beyond its defaults, the same for an API page and a JSON-lines record:
// nesting up to 20,000 levels (the normalizer stores what is deeper than its
// limit as JSON, without recursing), and integers beyond 64 bits, which
// simdjson refuses, kept digit for digit as strings instead of failing.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <simdjson.h>
#include <string>
#include <string_view>

class JsonParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonParser)

public:
    static constexpr size_t kMaxDepth = 20000;

    JsonParser();

    // The root of text; valid until the next parse. padded: text is followed
    // by simdjson::SIMDJSON_PADDING readable bytes (no copy is made then).
    simdjson::error_code parse(std::string_view text, bool padded, simdjson::dom::element* root);
    // The same into a document of the caller's, which outlives later parses:
    // its elements may be handed on (to another thread) with it.
    simdjson::error_code parseInto(std::string_view text, bool padded,
                                   simdjson::dom::document* document, simdjson::dom::element* root);
    // A reason for a person: "the text is not valid UTF-8", ….
    static QString describe(simdjson::error_code error);

    // Integers too large for 64 bits put in quotes; everything else as it was.
    static std::string quoteLargeIntegers(std::string_view json);

private:
    simdjson::dom::parser m_parser;
    std::string m_quoted;
};
