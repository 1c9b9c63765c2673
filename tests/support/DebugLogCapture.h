// What the engine logs while a test runs, with every grantline.* category's
// debug output on (as QT_LOGGING_RULES="grantline.*.debug=true" does), so a
// test can show that secrets stay out of it.
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

class DebugLogCapture
{
public:
    struct Message
    {
        QString category;
        QtMsgType type = QtDebugMsg;
        QString text;
    };

    DebugLogCapture();
    ~DebugLogCapture();
    DebugLogCapture(const DebugLogCapture&) = delete;
    DebugLogCapture& operator=(const DebugLogCapture&) = delete;

    // Grantline's own messages. The in-process sandbox plays the provider,
    // which may well log what it issued, so its category is left out.
    QList<Message> engineMessages() const;
    // The first engine message that holds this text, or an empty string.
    QString find(const QString& text) const;
    // How many engine messages this category (e.g. "grantline.http") wrote.
    int count(const QString& category) const;

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& text);

    QtMessageHandler m_previous = nullptr;
};
