// Where a page's records are, dlt's way: a JSONPath data selector, or, when
// the config has none, the first list named like records ("data", "items",
// "results", …) up to three keys deep, else the first list, else the whole
// body.
#pragma once

#include "core/JsonPath.h"

#include <QString>

#include <simdjson.h>
#include <vector>

namespace DataSelector {

// A selector for this body, as dlt's find_response_page_data picks it.
QString detect(simdjson::dom::element body);
// The records the selector finds: one list match is unwrapped, null means
// none, a single object or value is one record; several matches are records.
std::vector<simdjson::dom::element> records(simdjson::dom::element body, const JsonPath& selector);
// An object's keys, for a message saying what a body or record has.
QString keysOf(simdjson::dom::element body);

} // namespace DataSelector
