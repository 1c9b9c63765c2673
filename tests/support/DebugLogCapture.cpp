#include "DebugLogCapture.h"

#include <QLoggingCategory>
#include <QMutex>

namespace {

// The message handler is a plain function: the capture it feeds lives here.
QMutex g_mutex;
QList<DebugLogCapture::Message> g_messages;

} // namespace

DebugLogCapture::DebugLogCapture()
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("grantline.*.debug=true"));
    m_previous = qInstallMessageHandler(&DebugLogCapture::handle);
}

DebugLogCapture::~DebugLogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

void DebugLogCapture::handle(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    QMutexLocker lock(&g_mutex);
    g_messages.append({QString::fromLatin1(context.category), type, text});
}

QList<DebugLogCapture::Message> DebugLogCapture::engineMessages() const
{
    QMutexLocker lock(&g_mutex);
    QList<Message> engine;
    for (const Message& message : std::as_const(g_messages)) {
        if (message.category.startsWith(QLatin1String("grantline."))
            && message.category != QLatin1String("grantline.sandbox")) {
            engine.append(message);
        }
    }
    return engine;
}

QString DebugLogCapture::find(const QString& text) const
{
    for (const Message& message : engineMessages()) {
        if (message.text.contains(text)) {
            return message.category + QStringLiteral(": ") + message.text;
        }
    }
    return QString();
}

int DebugLogCapture::count(const QString& category) const
{
    int found = 0;
    for (const Message& message : engineMessages()) {
        found += message.category == category ? 1 : 0;
    }
    return found;
}
