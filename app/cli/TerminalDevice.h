// Where grantline-cli's messages go (stderr): every write is passed through
// TerminalText::sanitize, so no provider or API text can send escape
// sequences or control characters to the terminal, whichever message
// quotes it.
#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

class TerminalDevice : public QIODevice
{
public:
    explicit TerminalDevice(FILE* stream);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    FILE* m_stream;
    // Stateful: a character split between two writes still decodes.
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};
