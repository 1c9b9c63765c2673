// One step of an extraction's walk: a request series (a top-level resource,
// or a child resource for one parent record) with its next request and its
// answer, or a page already read whose records wait for their turn.
#pragma once

#include "core/JsonPath.h"
#include "http/PageRequest.h"
#include "http/Paginator.h"
#include "source/RequestBuilder.h"

#include <QJsonObject>
#include <QSet>

#include <memory>
#include <simdjson.h>
#include <vector>

class PageFetchJob;
struct ResourceConfig;

struct WalkStep
{
    enum class Stage {
        // The first request is not built yet.
        New,
        // A request is built and waits to be sent.
        Ready,
        // The request is out (or waits at the throttle).
        InFlight,
        // The answer is in and waits to be read.
        Answered,
        // Not a request: a page read, whose records wait for their turn at
        // the sink.
        Parsed,
        // Nothing more to ask or to give.
        Done,
    };

    const ResourceConfig* resource = nullptr;
    Stage stage = Stage::New;
    // A series' placeholders, its next request and how it pages.
    RequestBuilder::Values values;
    QJsonObject extraFields;
    PageRequest request;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::unique_ptr<Paginator> paginator;
    std::optional<JsonPath> selector;
    PageFetchJob* answer = nullptr;
    int pages = 0;
    // A Parsed step's records (they point into the document).
    std::vector<simdjson::dom::element> records;
    std::shared_ptr<const simdjson::dom::document> document;
    // The answer's size while it is held: Answered, or Parsed.
    qint64 bytes = 0;

    // Notes the request about to go out; false when the series asked for
    // it already (a paginator going in circles). Remembers a window of
    // recent requests: enough for any loop a paginator makes, and memory
    // stays flat however long the walk.
    bool rememberRequest();

private:
    // QSet and QList allocate nothing while empty: a step that never pages
    // (most children, every page read) costs no window.
    QSet<QByteArray> m_seen;
    QList<QByteArray> m_seenOrder;
};
