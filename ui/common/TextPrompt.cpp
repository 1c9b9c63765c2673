#include "common/TextPrompt.h"

#include <QInputDialog>

std::optional<std::optional<QString>> TextPrompt::s_next;
std::optional<std::optional<QString>> TextPrompt::s_nextSecret;

std::optional<QString> TextPrompt::ask(QWidget* parent, const QString& title, const QString& label,
                                       const QString& text)
{
    if (s_next) {
        return *std::exchange(s_next, std::nullopt);
    }
    bool ok = false;
    const QString answer =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

void TextPrompt::setNextAnswer(std::optional<QString> answer)
{
    s_next = std::move(answer);
}

std::optional<QString> TextPrompt::askSecret(QWidget* parent, const QString& title,
                                             const QString& label)
{
    if (s_nextSecret) {
        return *std::exchange(s_nextSecret, std::nullopt);
    }
    bool ok = false;
    const QString answer =
        QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

void TextPrompt::setNextSecret(std::optional<QString> answer)
{
    s_nextSecret = std::move(answer);
}

bool TextPrompt::secretWaiting()
{
    return s_nextSecret.has_value();
}

void TextPrompt::clearNextAnswers()
{
    s_next.reset();
    s_nextSecret.reset();
}
