#include "common/DesktopNotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>
#include <QWidget>

void DesktopNotifier::notify(QWidget* window, const QString& summary, const QString& body)
{
    // The Desktop Notifications Specification's Notify(app_name,
    // replaces_id, app_icon, summary, body, actions, hints, expire_timeout).
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QVariantMap hints;
    // Lets the shell tie the notification to Grantline's launcher entry.
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    call << QGuiApplication::applicationDisplayName() << uint(0)
         << QStringLiteral("org.grantline.Grantline") << summary << body << QStringList() << hints
         << int(-1);
    // No bus or no service: the task bar's attention is what is left.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.send(call);
    }
    if (window) {
        QApplication::alert(window);
    }
}
