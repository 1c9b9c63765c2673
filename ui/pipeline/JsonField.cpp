#include "pipeline/JsonField.h"

#include "common/PlainTextLabel.h"
#include "source/JsonSourceTree.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

JsonField::JsonField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(QStringLiteral("jsonFieldEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab moves on, as in every other field: the keyboard path out.
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const int lines = 3;
    m_edit->setFixedHeight(
        m_edit->fontMetrics().lineSpacing() * lines
        + 2 * (m_edit->frameWidth() + int(m_edit->document()->documentMargin())));
    setFocusProxy(m_edit);
    // Its own height (the box, and the problem when shown), not the page's.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_error = PlainTextLabel::create(this, "jsonFieldError");
    m_error->hide();
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        check();
        Q_EMIT changed();
    });
}

QPlainTextEdit* JsonField::edit() const
{
    return m_edit;
}

QString JsonField::text() const
{
    return m_edit->toPlainText();
}

void JsonField::setText(const QString& text)
{
    m_edit->setPlainText(text);
}

void JsonField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void JsonField::setFieldName(const QString& name)
{
    m_name = name;
    m_edit->setAccessibleName(name);
    m_error->setAccessibleName(tr("%1: not valid JSON").arg(name));
}

QString JsonField::fieldName() const
{
    return m_name;
}

std::optional<QJsonValue> JsonField::value() const
{
    const QByteArray text = m_edit->toPlainText().trimmed().toUtf8();
    if (text.isEmpty()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    JsonSourceTree tree;
    JsonSourceTree::SyntaxError error;
    if (!tree.parse(text, &error)) {
        return std::nullopt;
    }
    return tree.value(tree.root());
}

QString JsonField::error() const
{
    return m_errorText;
}

void JsonField::check()
{
    // The same parser as the file's, so its reason and place read alike.
    const QByteArray text = m_edit->toPlainText().toUtf8();
    JsonSourceTree tree;
    JsonSourceTree::SyntaxError error;
    if (text.trimmed().isEmpty() || tree.parse(text, &error)) {
        m_errorText.clear();
    } else {
        m_errorText = tr("not valid JSON: %1 at line %2, column %3")
                          .arg(error.reason)
                          .arg(error.line)
                          .arg(error.column);
    }
    m_error->setText(m_errorText);
    m_error->setVisible(!m_errorText.isEmpty());
}

void JsonField::insertString(const QString& text)
{
    QTextCursor cursor = m_edit->textCursor();
    const QString before = m_edit->toPlainText().left(cursor.selectionStart());
    // Inside a string when an odd number of unescaped quotes precede.
    bool inString = false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i) == u'\\') {
            ++i;
        } else if (before.at(i) == u'"') {
            inString = !inString;
        }
    }
    const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    // ["…"] without its brackets: the string as JSON writes it.
    const QString literal = QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    cursor.insertText(inString ? literal.mid(1, literal.size() - 2) : literal);
    m_edit->setTextCursor(cursor);
}

QJsonValue JsonField::scalar(const QString& text)
{
    const QByteArray trimmed = text.trimmed().toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson('[' + trimmed + ']');
    if (!trimmed.isEmpty() && document.isArray() && document.array().size() == 1) {
        const QJsonValue value = document.array().first();
        // "\"42\"" (quoted) is the way to write a string of digits.
        if (!value.isObject() && !value.isArray()) {
            return value;
        }
    }
    return text;
}

QString JsonField::scalarText(const QJsonValue& value)
{
    // Quoted only when it would read back as something else ("42", "true").
    const bool plain = value.isString() && scalar(value.toString()) == value;
    return plain ? value.toString() : compact(value);
}

QString JsonField::compact(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return QString();
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}
