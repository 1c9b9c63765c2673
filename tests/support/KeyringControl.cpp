#include "KeyringControl.h"

#include <QProcess>

namespace KeyringControl {

bool lock()
{
    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    return lock.waitForFinished(20000) && lock.exitCode() == 0;
}

} // namespace KeyringControl
