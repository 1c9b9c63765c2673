// Tells the person something on the desktop while they look elsewhere (a
// long run ended): a notification through the freedesktop notification
// service on the session bus (GNOME, KDE, XFCE…), sent without waiting for
// an answer so the window never blocks, and the window asks for attention
// in the task bar. The text must hold no secret: it leaves the process.
#pragma once

#include <QString>

class QWidget;

class DesktopNotifier
{
public:
    static void notify(QWidget* window, const QString& summary, const QString& body);
};
