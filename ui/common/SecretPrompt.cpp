#include "common/SecretPrompt.h"

#include "common/PlainTextLabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

std::optional<std::optional<SecretPrompt::Answer>> SecretPrompt::s_next;

std::optional<SecretPrompt::Answer> SecretPrompt::ask(QWidget* parent, const QString& storeName,
                                                      const QString& knownName)
{
    if (s_next) {
        return *std::exchange(s_next, std::nullopt);
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("secretPrompt"));
    dialog.setWindowTitle(tr("Store Secret"));
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("secretName"));
    name->setAccessibleName(tr("Name of the secret"));
    name->setPlaceholderText(tr("letters, digits and _"));
    name->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_]*")), name));
    if (!knownName.isEmpty()) {
        name->setText(knownName);
        name->setReadOnly(true);
    }
    auto* value = new QLineEdit(&dialog);
    value->setObjectName(QStringLiteral("secretValue"));
    value->setAccessibleName(tr("Value of the secret"));
    value->setEchoMode(QLineEdit::Password);
    QLabel* note = PlainTextLabel::create(&dialog, "secretNote");
    note->setText(tr("The value is kept in %1, never in the pipeline file; the file names it "
                     "{secrets.NAME}.")
                      .arg(storeName));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Store"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto update = [&] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!name->text().isEmpty() && !value->text().isEmpty());
    };
    QObject::connect(name, &QLineEdit::textChanged, &dialog, update);
    QObject::connect(value, &QLineEdit::textChanged, &dialog, update);
    update();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Value:"), value);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return Answer{name->text(), value->text()};
}

QString SecretPrompt::nameProblem(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    if (!valid.match(name).hasMatch()) {
        return tr("A secret's name starts with a letter and holds letters, digits and _ only (at "
                  "most 64).");
    }
    const bool upper = name.contains(QRegularExpression(QStringLiteral("[A-Z]")));
    const bool lower = name.contains(QRegularExpression(QStringLiteral("[a-z]")));
    const bool digit = name.contains(QRegularExpression(QStringLiteral("[0-9]")));
    if (name.size() >= 20 && upper && lower && digit) {
        return tr("That looks like the secret's value, not its name: give it a short name such "
                  "as shop_api_key, and the value below.");
    }
    return QString();
}

void SecretPrompt::setNextAnswer(std::optional<Answer> answer)
{
    s_next = std::move(answer);
}
