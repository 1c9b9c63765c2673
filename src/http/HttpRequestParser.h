// Reads HTTP/1.1 requests out of a byte stream, one at a time, with limits, so
// that a local server answers garbage with a 4xx instead of crashing or
// buffering without end.
#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>

// Outside the parser class so that it can be a default argument (GCC refuses
// nested structs with member initializers there).
struct HttpRequestLimits
{
    qsizetype maxHeadBytes = 16 * 1024;
    qsizetype maxBodyBytes = 1024 * 1024;
};

class HttpRequestParser
{
public:
    using Limits = HttpRequestLimits;

    enum class Result { NeedMoreData, RequestReady, Failed };

    explicit HttpRequestParser(Limits limits = {});

    void append(const QByteArray& data);
    // Tries to complete the next request from what has been appended.
    Result parse();
    // The request completed by the last parse() that returned RequestReady.
    HttpRequest takeRequest();
    // After Failed: the status to answer with and why.
    int errorStatus() const;
    QByteArray errorReason() const;
    // True when bytes of a next request are waiting (pipelining).
    bool hasBufferedData() const;
    // True once some bytes of a request have arrived but not all of it.
    bool isInsideRequest() const;
    // True once after a head with "Expect: 100-continue" whose body has not
    // started: the server should send "100 Continue".
    bool takeContinueRequest();

private:
    enum class Stage { Head, SizedBody, ChunkSize, ChunkData, ChunkTrailer };

    Result parseHead();
    Result parseSizedBody();
    Result parseChunkSize();
    Result parseChunkData();
    Result parseChunkTrailer();
    bool parseRequestLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    Result startBody();
    Result fail(int status, const QByteArray& reason);
    Result finishRequest();
    bool wantsContinue() const;
    // Takes one line (without its CRLF or LF) from the buffer, if complete.
    bool takeLine(QByteArray* line, qsizetype limit, bool* tooLong);

    Limits m_limits;
    QByteArray m_buffer;
    Stage m_stage = Stage::Head;
    HttpRequest m_request;
    HttpRequest m_ready;
    qsizetype m_remainingBody = 0;
    int m_errorStatus = 0;
    bool m_continueWanted = false;
    QByteArray m_errorReason;
};
