#include "sandbox/FaultRule.h"

#include <QStringList>

namespace {

struct KindName
{
    FaultRule::Kind kind;
    const char* name;
};

constexpr KindName kKindNames[] = {
    {FaultRule::Kind::TooManyRequests, "429"},
    {FaultRule::Kind::TooManyRequestsDate, "429-date"},
    {FaultRule::Kind::ServerError, "500"},
    {FaultRule::Kind::BadGateway, "502"},
    {FaultRule::Kind::ServiceUnavailable, "503"},
    {FaultRule::Kind::SlowResponse, "slow"},
    {FaultRule::Kind::DroppedConnection, "drop"},
    {FaultRule::Kind::HtmlErrorPage, "html"},
    {FaultRule::Kind::MalformedJson, "malformed"},
};

} // namespace

FaultRule FaultRule::parse(const QString& text, QString* errorString)
{
    FaultRule rule;
    const QStringList parts = text.trimmed().split(u':');
    for (const KindName& entry : kKindNames) {
        if (parts.first() == QLatin1String(entry.name)) {
            rule.kind = entry.kind;
        }
    }
    if (rule.kind == Kind::None) {
        if (errorString) {
            *errorString = QStringLiteral("unknown fault \"%1\" (known: 429, 429-date, 500, 502, "
                                          "503, slow, drop, html, malformed)")
                               .arg(parts.first());
        }
        return {};
    }
    if (parts.size() > 2) {
        if (errorString) {
            *errorString = QStringLiteral("fault \"%1\" has more than one \":\"").arg(text);
        }
        return {};
    }
    if (parts.size() == 2) {
        bool ok = false;
        rule.count = parts.at(1).toInt(&ok);
        if (!ok || rule.count < 0) {
            if (errorString) {
                *errorString = QStringLiteral("fault \"%1\": the count after \":\" must be a "
                                              "whole number")
                                   .arg(text);
            }
            return {};
        }
    }
    return rule;
}

QString FaultRule::kindName(Kind kind)
{
    for (const KindName& entry : kKindNames) {
        if (entry.kind == kind) {
            return QLatin1String(entry.name);
        }
    }
    return QStringLiteral("none");
}

bool FaultRule::isValid() const
{
    return kind != Kind::None;
}
