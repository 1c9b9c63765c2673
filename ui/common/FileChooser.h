// Every "choose a file" in Grantline: the platform's file dialog, unless a
// test has said which file the person picks (the same seam as Confirmation).
#pragma once

#include <QString>

#include <optional>

class QWidget;

class FileChooser
{
public:
    // Empty when the person cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter);

    // For tests: the next choice returns this at once (empty: cancelled).
    static void setNextFileName(const QString& path);

private:
    static std::optional<QString> takeNext();
    static std::optional<QString> s_next;
};
