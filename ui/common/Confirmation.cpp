#include "common/Confirmation.h"

#include <QPushButton>

std::optional<Confirmation::Answer> Confirmation::s_nextAnswer;
Confirmation::Question Confirmation::s_lastQuestion;

bool Confirmation::ask(QWidget* parent, const Question& question)
{
    s_lastQuestion = question;
    if (const std::optional<Answer> answer = std::exchange(s_nextAnswer, std::nullopt)) {
        return *answer == Answer::Confirmed;
    }
    QMessageBox box(QMessageBox::Warning, question.title, question.text, QMessageBox::Cancel,
                    parent);
    box.setObjectName(QStringLiteral("confirmation"));
    QPushButton* go = box.addButton(question.action, question.role);
    go->setObjectName(QStringLiteral("confirmationAction"));
    // Names are the user's words: shown as written.
    box.setTextFormat(Qt::PlainText);
    // A stray Enter must not revoke or delete anything.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void Confirmation::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

Confirmation::Question Confirmation::lastQuestion()
{
    return s_lastQuestion;
}
