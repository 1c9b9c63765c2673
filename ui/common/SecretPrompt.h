// "Store Secret": a secret's name and its value in one dialog, the value
// typed unseen and the name taking only what a {secrets.NAME} may hold, so
// that a value is never typed where it would be shown or written. Tests
// say what the person types, the same seam as TextPrompt.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

class SecretPrompt
{
    Q_DECLARE_TR_FUNCTIONS(SecretPrompt)

public:
    struct Answer
    {
        QString name;
        QString value;
    };

    // nullopt when the person cancelled. storeName: where the value goes
    // ("the GNOME keyring"); name: the secret's, when it is known already
    // (shown, not to be changed).
    static std::optional<Answer> ask(QWidget* parent, const QString& storeName,
                                     const QString& name = QString());

    // Why a name cannot name a secret (empty: it can): letters, digits and
    // "_", starting with a letter, at most 64; and not what looks like a
    // value typed in the wrong field (long, with upper and lower case and
    // digits mixed), which would end up in the pipeline file.
    static QString nameProblem(const QString& name);

    // For tests: the next ask() returns this at once (nullopt: cancelled).
    static void setNextAnswer(std::optional<Answer> answer);

private:
    static std::optional<std::optional<Answer>> s_next;
};
