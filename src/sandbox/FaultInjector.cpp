#include "sandbox/FaultInjector.h"

#include "sandbox/OAuthErrors.h"

#include <QDateTime>
#include <QLocale>

FaultInjector::FaultInjector(SandboxContext& context)
    : m_context(context)
{ }

FaultRule::Kind FaultInjector::faultFor(const HttpRequest& request, bool globalRulesApply)
{
    FaultRule::Kind kind = perRequestFault(request);
    if (kind == FaultRule::Kind::None && globalRulesApply) {
        kind = globalFault();
    }
    if (kind != FaultRule::Kind::None) {
        m_context.count(QStringLiteral("fault_") + FaultRule::kindName(kind));
        m_context.count(QStringLiteral("faults"));
    }
    return kind;
}

FaultRule::Kind FaultInjector::perRequestFault(const HttpRequest& request)
{
    QString spec = request.queryValue(QStringLiteral("sandbox_fault"));
    if (spec.isEmpty()) {
        spec = QString::fromLatin1(request.header("x-sandbox-fault"));
    }
    if (spec.isEmpty()) {
        return FaultRule::Kind::None;
    }
    const FaultRule rule = FaultRule::parse(spec);
    if (!rule.isValid()) {
        return FaultRule::Kind::None;
    }
    if (rule.count > 0) {
        // Bounded: a client that varies its URLs forever cannot grow this without end.
        if (m_firedPerUrl.size() > 100000) {
            m_firedPerUrl.clear();
        }
        int& fired = m_firedPerUrl[spec.toLatin1() + ' ' + request.method + ' ' + request.target];
        if (fired >= rule.count) {
            return FaultRule::Kind::None;
        }
        ++fired;
    }
    return rule.kind;
}

FaultRule::Kind FaultInjector::globalFault()
{
    if (m_context.settings.globalFaults.isEmpty()) {
        return FaultRule::Kind::None;
    }
    ++m_globalRequests;
    for (const FaultRule& rule : std::as_const(m_context.settings.globalFaults)) {
        if (rule.count <= 1 || m_globalRequests % rule.count == 0) {
            return rule.kind;
        }
    }
    return FaultRule::Kind::None;
}

int FaultInjector::delayMs(const HttpRequest& request)
{
    bool ok = false;
    const int delay = request.queryValue(QStringLiteral("sandbox_delay_ms")).toInt(&ok);
    return ok && delay >= 0 && delay <= 600000 ? delay : 2000;
}

HttpResponse FaultInjector::corrupt(FaultRule::Kind kind, const HttpRequest& request,
                                    const HttpResponse& good) const
{
    bool ok = false;
    int retryAfter = request.queryValue(QStringLiteral("sandbox_retry_after")).toInt(&ok);
    if (!ok || retryAfter < 0) {
        retryAfter = 1;
    }
    switch (kind) {
    case FaultRule::Kind::TooManyRequests:
    case FaultRule::Kind::TooManyRequestsDate: {
        HttpResponse response = HttpResponse::json(
            429,
            QJsonDocument(QJsonObject{
                {QStringLiteral("developerMessage"), QStringLiteral("Quota limit exceeded.")}}));
        if (kind == FaultRule::Kind::TooManyRequests) {
            response.setHeader("Retry-After", QByteArray::number(retryAfter));
        } else {
            // RFC 9110 IMF-fixdate, always in English and GMT.
            const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(retryAfter);
            response.setHeader(
                "Retry-After",
                QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
                    + " GMT");
        }
        return response;
    }
    case FaultRule::Kind::ServerError:
        return OAuthErrors::gateway(500, QStringLiteral("ERR-003"),
                                    QStringLiteral("Internal error (injected by the sandbox)."));
    case FaultRule::Kind::BadGateway:
        return OAuthErrors::gateway(502, QStringLiteral("ERR-003"),
                                    QStringLiteral("Bad gateway (injected by the sandbox)."));
    case FaultRule::Kind::ServiceUnavailable: {
        HttpResponse response =
            OAuthErrors::gateway(503, QStringLiteral("ERR-003"),
                                 QStringLiteral("Service unavailable (injected by the sandbox)."));
        // RFC 9110 §10.2.3: a 503 may say when to come back; only when asked.
        if (ok) {
            response.setHeader("Retry-After", QByteArray::number(retryAfter));
        }
        return response;
    }
    case FaultRule::Kind::HtmlErrorPage:
        return HttpResponse::html(
            200,
            QStringLiteral("<!DOCTYPE html><html><head><title>Error</title></head><body>"
                           "<h1>Something went wrong</h1><p>The service is temporarily "
                           "unavailable. Please try again later.</p></body></html>"));
    case FaultRule::Kind::MalformedJson: {
        HttpResponse response = good;
        response.status = 200;
        response.body = good.body.left(good.body.size() / 2) + "\"{]";
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        return response;
    }
    case FaultRule::Kind::None:
    case FaultRule::Kind::SlowResponse:
    case FaultRule::Kind::DroppedConnection:
        break;
    }
    return good;
}
