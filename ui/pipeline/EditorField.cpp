#include "pipeline/EditorField.h"

#include "pipeline/JsonField.h"
#include "source/PipelineFile.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace {

QStringList names(const QString& text)
{
    QStringList list;
    for (const QString& part : text.split(u',')) {
        if (!part.trimmed().isEmpty()) {
            list << part.trimmed();
        }
    }
    return list;
}

} // namespace

EditorField::EditorField(const QString& key, Kind kind, const QString& label, QWidget* parent)
    : m_key(key)
    , m_kind(kind)
    , m_widget(makeWidget(label, parent))
{
    m_widget->setObjectName(key);
    m_widget->setAccessibleName(nameOf(label));
}

QWidget* EditorField::makeWidget(const QString& label, QWidget* parent) const
{
    switch (m_kind) {
    case Kind::Json: {
        auto* json = new JsonField(parent);
        json->setFieldName(nameOf(label));
        return json;
    }
    case Kind::Choice: {
        auto* box = new QComboBox(parent);
        // The first item writes nothing; load() says what applies then.
        const QStringList values = choicesOf(m_key);
        box->addItem(tr("%1 (default)").arg(values.first()), QString());
        for (const QString& value : values) {
            box->addItem(value, value);
        }
        return box;
    }
    case Kind::Nesting: {
        auto* spin = new QSpinBox(parent);
        // -1 is "not written": the special text says what applies then.
        spin->setRange(-1, 1000);
        return spin;
    }
    case Kind::Count: {
        auto* spin = new QSpinBox(parent);
        const auto [lowest, highest] = countRangeOf(m_key);
        spin->setRange(lowest, highest);
        return spin;
    }
    default:
        return new QLineEdit(parent);
    }
}

QString EditorField::key() const
{
    return m_key;
}

EditorField::Kind EditorField::kind() const
{
    return m_kind;
}

QWidget* EditorField::widget() const
{
    return m_widget;
}

QWidget* EditorField::buddy() const
{
    auto* json = qobject_cast<JsonField*>(m_widget);
    return json ? static_cast<QWidget*>(json->edit()) : m_widget;
}

void EditorField::onChange(std::function<void()> changed) const
{
    if (auto* json = qobject_cast<JsonField*>(m_widget)) {
        QObject::connect(json, &JsonField::changed, json, changed);
    } else if (auto* box = qobject_cast<QComboBox*>(m_widget)) {
        QObject::connect(box, &QComboBox::currentIndexChanged, box, changed);
    } else if (auto* spin = qobject_cast<QSpinBox*>(m_widget)) {
        QObject::connect(spin, &QSpinBox::valueChanged, spin, changed);
    } else if (auto* edit = qobject_cast<QLineEdit*>(m_widget)) {
        QObject::connect(edit, &QLineEdit::textChanged, edit, changed);
    }
}

void EditorField::load(const QJsonValue& value, const QString& writtenText,
                       const QJsonValue& fallback, const QString& from)
{
    const auto placeholder = [&](const QString& text) {
        return fallback.isUndefined() ? QString() : tr("%1 (%2)").arg(text, from);
    };
    const auto lineText = [this](const QJsonValue& shown) {
        QStringList items;
        for (const QJsonValue& item : shown.toArray()) {
            items << JsonField::scalarText(item);
        }
        if (shown.isArray()) {
            return items.join(QStringLiteral(", "));
        }
        // Text fields write text: "42" stays 42, not "\"42\"".
        return m_kind == Kind::Scalar || !shown.isString() ? JsonField::scalarText(shown)
                                                           : shown.toString();
    };
    if (auto* json = qobject_cast<JsonField*>(m_widget)) {
        json->setText(!writtenText.isEmpty() ? writtenText : JsonField::compact(value));
        json->setPlaceholderText(placeholder(JsonField::compact(fallback)));
    } else if (auto* box = qobject_cast<QComboBox*>(m_widget)) {
        if (!fallback.isUndefined()) {
            box->setItemText(0,
                             placeholder(fallback.isString() ? fallback.toString()
                                                             : JsonField::scalarText(fallback)));
        }
        // true/false are written as JSON booleans, the others as text.
        const QString text = value.isString() ? value.toString() : JsonField::scalarText(value);
        if (!value.isUndefined() && box->findData(text) < 0) {
            box->addItem(text, text);
        }
        box->setCurrentIndex(value.isUndefined() ? 0 : std::max(0, box->findData(text)));
    } else if (auto* spin = qobject_cast<QSpinBox*>(m_widget)) {
        spin->setSpecialValueText(fallback.isUndefined() ? tr("not set")
                                                         : placeholder(lineText(fallback)));
        spin->setValue(value.isDouble() ? value.toInt() : spin->minimum());
    } else if (auto* edit = qobject_cast<QLineEdit*>(m_widget)) {
        edit->setText(lineText(value));
        edit->setPlaceholderText(placeholder(lineText(fallback)));
    }
    m_loaded = text();
}

QString EditorField::text() const
{
    if (auto* json = qobject_cast<JsonField*>(m_widget)) {
        return json->text();
    }
    if (auto* box = qobject_cast<QComboBox*>(m_widget)) {
        return box->currentData().toString();
    }
    if (auto* spin = qobject_cast<QSpinBox*>(m_widget)) {
        return QString::number(spin->value());
    }
    return static_cast<QLineEdit*>(m_widget)->text();
}

bool EditorField::isChanged() const
{
    return text() != m_loaded;
}

QJsonValue EditorField::value() const
{
    const QString shown = text();
    const QJsonValue none(QJsonValue::Undefined);
    switch (m_kind) {
    case Kind::Json:
        return static_cast<JsonField*>(m_widget)->value().value_or(none);
    case Kind::Nesting:
        return shown == QLatin1String("-1") ? none : QJsonValue(shown.toInt());
    case Kind::Count:
        return shown.toInt() == countRangeOf(m_key).first ? none : QJsonValue(shown.toInt());
    case Kind::Scalar:
        return shown.trimmed().isEmpty() ? none : JsonField::scalar(shown);
    case Kind::Names:
    case Kind::List: {
        const QStringList list = names(shown);
        if (list.isEmpty()) {
            return none;
        }
        // dlt takes one key as a string; include_from_parent is always a list.
        return list.size() == 1 && m_kind == Kind::Names
            ? QJsonValue(list.first())
            : QJsonValue(QJsonArray::fromStringList(list));
    }
    case Kind::Choice:
        if (shown == QLatin1String("true") || shown == QLatin1String("false")) {
            return QJsonValue(shown == QLatin1String("true"));
        }
        break;
    case Kind::Text:
        break;
    }
    return shown.isEmpty() ? none : QJsonValue(shown);
}

QStringList EditorField::choicesOf(const QString& key)
{
    static const QHash<QString, QStringList> choices{
        {QStringLiteral("endpoint.method"), {QStringLiteral("GET"), QStringLiteral("POST")}},
        {QStringLiteral("endpoint.incremental.last_value_func"),
         {QStringLiteral("max"), QStringLiteral("min")}},
        {QStringLiteral("endpoint.incremental.row_order"),
         {QStringLiteral("asc"), QStringLiteral("desc")}},
        {QStringLiteral("endpoint.incremental.on_cursor_value_missing"),
         {QStringLiteral("raise"), QStringLiteral("include"), QStringLiteral("exclude")}},
        {QStringLiteral("endpoint.incremental.range_start"),
         {QStringLiteral("closed"), QStringLiteral("open")}},
        {QStringLiteral("endpoint.incremental.range_end"),
         {QStringLiteral("open"), QStringLiteral("closed")}},
        {QStringLiteral("selected"), {QStringLiteral("true"), QStringLiteral("false")}},
        {QStringLiteral("parallelized"), {QStringLiteral("false"), QStringLiteral("true")}},
    };
    return choices.value(key);
}

QString EditorField::nameOf(const QString& label)
{
    QString name = label;
    name.remove(u'&');
    return name.trimmed().endsWith(u':') ? name.trimmed().chopped(1).trimmed() : name.trimmed();
}

QPair<int, int> EditorField::countRangeOf(const QString& key)
{
    if (key == QLatin1String("concurrent_requests")) {
        return {0, ClientConfig::kMaxConcurrentRequests};
    }
    if (key == QLatin1String("requests_per_minute")) {
        // 0 is written: "no limit", said in so many words.
        return {-1, ClientConfig::kMaxRequestsPerMinute};
    }
    return {-1, 1000};
}
