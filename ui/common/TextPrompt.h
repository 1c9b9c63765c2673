// Every "type a name" in Grantline: the platform's input dialog, unless a
// test has said what the person types (the same seam as Confirmation).
#pragma once

#include <QString>

#include <optional>

class QWidget;

class TextPrompt
{
public:
    // nullopt when the person cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& label,
                                      const QString& text);

    // For tests: the next ask() returns this at once (nullopt: cancelled).
    static void setNextAnswer(std::optional<QString> answer);

private:
    static std::optional<std::optional<QString>> s_next;
};
