#include "ProgressLine.h"

#include "core/TerminalText.h"

#include <QCoreApplication>
#include <QLocale>

#include <unistd.h>

ProgressLine::ProgressLine(FILE* stream)
    : m_stream(stream)
    , m_enabled(isatty(fileno(stream)) == 1
                || qEnvironmentVariableIsSet("GRANTLINE_FORCE_PROGRESS"))
{
    m_started.start();
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::update(const QString& resource, qint64 records)
{
    if (!m_enabled) {
        return;
    }
    m_records[resource] = records;
    if (m_started.elapsed() - m_lastDraw >= 250) {
        m_lastDraw = m_started.elapsed();
        draw();
    }
}

void ProgressLine::draw()
{
    const double seconds = qMax(0.001, double(m_started.elapsed()) / 1000.0);
    QStringList parts;
    qint64 total = 0;
    const QLocale locale;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        parts << QCoreApplication::translate("ProgressLine", "%1 %2")
                     .arg(it.key(), locale.toString(it.value()));
        total += it.value();
    }
    const QString line =
        QCoreApplication::translate("ProgressLine", "%1 records/s — %2")
            .arg(locale.toString(qint64(double(total) / seconds)), parts.join(QLatin1String(", ")));
    std::fprintf(m_stream, "\r\033[K%s", TerminalText::sanitize(line).toLocal8Bit().constData());
    std::fflush(m_stream);
    m_drawn = true;
}

void ProgressLine::finish()
{
    if (m_drawn) {
        std::fprintf(m_stream, "\r\033[K");
        std::fflush(m_stream);
        m_drawn = false;
    }
}
