#include "pipeline/PaginatorForm.h"

#include "pipeline/JsonField.h"
#include "source/PaginatorConfig.h"
#include "source/PipelineDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PaginatorForm::PaginatorForm(QWidget* parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_type->setObjectName(QStringLiteral("paginatorType"));
    m_type->setAccessibleName(tr("Paginator type"));
    auto* typeLabel = new QLabel(tr("Paginator &type:"), this);
    typeLabel->setBuddy(m_type);
    m_form->addRow(typeLabel, m_type);
    // Every parameter of every type, made once in a fixed order (so the tab
    // order follows the form) and shown for the types that take it.
    for (const QString& type : PaginatorConfig::types()) {
        for (const QString& parameter : PaginatorConfig::parametersOf(type)) {
            if (field(parameter)) {
                continue;
            }
            auto* edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("paginator_") + parameter);
            edit->setAccessibleName(tr("Paginator %1").arg(parameter));
            auto* label = new QLabel(parameter + u':', this);
            label->setBuddy(edit);
            m_form->addRow(label, edit);
            m_fields.append({parameter, edit});
            connect(edit, &QLineEdit::textChanged, this, &PaginatorForm::changed);
        }
    }
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        showFieldsOfType();
        Q_EMIT changed();
    });
    showFieldsOfType();
}

QComboBox* PaginatorForm::typeBox() const
{
    return m_type;
}

QLineEdit* PaginatorForm::field(const QString& parameter) const
{
    for (const Field& field : m_fields) {
        if (field.parameter == parameter) {
            return field.edit;
        }
    }
    return nullptr;
}

void PaginatorForm::setValue(const QJsonValue& written, const QJsonValue& inherited,
                             const QString& from)
{
    const QSignalBlocker blocker(m_type);
    m_written = written;
    m_type->clear();
    const QString inheritedType = inherited.isString()
        ? inherited.toString()
        : inherited.toObject().value(QStringLiteral("type")).toString();
    m_type->addItem(inherited.isUndefined() ? tr("auto (not set)")
                                            : tr("%1 (%2)").arg(inheritedType, from),
                    QString());
    for (const QString& type : PaginatorConfig::types()) {
        m_type->addItem(type, type);
    }
    const QJsonObject object = written.toObject();
    const QString type = written.isString() ? written.toString()
        : written.isObject() ? object.value(QStringLiteral("type")).toString(QStringLiteral("auto"))
                             : QString();
    // A type Grantline does not know is shown as written (the check says why).
    if (!type.isEmpty() && m_type->findData(type) < 0) {
        m_type->addItem(type, type);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    const QJsonObject inheritedObject = inherited.toObject();
    for (const Field& field : std::as_const(m_fields)) {
        const QSignalBlocker fieldBlocker(field.edit);
        field.edit->setText(JsonField::scalarText(object.value(field.parameter)));
        const QJsonValue fallback = inheritedObject.value(field.parameter);
        field.edit->setPlaceholderText(
            fallback.isUndefined() ? QString()
                                   : tr("%1 (%2)").arg(JsonField::scalarText(fallback), from));
    }
    showFieldsOfType();
    m_initial = state();
}

void PaginatorForm::showFieldsOfType()
{
    const QStringList shown = PaginatorConfig::parametersOf(type());
    for (const Field& field : std::as_const(m_fields)) {
        m_form->setRowVisible(field.edit, shown.contains(field.parameter));
    }
}

QString PaginatorForm::type() const
{
    return m_type->currentData().toString();
}

QJsonObject PaginatorForm::parameters() const
{
    QJsonObject object;
    for (const QString& parameter : PaginatorConfig::parametersOf(type())) {
        const QString text = field(parameter)->text();
        if (!text.trimmed().isEmpty()) {
            object.insert(parameter, JsonField::scalar(text));
        }
    }
    return object;
}

QString PaginatorForm::state() const
{
    QJsonObject object = parameters();
    object.insert(QStringLiteral("type"), type());
    return JsonField::compact(object);
}

bool PaginatorForm::isChanged() const
{
    return state() != m_initial;
}

bool PaginatorForm::apply(PipelineDocument* document, const QString& path, QString* error) const
{
    if (!isChanged()) {
        return true;
    }
    if (type().isEmpty()) {
        return !document->contains(path) || document->remove(path, error);
    }
    if (m_written.isObject()) {
        return applyPerKey(document, path, error);
    }
    const QJsonObject values = parameters();
    if (values.isEmpty()) {
        return document->setValue(path, type(), error);
    }
    QJsonObject object{{QStringLiteral("type"), type()}};
    for (auto it = values.begin(); it != values.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    return document->setValue(path, object, error);
}

bool PaginatorForm::applyPerKey(PipelineDocument* document, const QString& path,
                                QString* error) const
{
    const QJsonObject written = m_written.toObject();
    const QString writtenType =
        written.value(QStringLiteral("type")).toString(QStringLiteral("auto"));
    if (writtenType != type()
        && !document->setValue(path + QStringLiteral(".type"), type(), error)) {
        return false;
    }
    // The old type's fields go with it; keys no type knows stay for the check.
    QStringList keys = PaginatorConfig::parametersOf(writtenType);
    for (const QString& parameter : PaginatorConfig::parametersOf(type())) {
        if (!keys.contains(parameter)) {
            keys << parameter;
        }
    }
    const QJsonObject values = parameters();
    for (const QString& key : std::as_const(keys)) {
        const QString at = path + u'.' + key;
        const bool ok = values.contains(key) ? document->setValue(at, values.value(key), error)
            : document->contains(at)         ? document->remove(at, error)
                                             : true;
        if (!ok) {
            return false;
        }
    }
    return true;
}
