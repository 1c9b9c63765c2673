#include "common/TextPrompt.h"

#include <QInputDialog>

std::optional<std::optional<QString>> TextPrompt::s_next;

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
