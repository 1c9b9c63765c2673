#include "pipeline/EndpointEditor.h"

#include "source/PipelineFile.h"

#include "common/AppContext.h"
#include "common/PlainTextLabel.h"
#include "pipeline/DispositionForm.h"
#include "pipeline/EditorField.h"
#include "pipeline/EndpointCellWriter.h"
#include "pipeline/EndpointTableModel.h"
#include "pipeline/JsonField.h"
#include "pipeline/PaginatorForm.h"
#include "pipeline/SecretStorer.h"
#include "source/PipelineDocument.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const QString kDefaults = QStringLiteral("source.resource_defaults");
const QString kClient = QStringLiteral("source.client");

// dlt's short forms as objects: "name" and "endpoint": "path".
QJsonObject widened(const QJsonValue& resource)
{
    QJsonObject object = resource.isString()
        ? QJsonObject{{QStringLiteral("name"), resource.toString()}}
        : resource.toObject();
    const QJsonValue endpoint = object.value(QStringLiteral("endpoint"));
    if (endpoint.isString()) {
        object.insert(QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("path"), endpoint}});
    }
    return object;
}

// The value at "endpoint.incremental.cursor_path" inside object.
QJsonValue at(const QJsonObject& object, const QString& key)
{
    QJsonValue value = object;
    for (const QString& part : key.split(u'.')) {
        if (!value.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        value = value.toObject().value(part);
    }
    return value;
}

bool isUnder(const QString& path, const QString& base)
{
    return path == base || path.startsWith(base + u'.') || path.startsWith(base + u'[');
}

// A value as written in the file, its later lines moved left by the
// indentation of its first (so a list written deep in the file reads plainly).
QString writtenText(const QByteArray& bytes, QPair<qsizetype, qsizetype> span)
{
    const qsizetype lineStart = bytes.lastIndexOf('\n', span.first) + 1;
    const qsizetype indent = span.first - lineStart;
    QStringList lines =
        QString::fromUtf8(bytes.mid(span.first, span.second - span.first)).split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        qsizetype spaces = 0;
        while (spaces < indent && spaces < lines[i].size() && lines[i].at(spaces) == u' ') {
            ++spaces;
        }
        lines[i].remove(0, spaces);
    }
    return lines.join(u'\n');
}

} // namespace

EndpointEditor::EndpointEditor(AppContext* context, EndpointTableModel* model, Mode mode, int row,
                               QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(model)
    , m_document(model->document())
    , m_mode(mode)
    , m_row(mode == Mode::Resource ? row : -1)
{
    setObjectName(QStringLiteral("endpointEditor"));
    m_own = mode == Mode::Resource ? widened(m_document->resourceJson(m_row))
                                   : m_document->value(basePath()).toObject();
    m_defaults = widened(m_document->value(kDefaults));
    m_client = m_document->value(kClient).toObject();
    createForm();
    load();
    m_loading = false;
    check();
}

EndpointEditor::Mode EndpointEditor::mode() const
{
    return m_mode;
}

QString EndpointEditor::basePath() const
{
    switch (m_mode) {
    case Mode::Resource:
        return PipelineDocument::resourcePath(m_row);
    case Mode::Defaults:
        return kDefaults;
    case Mode::Client:
        break;
    }
    return kClient;
}

void EndpointEditor::createForm()
{
    const QString name = m_mode == Mode::Resource ? m_document->resourceName(m_row) : QString();
    setWindowTitle(m_mode == Mode::Resource       ? tr("Endpoint %1").arg(name)
                       : m_mode == Mode::Defaults ? tr("Resource defaults")
                                                  : tr("Client"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setAccessibleName(tr("Parts of the endpoint"));
    layout->addWidget(m_tabs);
    if (m_mode == Mode::Client) {
        QFormLayout* client = addPage(tr("&Client"));
        addField(client, QStringLiteral("base_url"), Kind::Text, tr("&Base URL:"));
        addField(client, QStringLiteral("headers"), Kind::Json, tr("H&eaders:"));
        addField(client, QStringLiteral("auth"), Kind::Json, tr("A&uth:"));
        addPaginator(client, QStringLiteral("paginator"));
        addField(client, QStringLiteral("concurrent_requests"), Kind::Count,
                 tr("Requests at &once:"));
        addField(client, QStringLiteral("requests_per_minute"), Kind::Count,
                 tr("Requests per &minute:"));
    } else {
        QFormLayout* request = addPage(tr("&Request"));
        if (m_mode == Mode::Resource) {
            addField(request, QStringLiteral("name"), Kind::Text, tr("&Name:"));
        }
        addField(request, QStringLiteral("endpoint.method"), Kind::Choice, tr("&Method:"));
        addField(request, QStringLiteral("endpoint.path"), Kind::Text, tr("Pat&h:"));
        addField(request, QStringLiteral("endpoint.params"), Kind::Json, tr("P&arams:"));
        addField(request, QStringLiteral("endpoint.json"), Kind::Json, tr("&JSON body:"));
        addField(request, QStringLiteral("endpoint.headers"), Kind::Json, tr("H&eaders:"));
        addField(request, QStringLiteral("endpoint.auth"), Kind::Json, tr("A&uth:"));
        QFormLayout* response = addPage(tr("Res&ponse"));
        addField(response, QStringLiteral("endpoint.data_selector"), Kind::Text,
                 tr("&Data selector:"));
        addPaginator(response, QStringLiteral("endpoint.paginator"));
        addField(response, QStringLiteral("endpoint.response_actions"), Kind::Json,
                 tr("Response a&ctions:"));
        QFormLayout* incremental = addPage(tr("&Incremental"));
        const QString cursor = QStringLiteral("endpoint.incremental.");
        addField(incremental, cursor + QStringLiteral("cursor_path"), Kind::Text,
                 tr("C&ursor path:"));
        addField(incremental, cursor + QStringLiteral("initial_value"), Kind::Scalar,
                 tr("Initial &value:"));
        addField(incremental, cursor + QStringLiteral("end_value"), Kind::Scalar,
                 tr("&End value:"));
        addField(incremental, cursor + QStringLiteral("start_param"), Kind::Text,
                 tr("Start para&m:"));
        addField(incremental, cursor + QStringLiteral("end_param"), Kind::Text, tr("E&nd param:"));
        addField(incremental, cursor + QStringLiteral("last_value_func"), Kind::Choice,
                 tr("Last value &function:"));
        addField(incremental, cursor + QStringLiteral("row_order"), Kind::Choice,
                 tr("R&ow order:"));
        addField(incremental, cursor + QStringLiteral("lag"), Kind::Scalar, tr("&Lag:"));
        addField(incremental, cursor + QStringLiteral("on_cursor_value_missing"), Kind::Choice,
                 tr("If the cursor is missin&g:"));
        addField(incremental, cursor + QStringLiteral("range_start"), Kind::Choice,
                 tr("Range st&art:"));
        addField(incremental, cursor + QStringLiteral("range_end"), Kind::Choice,
                 tr("Range en&d:"));
        QFormLayout* table = addPage(tr("Ta&ble"));
        addField(table, QStringLiteral("table_name"), Kind::Text, tr("&Table name:"));
        m_disposition = new DispositionForm(this);
        table->addRow(m_disposition);
        connect(m_disposition, &DispositionForm::changed, this, &EndpointEditor::check);
        addField(table, QStringLiteral("primary_key"), Kind::Names, tr("Primary &key:"));
        addField(table, QStringLiteral("merge_key"), Kind::Names, tr("Merge ke&y:"));
        addField(table, QStringLiteral("max_table_nesting"), Kind::Nesting,
                 tr("Max table &nesting:"));
        addField(table, QStringLiteral("include_from_parent"), Kind::List,
                 tr("Include &from parent:"));
        addField(table, QStringLiteral("columns"), Kind::Json, tr("&Columns:"));
        addField(table, QStringLiteral("selected"), Kind::Choice, tr("Se&lected:"));
        addField(table, QStringLiteral("parallelized"), Kind::Choice, tr("P&arallelized:"));
    }
    m_problem = PlainTextLabel::create(this, "editorProblem");
    m_problem->setAccessibleName(tr("Problem of the change"));
    layout->addWidget(m_problem);
    auto* bottom = new QHBoxLayout;
    m_storeSecret = new QPushButton(tr("Store &Secret…"), this);
    m_storeSecret->setObjectName(QStringLiteral("storeSecretButton"));
    m_storeSecret->setAccessibleName(tr("Store Secret"));
    m_storeSecret->setToolTip(tr("Store a value in the keychain and write {secrets.NAME} at "
                                 "the cursor of the headers or auth field"));
    m_storeSecret->setAutoDefault(false);
    connect(m_storeSecret, &QPushButton::clicked, this, &EndpointEditor::storeSecret);
    m_storer = new SecretStorer(m_context, this);
    connect(m_storer, &SecretStorer::stored, this, &EndpointEditor::secretStored);
    connect(m_storer, &SecretStorer::cancelled, this, [this] { m_storeSecret->setEnabled(true); });
    connect(m_storer, &SecretStorer::failed, this, [this](const QString& message) {
        m_storeSecret->setEnabled(true);
        showProblem(message);
    });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("editorButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Apply the changes"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Drop the changes"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EndpointEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EndpointEditor::reject);
    bottom->addWidget(m_storeSecret);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
}

QFormLayout* EndpointEditor::addPage(const QString& title)
{
    auto* page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("editorPage%1").arg(m_tabs->count()));
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_tabs->addTab(page, title);
    return form;
}

void EndpointEditor::addField(QFormLayout* form, const QString& key, Kind kind,
                              const QString& label)
{
    const EditorField field(key, kind, label, this);
    field.onChange([this] { check(); });
    if (kind == Kind::Json
        && (key.endsWith(QLatin1String("headers")) || key.endsWith(QLatin1String("auth")))) {
        // Where a secret may go: Store Secret writes its reference here.
        auto* json = static_cast<JsonField*>(field.widget());
        m_secretFields << json;
        json->edit()->installEventFilter(this);
    }
    auto* caption = new QLabel(label, this);
    caption->setBuddy(field.buddy());
    form->addRow(caption, field.widget());
    m_fields.append(field);
}

void EndpointEditor::addPaginator(QFormLayout* form, const QString& key)
{
    m_paginator = new PaginatorForm(this);
    m_paginator->setObjectName(key);
    m_paginatorKey = key;
    form->addRow(m_paginator);
    connect(m_paginator, &PaginatorForm::changed, this, &EndpointEditor::check);
}

void EndpointEditor::load()
{
    for (EditorField& field : m_fields) {
        loadField(field);
    }
    if (m_disposition) {
        const QString key = QStringLiteral("write_disposition");
        const auto [fallback, from] = inherited(key);
        m_disposition->setValue(written(key), fallback, from);
    }
    if (m_paginator) {
        const auto [fallback, from] = inherited(m_paginatorKey);
        m_paginator->setValue(written(m_paginatorKey), fallback, from);
    }
}

void EndpointEditor::loadField(EditorField& field)
{
    const auto [fallback, from] = inherited(field.key());
    const auto span = m_document->span(basePath() + u'.' + field.key());
    const QString text = field.kind() == Kind::Json && span.first >= 0
        ? writtenText(m_document->bytes(), span)
        : QString();
    field.load(written(field.key()), text, fallback, from);
}

QJsonValue EndpointEditor::written(const QString& key) const
{
    return at(m_own, key);
}

QPair<QJsonValue, QString> EndpointEditor::inherited(const QString& key) const
{
    if (m_mode == Mode::Resource) {
        const QJsonValue fromDefaults = at(m_defaults, key);
        if (!fromDefaults.isUndefined()) {
            return {fromDefaults, tr("from resource_defaults")};
        }
    }
    // The client's paginator and auth serve every endpoint that names none.
    for (const char* clientKey : {"paginator", "auth"}) {
        const QString name = QLatin1String(clientKey);
        if (m_mode != Mode::Client && key == QStringLiteral("endpoint.") + name
            && m_client.contains(name)) {
            return {m_client.value(name), tr("from client")};
        }
    }
    // Grantline's own limits, when the client names none.
    if (m_mode == Mode::Client && key == QLatin1String("concurrent_requests")) {
        return {QJsonValue(ClientConfig::kDefaultConcurrentRequests), tr("Grantline's default")};
    }
    if (m_mode == Mode::Client && key == QLatin1String("requests_per_minute")) {
        return {QJsonValue(tr("no limit")), QString()};
    }
    return {QJsonValue(QJsonValue::Undefined), QString()};
}

bool EndpointEditor::candidate(QByteArray* bytes, QString* error) const
{
    PipelineDocument scratch;
    scratch.fromBytes(m_document->bytes());
    if (!applyChanges(&scratch, error)) {
        return false;
    }
    *bytes = scratch.bytes();
    return true;
}

bool EndpointEditor::applyChanges(PipelineDocument* document, QString* error) const
{
    QList<const EditorField*> changed;
    for (const EditorField& field : m_fields) {
        if (!field.isChanged()) {
            continue;
        }
        auto* json = qobject_cast<JsonField*>(field.widget());
        if (json && !json->value()) {
            *error = tr("%1: %2").arg(json->fieldName(), json->error());
            return false;
        }
        changed << &field;
    }
    const bool disposition = m_disposition && m_disposition->isChanged();
    const bool paginator = m_paginator && m_paginator->isChanged();
    const bool more = disposition || paginator
        || std::any_of(changed.cbegin(), changed.cend(), [](const EditorField* field) {
                          return field->key() != QLatin1String("name");
                      });
    if (m_mode == Mode::Resource && more && !widen(document, error)) {
        return false;
    }
    const QString base = basePath();
    const auto setOrRemove = [&](const QString& key, const QJsonValue& value) {
        const QString path = base + u'.' + key;
        if (!value.isUndefined()) {
            return document->setValue(path, value, error);
        }
        return !document->contains(path) || document->remove(path, error);
    };
    for (const EditorField* field : std::as_const(changed)) {
        // A new name follows into the other resources' {resources.NAME.…}.
        const bool ok = field->key() == QLatin1String("name")
            ? EndpointCellWriter(document, m_row)
                  .write(EndpointTableModel::NameColumn, field->text(), error)
            : setOrRemove(field->key(), field->value());
        if (!ok) {
            return false;
        }
    }
    if (disposition && !setOrRemove(QStringLiteral("write_disposition"), m_disposition->value())) {
        return false;
    }
    if (paginator && !m_paginator->apply(document, base + u'.' + m_paginatorKey, error)) {
        return false;
    }
    dropEmptied(document, QStringLiteral("endpoint.incremental"));
    dropEmptied(document, QStringLiteral("endpoint"));
    return true;
}

bool EndpointEditor::widen(PipelineDocument* document, QString* error) const
{
    const QString path = basePath();
    const QJsonValue resource = document->value(path);
    if (resource.isString()
        && !document->setValue(path, QJsonObject{{QStringLiteral("name"), resource}}, error)) {
        return false;
    }
    const QString endpointPath = path + QStringLiteral(".endpoint");
    const QJsonValue endpoint = document->value(endpointPath);
    return !endpoint.isString()
        || document->setValue(endpointPath, QJsonObject{{QStringLiteral("path"), endpoint}}, error);
}

void EndpointEditor::dropEmptied(PipelineDocument* document, const QString& key) const
{
    // The last field of a section emptied: the section goes too, unless it
    // was written empty.
    const QString path = basePath() + u'.' + key;
    const QJsonValue now = document->value(path);
    const QJsonValue before = written(key);
    if (now.isObject() && now.toObject().isEmpty()
        && !(before.isObject() && before.toObject().isEmpty())) {
        document->remove(path);
    }
}

void EndpointEditor::check()
{
    if (m_loading) {
        return;
    }
    QByteArray bytes;
    QString error;
    bool blocking = false;
    QString problem;
    if (!candidate(&bytes, &error)) {
        problem = error;
        blocking = true;
    } else if (bytes != m_document->bytes()) {
        problem = m_model->newProblem(m_row, bytes);
        blocking = !problem.isEmpty();
    }
    showProblem(problem.isEmpty() ? existingProblem() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocking);
}

void EndpointEditor::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString EndpointEditor::existingProblem() const
{
    for (const ConfigProblem& problem : m_document->problems()) {
        if (isUnder(problem.path, basePath())) {
            return problem.toString();
        }
    }
    return QString();
}

QString EndpointEditor::problem() const
{
    return m_problem->text();
}

QString EndpointEditor::undoText() const
{
    switch (m_mode) {
    case Mode::Resource:
        return tr("Edit endpoint %1").arg(m_document->resourceName(m_row));
    case Mode::Defaults:
        return tr("Edit resource defaults");
    case Mode::Client:
        break;
    }
    return tr("Edit client");
}

void EndpointEditor::accept()
{
    QByteArray bytes;
    QString error;
    if (!candidate(&bytes, &error)) {
        showProblem(error);
        return;
    }
    if (bytes == m_document->bytes() || m_model->changeDocument(undoText(), bytes, m_row)) {
        QDialog::accept();
        return;
    }
    check();
}

void EndpointEditor::storeSecret()
{
    // One at a time: the button waits for the keychain's answer.
    m_storeSecret->setEnabled(!m_storer->start());
}

void EndpointEditor::secretStored(const QString& name)
{
    m_storeSecret->setEnabled(true);
    JsonField* target = m_secretTarget ? m_secretTarget : m_secretFields.value(0);
    if (!target) {
        return;
    }
    // The field may be on another tab (none had the focus): shown first.
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab)->isAncestorOf(target)) {
            m_tabs->setCurrentIndex(tab);
        }
    }
    target->insertString(QStringLiteral("{secrets.%1}").arg(name));
    target->setFocus(Qt::OtherFocusReason);
}

bool EndpointEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        for (JsonField* field : std::as_const(m_secretFields)) {
            if (field->edit() == watched) {
                m_secretTarget = field;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

QWidget* EndpointEditor::field(const QString& key) const
{
    if (key == m_paginatorKey) {
        return m_paginator;
    }
    for (const EditorField& field : m_fields) {
        if (field.key() == key) {
            return field.widget();
        }
    }
    return nullptr;
}

PaginatorForm* EndpointEditor::paginator() const
{
    return m_paginator;
}

DispositionForm* EndpointEditor::disposition() const
{
    return m_disposition;
}

QPushButton* EndpointEditor::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton* EndpointEditor::storeSecretButton() const
{
    return m_storeSecret;
}
