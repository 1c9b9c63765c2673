// Screenshots for the README, taken by the GUI tests: saved as DIR/NAME.png
// when GRANTLINE_SCREENSHOTS=DIR is set, skipped otherwise.
#pragma once

#include <QDir>
#include <QWidget>

namespace Screenshots {

// False when a folder was asked for and the picture could not be saved.
inline bool save(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("GRANTLINE_SCREENSHOTS");
    if (folder.isEmpty()) {
        return true;
    }
    QDir().mkpath(folder);
    return widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace Screenshots
