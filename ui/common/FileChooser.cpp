#include "common/FileChooser.h"

#include <QFileDialog>

std::optional<QString> FileChooser::s_next;

QString FileChooser::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filter)
{
    if (const std::optional<QString> next = takeNext()) {
        return *next;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileChooser::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    if (const std::optional<QString> next = takeNext()) {
        return *next;
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

void FileChooser::setNextFileName(const QString& path)
{
    s_next = path;
}

std::optional<QString> FileChooser::takeNext()
{
    return std::exchange(s_next, std::nullopt);
}
