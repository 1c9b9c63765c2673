#include "pipeline/EndpointTableModel.h"

#include "pipeline/EndpointCellWriter.h"
#include "pipeline/EndpointSelection.h"
#include "source/PipelineDocument.h"
#include "source/Placeholders.h"

#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPalette>

namespace {

const QString kDefaults = QStringLiteral("source.resource_defaults");
const QString kResources = QStringLiteral("source.resources");

// Where each column's value is written in a resource; empty for the
// columns that are not.
QString subPathOf(int column)
{
    switch (column) {
    case EndpointTableModel::MethodColumn:
        return QStringLiteral(".endpoint.method");
    case EndpointTableModel::PathColumn:
        return QStringLiteral(".endpoint.path");
    case EndpointTableModel::DataSelectorColumn:
        return QStringLiteral(".endpoint.data_selector");
    case EndpointTableModel::PaginatorColumn:
        return QStringLiteral(".endpoint.paginator");
    case EndpointTableModel::WriteDispositionColumn:
        return QStringLiteral(".write_disposition");
    case EndpointTableModel::PrimaryKeyColumn:
        return QStringLiteral(".primary_key");
    case EndpointTableModel::CursorColumn:
        return QStringLiteral(".endpoint.incremental.cursor_path");
    default:
        return QString();
    }
}

bool isEditable(int column)
{
    return column == EndpointTableModel::NameColumn || !subPathOf(column).isEmpty();
}

// The resource "{resources.X.…}" takes values from, in the path or the params.
QString parentOf(const QString& path, const QJsonObject& params)
{
    const QStringList names = Placeholders::in(path) + Placeholders::in(QJsonValue(params));
    for (const QString& name : names) {
        const QStringList parts = name.split(u'.');
        if (parts.size() >= 2 && parts.first() == QLatin1String("resources")) {
            return parts.at(1);
        }
    }
    return QString();
}

// A string, the named member of an object ("type" of a paginator), or a
// list of strings joined.
QString textOf(const QJsonValue& value, const QString& objectKey = QString())
{
    if (value.isObject()) {
        return value.toObject().value(objectKey).toString();
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items.append(item.toVariant().toString());
        }
        return items.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}

// A resource that does not read (a file opened with a mistake in it) shows
// what is written, defaults merged, rather than what a valid one would get.
QStringList writtenTexts(const QJsonValue& merged)
{
    const QJsonObject resource =
        merged.isString() ? QJsonObject{{QStringLiteral("name"), merged}} : merged.toObject();
    const QJsonValue endpointValue = resource.value(QStringLiteral("endpoint"));
    const QJsonObject endpoint = endpointValue.toObject();
    QString path = endpointValue.isString() ? endpointValue.toString()
                                            : endpoint.value(QStringLiteral("path")).toString();
    QStringList texts(EndpointTableModel::ColumnCount);
    texts[EndpointTableModel::NameColumn] = resource.value(QStringLiteral("name")).toString();
    texts[EndpointTableModel::MethodColumn] = textOf(endpoint.value(QStringLiteral("method")));
    texts[EndpointTableModel::PathColumn] = path;
    texts[EndpointTableModel::DataSelectorColumn] =
        textOf(endpoint.value(QStringLiteral("data_selector")));
    texts[EndpointTableModel::PaginatorColumn] =
        textOf(endpoint.value(QStringLiteral("paginator")), QStringLiteral("type"));
    texts[EndpointTableModel::WriteDispositionColumn] =
        textOf(resource.value(QStringLiteral("write_disposition")), QStringLiteral("disposition"));
    texts[EndpointTableModel::PrimaryKeyColumn] =
        textOf(resource.value(QStringLiteral("primary_key")));
    texts[EndpointTableModel::CursorColumn] =
        textOf(endpoint.value(QStringLiteral("incremental")), QStringLiteral("cursor_path"));
    texts[EndpointTableModel::ParentColumn] =
        parentOf(path, endpoint.value(QStringLiteral("params")).toObject());
    return texts;
}

// What a run uses for a resource that reads.
QStringList effectiveTexts(const ResourceConfig& resource)
{
    const EndpointConfig& endpoint = resource.endpoint;
    QStringList texts(EndpointTableModel::ColumnCount);
    texts[EndpointTableModel::NameColumn] = resource.name;
    texts[EndpointTableModel::MethodColumn] = endpoint.method;
    texts[EndpointTableModel::PathColumn] = endpoint.path.isEmpty() ? resource.name : endpoint.path;
    texts[EndpointTableModel::DataSelectorColumn] = endpoint.dataSelector.value_or(QString());
    texts[EndpointTableModel::PaginatorColumn] =
        endpoint.paginator ? endpoint.paginator->type : QString();
    texts[EndpointTableModel::WriteDispositionColumn] = resource.writeDisposition;
    texts[EndpointTableModel::PrimaryKeyColumn] = resource.primaryKey.join(QStringLiteral(", "));
    texts[EndpointTableModel::CursorColumn] =
        endpoint.incremental ? endpoint.incremental->cursorPath : QString();
    texts[EndpointTableModel::ParentColumn] = parentOf(endpoint.path, endpoint.params);
    return texts;
}

bool isUnder(const QString& path, const QString& resource)
{
    return path == resource || path.startsWith(resource + u'.') || path.startsWith(resource + u'[');
}

} // namespace

EndpointTableModel::EndpointTableModel(PipelineDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_unticked = EndpointSelection::isSaved(document->filePath())
        ? EndpointSelection::load(document->filePath())
        : notSelectedByTheFile();
    m_rows = readRows();
    connect(document, &PipelineDocument::contentChanged, this, &EndpointTableModel::rebuild);
}

QSet<QString> EndpointTableModel::notSelectedByTheFile() const
{
    // dlt's "selected": false (a parent that only feeds its children).
    QSet<QString> unticked;
    for (qsizetype index = 0; index < m_document->resourceCount(); ++index) {
        const std::optional<ResourceConfig> resource = m_document->effectiveResource(index);
        if (resource && !resource->selected) {
            unticked.insert(resource->name);
        }
    }
    return unticked;
}

PipelineDocument* EndpointTableModel::document() const
{
    return m_document;
}

QUndoStack* EndpointTableModel::undoStack()
{
    return &m_undoStack;
}

int EndpointTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndpointTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<EndpointTableModel::Row> EndpointTableModel::readRows() const
{
    QList<Row> rows;
    if (!m_document) {
        return rows;
    }
    // One read of the whole file, for every row's problems.
    const ConfigProblems problems = m_document->problems();
    for (qsizetype i = 0; i < m_document->resourceCount(); ++i) {
        rows.append(readRow(i, problems));
    }
    return rows;
}

EndpointTableModel::Row EndpointTableModel::readRow(qsizetype index,
                                                    const ConfigProblems& problems) const
{
    Row row;
    row.name = m_document->resourceName(index);
    const QString path = PipelineDocument::resourcePath(index);
    for (const ConfigProblem& problem : problems) {
        if (isUnder(problem.path, path)) {
            row.problem = problem.toString();
            break;
        }
    }
    // On its own: one resource's mistake does not blank the others.
    const QJsonValue merged = PipelineFile::withDefaults(m_document->value(kDefaults).toObject(),
                                                         m_document->resourceJson(index));
    ConfigProblems ignored;
    const std::optional<ResourceConfig> read = ResourceConfig::read(merged, path, &ignored);
    const QStringList texts = read ? effectiveTexts(*read) : writtenTexts(merged);
    row.cells.resize(ColumnCount);
    for (int column = NameColumn; column <= ParentColumn; ++column) {
        row.cells[column] = cell(index, subPathOf(column), texts.at(column));
    }
    row.cells[NameColumn].text = row.name;
    if (texts.at(PaginatorColumn).isEmpty() && !clientPaginatorType().isEmpty()) {
        row.cells[PaginatorColumn] = {clientPaginatorType(), tr("from client")};
    }
    return row;
}

EndpointTableModel::Cell EndpointTableModel::cell(qsizetype index, const QString& subPath,
                                                  const QString& text) const
{
    if (subPath.isEmpty()) {
        return {text, QString()};
    }
    const bool written = m_document->contains(PipelineDocument::resourcePath(index) + subPath);
    const bool defaulted = m_document->contains(kDefaults + subPath);
    return {text, !written && defaulted ? tr("from resource_defaults") : QString()};
}

QString EndpointTableModel::clientPaginatorType() const
{
    const QJsonValue paginator = m_document->value(QStringLiteral("source.client.paginator"));
    return paginator.isString() ? paginator.toString()
                                : paginator.toObject().value(QStringLiteral("type")).toString();
}

void EndpointTableModel::rebuild()
{
    if (!m_applying) {
        // Changed past the table (a reload, the text editor): undoing to bytes
        // from before it would silently drop that change.
        m_undoStack.clear();
    }
    m_refused.clear();
    changeRows(readRows());
}

void EndpointTableModel::changeRows(const QList<Row>& rows)
{
    QStringList before;
    QStringList after;
    for (const Row& row : m_rows) {
        before.append(row.name);
    }
    for (const Row& row : rows) {
        after.append(row.name);
    }
    // One row in or out is told as such, so a view keeps its place.
    qsizetype first = 0;
    while (first < before.size() && first < after.size() && before[first] == after[first]) {
        ++first;
    }
    if (after.size() == before.size() + 1
        && after.sliced(0, first) + after.sliced(first + 1) == before) {
        beginInsertRows(QModelIndex(), int(first), int(first));
        m_rows = rows;
        endInsertRows();
    } else if (before.size() == after.size() + 1
               && before.sliced(0, first) + before.sliced(first + 1) == after) {
        beginRemoveRows(QModelIndex(), int(first), int(first));
        m_rows = rows;
        endRemoveRows();
    } else if (before.size() != after.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        m_rows = rows;
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

QVariant EndpointTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    const Cell& cell = row.cells.at(column);
    const QString problem = rowProblem(index.row());
    switch (role) {
    case Qt::CheckStateRole:
        if (column == TickedColumn) {
            return isTicked(index.row()) ? Qt::Checked : Qt::Unchecked;
        }
        return QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == LastRunRowsColumn || column == LastRunTimeColumn) {
            const auto run = m_lastRuns.constFind(row.name);
            if (run == m_lastRuns.constEnd()) {
                return QVariant();
            }
            return column == LastRunRowsColumn ? QVariant(run->rows) : QVariant(run->time);
        }
        return column == TickedColumn ? QVariant() : QVariant(cell.text);
    case Qt::ToolTipRole: {
        QStringList lines{problem, cell.defaultedFrom};
        lines.removeAll(QString());
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::ForegroundRole:
        if (cell.defaultedFrom.isEmpty()) {
            return QVariant();
        }
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    case Qt::FontRole: {
        if (cell.defaultedFrom.isEmpty()) {
            return QVariant();
        }
        QFont font;
        font.setItalic(true);
        return font;
    }
    case ProblemRole:
        return problem;
    case DefaultedRole:
        return !cell.defaultedFrom.isEmpty();
    default:
        return QVariant();
    }
}

Qt::ItemFlags EndpointTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid()) {
        return flags;
    }
    if (index.column() == TickedColumn) {
        flags |= Qt::ItemIsUserCheckable;
    }
    if (isEditable(index.column()) && m_document && m_document->isWellFormed()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TickedColumn:
        return tr("Run", "column header: ticked for the next run");
    case NameColumn:
        return tr("Name");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case DataSelectorColumn:
        return tr("Data selector");
    case PaginatorColumn:
        return tr("Paginator");
    case WriteDispositionColumn:
        return tr("Write disposition");
    case PrimaryKeyColumn:
        return tr("Primary key");
    case CursorColumn:
        return tr("Incremental cursor");
    case ParentColumn:
        return tr("Parent");
    case LastRunRowsColumn:
        return tr("Last run rows");
    case LastRunTimeColumn:
        return tr("Last run");
    default:
        return QVariant();
    }
}

bool EndpointTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    if (role == Qt::CheckStateRole && index.column() == TickedColumn) {
        setTicked({index.row()}, value.toInt() == Qt::Checked);
        return true;
    }
    if (role != Qt::EditRole || !isEditable(index.column()) || !m_document) {
        return false;
    }
    const QString text = value.toString().trimmed();
    if (text == m_rows.at(index.row()).cells.at(index.column()).text) {
        return true;
    }
    // On a copy, so the document only ever holds an edit that passed.
    PipelineDocument copy;
    copy.fromBytes(m_document->bytes());
    QString error;
    if (!EndpointCellWriter(&copy, index.row()).write(index.column(), text, &error)) {
        return refuse(index.row(), error);
    }
    EndpointTableState after = state();
    after.bytes = copy.bytes();
    if (index.column() == NameColumn && after.unticked.remove(m_rows.at(index.row()).name)) {
        after.unticked.insert(text);
    }
    const QString what = headerData(index.column(), Qt::Horizontal).toString();
    return commit(index.row(), tr("Edit %1 of %2").arg(what, m_rows.at(index.row()).name), after);
}

EndpointTableState EndpointTableModel::state() const
{
    return {m_document ? m_document->bytes() : QByteArray(), m_unticked};
}

ConfigProblems EndpointTableModel::problemsOf(const QByteArray& bytes) const
{
    ConfigProblems problems;
    const QString path = m_document->filePath();
    PipelineFile::parse(bytes, path.isEmpty() ? PipelineDocument::tr("the pipeline") : path,
                        &problems);
    return problems;
}

QString EndpointTableModel::newProblem(int row, const QByteArray& after) const
{
    QStringList before;
    for (const ConfigProblem& problem : problemsOf(m_document->bytes())) {
        before.append(problem.toString());
    }
    QString first;
    for (const ConfigProblem& problem : problemsOf(after)) {
        if (before.removeOne(problem.toString())) {
            continue;
        }
        // The edited resource's own problem says most; else the first new one.
        if (row >= 0 && isUnder(problem.path, PipelineDocument::resourcePath(row))) {
            return problem.toString();
        }
        if (first.isEmpty()) {
            first = problem.toString();
        }
    }
    return first;
}

bool EndpointTableModel::commit(int row, const QString& text, const EndpointTableState& after)
{
    if (after.bytes == m_document->bytes() && after.unticked == m_unticked) {
        return true;
    }
    if (after.bytes != m_document->bytes()) {
        const QString problem = newProblem(row, after.bytes);
        if (!problem.isEmpty()) {
            return refuse(row, problem);
        }
    }
    m_undoStack.push(new EndpointTableCommand(this, text, state(), after));
    return true;
}

bool EndpointTableModel::refuse(int row, const QString& message)
{
    if (row >= 0 && row < m_rows.size()) {
        m_refused.insert(row, message);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                         {Qt::ToolTipRole, ProblemRole});
    }
    emit editRefused(row, message);
    return false;
}

void EndpointTableModel::applyState(const EndpointTableState& state)
{
    const bool ticksChanged = state.unticked != m_unticked;
    m_unticked = state.unticked;
    if (ticksChanged) {
        saveSelection();
    }
    if (m_document && state.bytes != m_document->bytes()) {
        // contentChanged rebuilds the rows.
        m_applying = true;
        m_document->setBytes(state.bytes);
        m_applying = false;
    } else if (ticksChanged && !m_rows.isEmpty()) {
        emit dataChanged(index(0, TickedColumn), index(int(m_rows.size()) - 1, TickedColumn),
                         {Qt::CheckStateRole});
    }
}

void EndpointTableModel::saveSelection()
{
    if (m_document && !m_document->filePath().isEmpty()) {
        QString error;
        if (!EndpointSelection::save(m_document->filePath(), m_unticked, &error)) {
            qWarning("%s", qPrintable(error));
        }
    }
}

QString EndpointTableModel::rowProblem(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return QString();
    }
    return m_refused.value(row, m_rows.at(row).problem);
}

QString EndpointTableModel::resourceName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int EndpointTableModel::rowOfResource(const QString& name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name) {
            return row;
        }
    }
    return -1;
}

bool EndpointTableModel::isTicked(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_unticked.contains(m_rows.at(row).name);
}

QStringList EndpointTableModel::tickedNames() const
{
    QStringList names;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isTicked(row)) {
            names.append(m_rows.at(row).name);
        }
    }
    return names;
}

void EndpointTableModel::setTicked(const QList<int>& rows, bool ticked)
{
    EndpointTableState after = state();
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size()) {
            if (ticked) {
                after.unticked.remove(m_rows.at(row).name);
            } else {
                after.unticked.insert(m_rows.at(row).name);
            }
        }
    }
    if (after.unticked != m_unticked) {
        commit(-1, ticked ? tr("Tick endpoints") : tr("Untick endpoints"), after);
    }
}

QString EndpointTableModel::uniqueName(const QString& base) const
{
    QString name = base;
    for (int n = 2; rowOfResource(name) >= 0; ++n) {
        name = base + QString::number(n);
    }
    return name;
}

int EndpointTableModel::addEndpoint()
{
    // A name is a table name and an identifier in dlt: not translated.
    const QString name = uniqueName(QStringLiteral("new_endpoint"));
    PipelineDocument copy;
    copy.fromBytes(m_document->bytes());
    QString error;
    if (!copy.addResource(QJsonObject{{QStringLiteral("name"), name}}, &error)) {
        refuse(-1, error);
        return -1;
    }
    EndpointTableState after{copy.bytes(), m_unticked};
    return commit(-1, tr("Add endpoint %1").arg(name), after) ? rowOfResource(name) : -1;
}

int EndpointTableModel::duplicateEndpoint(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        return -1;
    }
    const QString name = uniqueName(m_rows.at(row).name + QStringLiteral("_copy"));
    QJsonValue resource = m_document->resourceJson(row);
    if (resource.isObject()) {
        QJsonObject object = resource.toObject();
        object.insert(QStringLiteral("name"), name);
        // Its own table, as a new name gives; the same table twice is refused.
        object.remove(QStringLiteral("table_name"));
        resource = object;
    } else {
        resource = name;
    }
    PipelineDocument copy;
    copy.fromBytes(m_document->bytes());
    QString error;
    if (!copy.insertValue(kResources, row + 1, resource, &error)) {
        refuse(row, error);
        return -1;
    }
    EndpointTableState after{copy.bytes(), m_unticked};
    if (m_unticked.contains(m_rows.at(row).name)) {
        after.unticked.insert(name);
    }
    return commit(row, tr("Duplicate endpoint %1").arg(m_rows.at(row).name), after) ? row + 1 : -1;
}

bool EndpointTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size()) {
        return false;
    }
    PipelineDocument copy;
    copy.fromBytes(m_document->bytes());
    EndpointTableState after = state();
    QString error;
    // From the last, so the indices before it stay.
    for (int i = row + count - 1; i >= row; --i) {
        if (!copy.removeResource(i, &error)) {
            return refuse(i, error);
        }
        after.unticked.remove(m_rows.at(i).name);
    }
    after.bytes = copy.bytes();
    const QString text = count == 1 ? tr("Remove endpoint %1").arg(m_rows.at(row).name)
                                    : tr("Remove %n endpoints", nullptr, count);
    return commit(row, text, after);
}

bool EndpointTableModel::changeDocument(const QString& undoText, const QByteArray& bytes, int row)
{
    if (!m_document || !m_document->isWellFormed()) {
        return false;
    }
    return commit(row, undoText, {bytes, m_unticked});
}

void EndpointTableModel::setLastRun(const QString& name, qint64 rows, const QDateTime& time)
{
    m_lastRuns.insert(name, {rows, time});
    const int row = rowOfResource(name);
    if (row >= 0) {
        emit dataChanged(index(row, LastRunRowsColumn), index(row, LastRunTimeColumn));
    }
}
