// Every "are you sure?" in Grantline: a warning box whose default is Cancel,
// with one button for the action. Tests pre-answer the next question instead
// of finding a button by its translated text (KeePassXC's MessageBox seam).
#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

class Confirmation
{
public:
    enum class Answer { Confirmed, Cancelled };

    struct Question
    {
        QString title;
        QString text;
        QString action;
        // AcceptRole, or DestructiveRole for what cannot be undone.
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    };

    // True when the person chose the action. Shows the box modally, unless
    // a test has set the next answer.
    static bool ask(QWidget* parent, const Question& question);

    // For tests: the next ask() returns this at once, showing nothing.
    static void setNextAnswer(Answer answer);
    // For tests: what the last ask() asked (shown or pre-answered).
    static Question lastQuestion();

private:
    static std::optional<Answer> s_nextAnswer;
    static Question s_lastQuestion;
};
