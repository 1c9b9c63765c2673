// One simple key of the endpoint editor ("endpoint.path", "primary_key"…):
// the control that shows it (a line, a choice, a number or a JSON field),
// loaded with what the file writes and, greyed, what applies when it writes
// nothing (resource_defaults, the client), and the value to write back.
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <functional>

class QWidget;

class EditorField
{
    Q_DECLARE_TR_FUNCTIONS(EditorField)

public:
    enum class Kind {
        Text,
        // A number, true/false or text, as JSON reads it.
        Scalar,
        // One key (written as a string) or several (a list), comma-separated.
        Names,
        // Always a list, comma-separated.
        List,
        // One of choicesOf(key); the first item writes nothing.
        Choice,
        // A number from -1 ("not written") up.
        Nesting,
        // A count with the bounds countRangeOf(key); its lowest value is
        // "not written".
        Count,
        Json,
    };

    // The control for key, named after its label ("&Path:" → "Path").
    EditorField(const QString& key, Kind kind, const QString& label, QWidget* parent);

    QString key() const;
    Kind kind() const;
    QWidget* widget() const;
    // What the label's mnemonic gives the focus to.
    QWidget* buddy() const;
    // Called on every change the person makes.
    void onChange(std::function<void()> changed) const;

    // writtenText: the value as the file has it (for a JSON field), else empty.
    void load(const QJsonValue& value, const QString& writtenText, const QJsonValue& fallback,
              const QString& from);
    // Compared with what was loaded: only a changed field is written.
    QString text() const;
    bool isChanged() const;
    // Undefined: nothing to write (the field was emptied).
    QJsonValue value() const;

    // A Count key's lowest value ("not written") and highest.
    static QPair<int, int> countRangeOf(const QString& key);
    // Each key's values as dlt takes them, the default first.
    static QStringList choicesOf(const QString& key);
    // "&Path:" → "Path".
    static QString nameOf(const QString& label);

private:
    QWidget* makeWidget(const QString& label, QWidget* parent) const;

    QString m_key;
    Kind m_kind;
    QWidget* m_widget;
    QString m_loaded;
};
