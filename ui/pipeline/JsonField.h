// A value of a pipeline file written as JSON (params, headers, columns…):
// a text box checked as it is typed, with the parse error shown under it
// (reason, line and column). Empty means "not written". Also the small
// conversions the endpoint editor's one-line fields share.
#pragma once

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

class JsonField : public QWidget
{
    Q_OBJECT

public:
    explicit JsonField(QWidget* parent = nullptr);

    QPlainTextEdit* edit() const;
    QString text() const;
    void setText(const QString& text);
    void setPlaceholderText(const QString& text);
    // What a screen reader calls the box (and its problem).
    void setFieldName(const QString& name);
    QString fieldName() const;

    // Undefined when empty; nullopt while the text is not JSON.
    std::optional<QJsonValue> value() const;
    // Why the text is not JSON ("… at line 2, column 5"); empty when it is.
    QString error() const;

    // Puts a JSON string holding text at the cursor (replacing a
    // selection): bare when the cursor is inside a string already.
    void insertString(const QString& text);

    // One line typed as a value: a number, true, false, null or a quoted
    // string as JSON reads it, anything else as text.
    static QJsonValue scalar(const QString& text);
    // The other way: a string as it is, anything else as compact JSON.
    static QString scalarText(const QJsonValue& value);
    static QString compact(const QJsonValue& value);

Q_SIGNALS:
    void changed();

private:
    void check();

    QPlainTextEdit* m_edit;
    QLabel* m_error;
    QString m_name;
    QString m_errorText;
};
