// What the browser brought back to the loopback redirect URI.
#pragma once

#include <QMetaType>
#include <QString>

struct LoopbackCallback
{
    QString code;
    QString state;
    // RFC 9207: the issuer, when the provider sends it.
    QString issuer;
    // RFC 6749 §4.1.2.1: set when the provider refused.
    QString error;
    QString errorDescription;
    QString errorUri;

    bool isError() const
    {
        return !error.isEmpty();
    }
};
Q_DECLARE_METATYPE(LoopbackCallback)
