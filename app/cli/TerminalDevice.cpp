#include "TerminalDevice.h"

#include "core/TerminalText.h"

TerminalDevice::TerminalDevice(FILE* stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalDevice::readData(char*, qint64)
{
    return -1;
}

qint64 TerminalDevice::writeData(const char* data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray clean = TerminalText::sanitize(text).toUtf8();
    std::fwrite(clean.constData(), 1, size_t(clean.size()), m_stream);
    std::fflush(m_stream);
    // All of it was taken, what was dropped included.
    return size;
}
