#include "http/HttpRequestParser.h"

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 tchar.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray& text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (char c : text) {
        if (!isTokenChar(c)) {
            return false;
        }
    }
    return true;
}

bool isVisibleTarget(const QByteArray& target)
{
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
            return false;
        }
    }
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{ }

void HttpRequestParser::append(const QByteArray& data)
{
    m_buffer += data;
}

HttpRequestParser::Result HttpRequestParser::parse()
{
    if (m_errorStatus != 0) {
        return Result::Failed;
    }
    for (;;) {
        Result result = Result::NeedMoreData;
        const Stage before = m_stage;
        switch (m_stage) {
        case Stage::Head:
            result = parseHead();
            break;
        case Stage::SizedBody:
            result = parseSizedBody();
            break;
        case Stage::ChunkSize:
            result = parseChunkSize();
            break;
        case Stage::ChunkData:
            result = parseChunkData();
            break;
        case Stage::ChunkTrailer:
            result = parseChunkTrailer();
            break;
        }
        if (result != Result::NeedMoreData || m_stage == before) {
            return result;
        }
    }
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::move(m_ready);
}

int HttpRequestParser::errorStatus() const
{
    return m_errorStatus;
}

QByteArray HttpRequestParser::errorReason() const
{
    return m_errorReason;
}

bool HttpRequestParser::hasBufferedData() const
{
    return !m_buffer.isEmpty();
}

bool HttpRequestParser::isInsideRequest() const
{
    if (m_stage != Stage::Head) {
        return true;
    }
    // Line breaks left between keep-alive requests do not start a request.
    for (char c : m_buffer) {
        if (c != '\r' && c != '\n') {
            return true;
        }
    }
    return false;
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool wanted = m_continueWanted;
    m_continueWanted = false;
    return wanted;
}

bool HttpRequestParser::takeLine(QByteArray* line, qsizetype limit, bool* tooLong)
{
    const qsizetype newline = m_buffer.indexOf('\n');
    *tooLong = false;
    if (newline < 0) {
        *tooLong = m_buffer.size() > limit;
        return false;
    }
    if (newline > limit) {
        *tooLong = true;
        return false;
    }
    *line = m_buffer.left(newline);
    if (line->endsWith('\r')) {
        line->chop(1);
    }
    m_buffer.remove(0, newline + 1);
    return true;
}

HttpRequestParser::Result HttpRequestParser::parseHead()
{
    // Empty lines before a request line are tolerated (RFC 9112 §2.2).
    qsizetype leading = 0;
    while (leading < m_buffer.size() && (m_buffer[leading] == '\r' || m_buffer[leading] == '\n')) {
        ++leading;
    }
    m_buffer.remove(0, leading);
    if (m_buffer.isEmpty()) {
        return Result::NeedMoreData;
    }
    // Look for the blank line that ends the head before consuming anything, so
    // that the head's size can be bounded as a whole.
    const qsizetype crlfEnd = m_buffer.indexOf("\n\r\n");
    const qsizetype lfEnd = m_buffer.indexOf("\n\n");
    const qsizetype end = crlfEnd < 0 ? lfEnd : (lfEnd < 0 ? crlfEnd : qMin(crlfEnd, lfEnd));
    // The head's size counts its blank line: then the limit holds alike
    // whether the head came in one read or byte by byte (found by fuzzing).
    const qsizetype headSize = end < 0 ? m_buffer.size() : end + (end == crlfEnd ? 3 : 2);
    if (headSize > m_limits.maxHeadBytes) {
        return fail(431, "request head too large");
    }
    if (end < 0) {
        return Result::NeedMoreData;
    }
    m_request = HttpRequest();
    QByteArray line;
    bool tooLong = false;
    if (!takeLine(&line, m_limits.maxHeadBytes, &tooLong)) {
        return fail(400, "malformed request line");
    }
    if (!parseRequestLine(line)) {
        return Result::Failed;
    }
    for (;;) {
        if (!takeLine(&line, m_limits.maxHeadBytes, &tooLong)) {
            return fail(400, "unterminated header");
        }
        if (line.isEmpty()) {
            break;
        }
        if (!parseHeaderLine(line)) {
            return Result::Failed;
        }
    }
    return startBody();
}

bool HttpRequestParser::parseRequestLine(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()
        || !isVisibleTarget(parts[1])) {
        fail(400, "malformed request line");
        return false;
    }
    if (!parts[2].startsWith("HTTP/")) {
        fail(400, "malformed request line");
        return false;
    }
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        fail(505, "only HTTP/1.0 and HTTP/1.1 are spoken here");
        return false;
    }
    m_request.method = parts[0];
    m_request.version = parts[2];
    QByteArray target = parts[1];
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // Absolute form: keep only the path and query.
        const qsizetype pathStart = target.indexOf('/', target.indexOf("//") + 2);
        target = pathStart < 0 ? QByteArray("/") : target.mid(pathStart);
    }
    if (!target.startsWith('/') && target != "*") {
        fail(400, "malformed request target");
        return false;
    }
    m_request.target = target;
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(400, "malformed header line");
        return false;
    }
    const QByteArray name = line.left(colon);
    if (!isToken(name)) {
        fail(400, "malformed header name");
        return false;
    }
    m_request.headers.append({name.toLower(), line.mid(colon + 1).trimmed()});
    return true;
}

HttpRequestParser::Result HttpRequestParser::startBody()
{
    const bool hasLength = m_request.hasHeader("content-length");
    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    if (!transferEncoding.isEmpty()) {
        // Both framings at once is how requests get smuggled; refuse it.
        if (hasLength) {
            return fail(400, "both Content-Length and Transfer-Encoding");
        }
        if (transferEncoding != "chunked") {
            return fail(501, "unsupported transfer coding");
        }
        m_stage = Stage::ChunkSize;
        m_continueWanted = wantsContinue();
        return Result::NeedMoreData;
    }
    if (hasLength) {
        // Several Content-Length headers must agree, or the framing is ambiguous.
        for (const auto& [name, value] : std::as_const(m_request.headers)) {
            if (name == "content-length" && value != m_request.header("content-length")) {
                return fail(400, "conflicting Content-Length headers");
            }
        }
        bool ok = false;
        const QByteArray text = m_request.header("content-length");
        const qlonglong length = text.toLongLong(&ok);
        if (!ok || length < 0 || !isToken(text)) {
            return fail(400, "invalid Content-Length");
        }
        if (length > m_limits.maxBodyBytes) {
            return fail(413, "request body too large");
        }
        m_remainingBody = qsizetype(length);
        m_stage = Stage::SizedBody;
        m_continueWanted = length > 0 && wantsContinue();
        return Result::NeedMoreData;
    }
    return finishRequest();
}

bool HttpRequestParser::wantsContinue() const
{
    return m_request.version == "HTTP/1.1" && m_request.header("expect").toLower() == "100-continue"
        && m_buffer.isEmpty();
}

HttpRequestParser::Result HttpRequestParser::parseSizedBody()
{
    const qsizetype take = qMin(m_remainingBody, m_buffer.size());
    m_request.body += m_buffer.left(take);
    m_buffer.remove(0, take);
    m_remainingBody -= take;
    if (m_remainingBody > 0) {
        return Result::NeedMoreData;
    }
    return finishRequest();
}

HttpRequestParser::Result HttpRequestParser::parseChunkSize()
{
    QByteArray line;
    bool tooLong = false;
    if (!takeLine(&line, 1024, &tooLong)) {
        return tooLong ? fail(400, "malformed chunk size") : Result::NeedMoreData;
    }
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray digits = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    bool ok = false;
    const qlonglong size = digits.toLongLong(&ok, 16);
    if (!ok || size < 0 || digits.isEmpty() || digits.size() > 15) {
        return fail(400, "malformed chunk size");
    }
    if (m_request.body.size() + size > m_limits.maxBodyBytes) {
        return fail(413, "request body too large");
    }
    if (size == 0) {
        m_stage = Stage::ChunkTrailer;
        return Result::NeedMoreData;
    }
    m_remainingBody = qsizetype(size);
    m_stage = Stage::ChunkData;
    return Result::NeedMoreData;
}

HttpRequestParser::Result HttpRequestParser::parseChunkData()
{
    // The chunk's bytes followed by CRLF.
    if (m_buffer.size() < m_remainingBody + 2) {
        return Result::NeedMoreData;
    }
    if (m_buffer.mid(m_remainingBody, 2) != "\r\n") {
        return fail(400, "malformed chunk");
    }
    m_request.body += m_buffer.left(m_remainingBody);
    m_buffer.remove(0, m_remainingBody + 2);
    m_remainingBody = 0;
    m_stage = Stage::ChunkSize;
    return Result::NeedMoreData;
}

HttpRequestParser::Result HttpRequestParser::parseChunkTrailer()
{
    QByteArray line;
    bool tooLong = false;
    for (;;) {
        if (!takeLine(&line, m_limits.maxHeadBytes, &tooLong)) {
            return tooLong ? fail(431, "trailer too large") : Result::NeedMoreData;
        }
        if (line.isEmpty()) {
            return finishRequest();
        }
    }
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QByteArray& reason)
{
    m_errorStatus = status;
    m_errorReason = reason;
    return Result::Failed;
}

HttpRequestParser::Result HttpRequestParser::finishRequest()
{
    m_ready = std::move(m_request);
    m_request = HttpRequest();
    m_stage = Stage::Head;
    return Result::RequestReady;
}
