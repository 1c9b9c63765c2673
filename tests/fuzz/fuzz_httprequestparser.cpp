// HttpRequestParser on any byte stream, as the loopback receiver and the
// sandbox feed it: the first byte picks small or default limits and where the
// stream is cut into reads; the rest is the stream. The requests and the final
// error must be the same whether the bytes come at once or piece by piece, and
// every accessor of a parsed request must cope with what it got.
#include "FuzzSupport.h"

#include "http/HttpRequestParser.h"

#include <QList>

namespace {

struct Outcome
{
    QList<HttpRequest> requests;
    int errorStatus = 0;

    bool operator==(const Outcome& other) const
    {
        if (errorStatus != other.errorStatus || requests.size() != other.requests.size()) {
            return false;
        }
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const HttpRequest& a = requests[i];
            const HttpRequest& b = other.requests[i];
            if (a.method != b.method || a.target != b.target || a.version != b.version
                || a.headers != b.headers || a.body != b.body) {
                return false;
            }
        }
        return true;
    }
};

void useRequest(const HttpRequest& request)
{
    (void)request.path();
    (void)request.pathSegments();
    (void)request.query().queryItems();
    (void)request.queryValue(QStringLiteral("code"));
    (void)request.formFields();
    (void)request.cookie("session");
    (void)request.keepAlive();
    (void)request.header("host");
}

// Drains every ready request; false once the parser failed.
bool drain(HttpRequestParser& parser, Outcome* outcome)
{
    for (;;) {
        (void)parser.takeContinueRequest();
        (void)parser.isInsideRequest();
        switch (parser.parse()) {
        case HttpRequestParser::Result::NeedMoreData:
            return true;
        case HttpRequestParser::Result::Failed:
            outcome->errorStatus = parser.errorStatus();
            Fuzz::check(outcome->errorStatus >= 400 && outcome->errorStatus < 600,
                        "a failure answers with a 4xx or 5xx");
            Fuzz::check(!parser.errorReason().isEmpty(), "a failure says why");
            return false;
        case HttpRequestParser::Result::RequestReady:
            outcome->requests.append(parser.takeRequest());
            useRequest(outcome->requests.last());
            break;
        }
    }
}

Outcome parseInPieces(const QByteArray& stream, HttpRequestLimits limits, qsizetype piece)
{
    HttpRequestParser parser(limits);
    Outcome outcome;
    for (qsizetype at = 0; at < stream.size(); at += piece) {
        parser.append(stream.mid(at, piece));
        if (!drain(parser, &outcome)) {
            break;
        }
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    HttpRequestLimits limits;
    if (data[0] & 0x80) {
        // Small limits, so that the too-large answers are reached too.
        limits.maxHeadBytes = 64 + (data[0] & 0x3f) * 8;
        limits.maxBodyBytes = (data[0] & 0x3f) * 4;
    }
    const qsizetype piece = 1 + (data[0] & 0x0f);
    const QByteArray stream = Fuzz::bytes(data + 1, size - 1);
    const Outcome whole = parseInPieces(stream, limits, qMax<qsizetype>(stream.size(), 1));
    const Outcome pieces = parseInPieces(stream, limits, piece);
    Fuzz::check(whole == pieces, "the same requests whether the bytes come at once or in pieces");
    return 0;
}
