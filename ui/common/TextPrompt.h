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

    // A secret: typed unseen (password echo), never prefilled.
    static std::optional<QString> askSecret(QWidget* parent, const QString& title,
                                            const QString& label);

    // For tests: the next ask() returns this at once (nullopt: cancelled).
    static void setNextAnswer(std::optional<QString> answer);
    // For tests: the next askSecret() returns this at once.
    static void setNextSecret(std::optional<QString> answer);
    // For tests: whether a secret set is still waiting to be asked for, and
    // forgetting every answer set.
    static bool secretWaiting();
    static void clearNextAnswers();

private:
    static std::optional<std::optional<QString>> s_next;
    static std::optional<std::optional<QString>> s_nextSecret;
};
