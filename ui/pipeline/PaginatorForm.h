// A paginator in the endpoint editor: its type, and the fields of that type
// only (dlt's parameters), each typed as one value. What applies when nothing
// is written (resource_defaults, the client) is shown in the type box. A
// change is written key by key into an object already written, so the rest
// of it keeps its bytes.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QWidget>

class PipelineDocument;
class QComboBox;
class QFormLayout;
class QLineEdit;

class PaginatorForm : public QWidget
{
    Q_OBJECT

public:
    explicit PaginatorForm(QWidget* parent = nullptr);

    // written: what the file holds there (undefined: nothing); inherited:
    // what applies then, and where it comes from ("from client").
    void setValue(const QJsonValue& written, const QJsonValue& inherited, const QString& from);
    QComboBox* typeBox() const;
    // The field of a parameter ("limit"), shown only for types that take it.
    QLineEdit* field(const QString& parameter) const;

    bool isChanged() const;
    // The change into document at path; nothing when there is none.
    bool apply(PipelineDocument* document, const QString& path, QString* error) const;

Q_SIGNALS:
    void changed();

private:
    struct Field
    {
        QString parameter;
        QLineEdit* edit;
    };

    void showFieldsOfType();
    QString type() const;
    QJsonObject parameters() const;
    QString state() const;
    bool applyPerKey(PipelineDocument* document, const QString& path, QString* error) const;

    QComboBox* m_type;
    QFormLayout* m_form;
    QList<Field> m_fields;
    QJsonValue m_written;
    QString m_initial;
};
