#include "pipeline/JsonTreeModel.h"

#include "core/JsonParser.h"
#include "core/JsonPath.h"
#include "source/DataSelector.h"

#include <QFont>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QScopedValueRollback>
#include <QThread>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <type_traits>

namespace {

constexpr int kShownCharacters = 2000;

// simdjson gives elements no public identity, yet the tree must tell which of
// its nodes a JSONPath matched: an element is (document, tape index), a
// trivially copyable pair, and the index is unique within the document.
struct TapeIdentity
{
    const void* document;
    size_t index;
};
static_assert(sizeof(simdjson::dom::element) == sizeof(TapeIdentity));
static_assert(std::is_trivially_copyable_v<simdjson::dom::element>);

size_t tapeIndex(simdjson::dom::element element)
{
    TapeIdentity identity;
    std::memcpy(&identity, &element, sizeof identity);
    return identity.index;
}

bool isContainer(simdjson::dom::element value)
{
    return value.is_array() || value.is_object();
}

int sizeOf(simdjson::dom::element value)
{
    simdjson::dom::array array;
    simdjson::dom::object object;
    if (!value.get_array().get(array)) {
        return int(std::min<size_t>(array.size(), size_t(INT_MAX)));
    }
    if (!value.get_object().get(object)) {
        return int(std::min<size_t>(object.size(), size_t(INT_MAX)));
    }
    return 0;
}

// A scalar as text, the same for showing it and for searching it: a view of
// the document's string, or of buffer for anything else.
std::string_view scalarText(simdjson::dom::element value, char (&buffer)[32])
{
    std::to_chars_result written{buffer, {}};
    switch (value.type()) {
    case simdjson::dom::element_type::STRING:
        return value.get_string().value_unsafe();
    case simdjson::dom::element_type::INT64:
        written = std::to_chars(buffer, buffer + sizeof buffer, value.get_int64().value_unsafe());
        break;
    case simdjson::dom::element_type::UINT64:
        written = std::to_chars(buffer, buffer + sizeof buffer, value.get_uint64().value_unsafe());
        break;
    case simdjson::dom::element_type::DOUBLE:
        written = std::to_chars(buffer, buffer + sizeof buffer, value.get_double().value_unsafe());
        break;
    case simdjson::dom::element_type::BOOL:
        return value.get_bool().value_unsafe() ? "true" : "false";
    case simdjson::dom::element_type::NULL_VALUE:
        return "null";
    default:
        return {};
    }
    return std::string_view(buffer, size_t(written.ptr - buffer));
}

// 1-based line and column of a byte offset, for a person to find it.
QPair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset)
{
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return {line, column};
}

// Case-insensitive "contains", on the document's UTF-8 without converting
// every key and value when the needle is ASCII (the usual case).
class TextMatcher
{
public:
    explicit TextMatcher(const QString& needle)
        : m_needle(needle)
        , m_ascii(needle.toLower().toStdString())
        , m_isAscii(std::all_of(m_ascii.begin(), m_ascii.end(),
                                [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    { }

    bool matches(std::string_view text) const
    {
        if (!m_isAscii) {
            return QString::fromUtf8(text.data(), qsizetype(text.size()))
                .contains(m_needle, Qt::CaseInsensitive);
        }
        if (text.size() < m_ascii.size()) {
            return false;
        }
        // Candidates by the first character (both cases) with memchr, the
        // rest compared ignoring case: a walk over tens of MB stays short.
        const char first = m_ascii.front();
        const char upper = first >= 'a' && first <= 'z' ? char(first - 'a' + 'A') : first;
        const char* end = text.data() + text.size() - m_ascii.size() + 1;
        const auto next = [end](const char* from, char c) {
            return from < end ? static_cast<const char*>(std::memchr(from, c, size_t(end - from)))
                              : nullptr;
        };
        const char* lower = next(text.data(), first);
        const char* capital = upper == first ? nullptr : next(text.data(), upper);
        while (lower || capital) {
            const char* at = !lower ? capital : !capital ? lower : std::min(lower, capital);
            if (equalIgnoringCase(at + 1)) {
                return true;
            }
            if (at == lower) {
                lower = next(at + 1, first);
            } else {
                capital = next(at + 1, upper);
            }
        }
        return false;
    }

private:
    bool equalIgnoringCase(const char* text) const
    {
        for (size_t i = 1; i < m_ascii.size(); ++i, ++text) {
            const char c = *text >= 'A' && *text <= 'Z' ? char(*text - 'A' + 'a') : *text;
            if (c != m_ascii[i]) {
                return false;
            }
        }
        return true;
    }

    QString m_needle;
    std::string m_ascii;
    bool m_isAscii;
};

// Where a depth-first walk of the document is inside one container.
struct WalkFrame
{
    bool isArray = false;
    simdjson::dom::array::iterator item, itemEnd;
    simdjson::dom::object::iterator field, fieldEnd;
    int row = -1;
};

WalkFrame frameFor(simdjson::dom::element container)
{
    WalkFrame frame;
    simdjson::dom::array array;
    simdjson::dom::object object;
    if (!container.get_array().get(array)) {
        frame.isArray = true;
        frame.item = array.begin();
        frame.itemEnd = array.end();
    } else if (!container.get_object().get(object)) {
        frame.field = object.begin();
        frame.fieldEnd = object.end();
    }
    return frame;
}

void parseOnWorker(const QByteArray& body, const std::shared_ptr<JsonTreeModel::ParsedBody>& parsed)
{
    parsed->thread = QThread::currentThreadId();
    JsonParser parser;
    const simdjson::error_code error = parser.parseInto({body.constData(), size_t(body.size())},
                                                        false, &parsed->document, &parsed->root);
    if (!error) {
        return;
    }
    // simdjson says what, Qt's parser says where.
    QJsonParseError jsonError;
    QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error == QJsonParseError::NoError) {
        parsed->problem =
            JsonTreeModel::tr("The body is not valid JSON: %1.").arg(JsonParser::describe(error));
        return;
    }
    // Qt's offset is just past the character it stumbled on.
    const auto [line, column] = lineAndColumn(body, qMax(0, jsonError.offset - 1));
    parsed->problem = JsonTreeModel::tr("The body is not valid JSON: %1 at line %2, column %3.")
                          .arg(jsonError.errorString())
                          .arg(line)
                          .arg(column);
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel()
{
    // A parse still running owns only its own result; wait so that it does
    // not outlive the application.
    for (QThread* thread : std::as_const(m_threads)) {
        thread->disconnect(this);
        thread->wait();
        delete thread;
    }
}

void JsonTreeModel::load(const QByteArray& body)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto parsed = std::make_shared<ParsedBody>();
    // The worker owns its result too: it outlives the model's connection.
    QThread* thread = QThread::create(parseOnWorker, body, parsed);
    connect(thread, &QThread::finished, this, [this, thread, parsed, generation] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (generation == m_generation) {
            adopt(parsed);
        }
    });
    m_threads.append(thread);
    thread->start();
}

void JsonTreeModel::adopt(const std::shared_ptr<ParsedBody>& parsed)
{
    m_loading = false;
    if (!parsed->problem.isEmpty()) {
        clear();
        Q_EMIT failed(parsed->problem);
        return;
    }
    beginResetModel();
    m_nodes.clear();
    m_selected.clear();
    m_records.clear();
    m_body = parsed;
    Node& root = m_nodes.emplace_back();
    setValue(&root, m_body->root);
    root.total = isContainer(root.value) ? root.total : 1;
    endResetModel();
    Q_EMIT loaded();
}

void JsonTreeModel::clear()
{
    // A parse still running is dropped when it ends.
    ++m_generation;
    m_loading = false;
    beginResetModel();
    m_nodes.clear();
    m_selected.clear();
    m_records.clear();
    m_body.reset();
    endResetModel();
}

bool JsonTreeModel::isLoading() const
{
    return m_loading;
}

qsizetype JsonTreeModel::nodeCount() const
{
    return m_nodes.empty() ? 0 : qsizetype(m_nodes.size()) - 1;
}

Qt::HANDLE JsonTreeModel::parseThread() const
{
    return m_body ? m_body->thread : nullptr;
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return m_nodes.empty() ? nullptr : const_cast<Node*>(&m_nodes.front());
    }
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex JsonTreeModel::indexOf(Node* node) const
{
    if (!node || !node->parent) {
        return QModelIndex();
    }
    return createIndex(node->row, 0, node);
}

JsonTreeModel::Node* JsonTreeModel::makeNode(Node* parent, simdjson::dom::element value)
{
    Node& node = m_nodes.emplace_back();
    node.parent = parent;
    node.row = int(parent->children.size());
    setValue(&node, value);
    return &node;
}

void JsonTreeModel::setValue(Node* node, simdjson::dom::element value)
{
    node->value = value;
    node->total = sizeOf(value);
    simdjson::dom::array array;
    simdjson::dom::object object;
    if (!value.get_array().get(array)) {
        node->nextItem = array.begin();
    } else if (!value.get_object().get(object)) {
        node->nextField = object.begin();
    }
}

void JsonTreeModel::fetchUpTo(Node* node, int row)
{
    const int have = int(node->children.size());
    if (row < have || have >= node->total || m_fetching) {
        return;
    }
    // A view (or QAbstractItemModelTester) may ask to fetch more from its
    // rowsAboutToBeInserted handler: the chunk being made already is that.
    const QScopedValueRollback fetching(m_fetching, true);
    const int last = std::min(node->total, (row / kChunk + 1) * kChunk) - 1;
    beginInsertRows(indexOf(node), have, last);
    node->children.reserve(size_t(last) + 1);
    const bool isRoot = node == &m_nodes.front();
    if (isRoot && !isContainer(node->value)) {
        // A body that is one scalar: one row, the whole document.
        node->children.push_back(makeNode(node, node->value));
        node->children.back()->key = QStringLiteral("$");
        node->children.back()->arrayIndex = -1;
    } else if (node->value.is_array()) {
        for (int i = have; i <= last; ++i, ++node->nextItem) {
            Node* child = makeNode(node, *node->nextItem);
            child->arrayIndex = i;
            node->children.push_back(child);
        }
    } else {
        for (int i = have; i <= last; ++i, ++node->nextField) {
            const simdjson::dom::key_value_pair field = *node->nextField;
            Node* child = makeNode(node, field.value);
            child->key = QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
            node->children.push_back(child);
        }
    }
    endInsertRows();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return QModelIndex();
    }
    Node* node = nodeOf(parent);
    return createIndex(row, column, node->children.at(size_t(row)));
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return QModelIndex();
    }
    return indexOf(nodeOf(child)->parent);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    if (!node || parent.column() > 0) {
        return 0;
    }
    return int(node->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    return node && parent.column() <= 0 && node->total > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    return node && parent.column() <= 0 && !m_fetching && int(node->children.size()) < node->total;
}

void JsonTreeModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        Node* node = nodeOf(parent);
        fetchUpTo(node, int(node->children.size()));
    }
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return QVariant();
    }
    const Node* node = nodeOf(index);
    switch (role) {
    case PathRole:
        return pathOf(index);
    case SelectedRole:
        return m_selected.count(tapeIndex(node->value)) > 0;
    case RecordRole:
        return m_records.count(tapeIndex(node->value)) > 0;
    case Qt::FontRole:
        // What the JSONPath picks stands out in the view (and is said as a
        // description to a screen reader).
        if (m_selected.count(tapeIndex(node->value)) > 0
            || m_records.count(tapeIndex(node->value)) > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::AccessibleDescriptionRole:
        return m_records.count(tapeIndex(node->value)) > 0 ? tr("picked by the JSONPath")
                                                           : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case KeyColumn:
        return node->arrayIndex >= 0 ? QStringLiteral("[%1]").arg(node->arrayIndex) : node->key;
    case ValueColumn:
        if (node->value.is_array()) {
            return tr("[%n item(s)]", nullptr, node->total);
        }
        if (node->value.is_object()) {
            return tr("{%n key(s)}", nullptr, node->total);
        }
        {
            char buffer[32];
            const std::string_view text = scalarText(node->value, buffer);
            QString shown = QString::fromUtf8(
                text.data(), qsizetype(std::min<size_t>(text.size(), kShownCharacters * 2)));
            if (shown.size() > kShownCharacters || text.size() > kShownCharacters * 2) {
                shown = shown.left(kShownCharacters) + QChar(0x2026);
            }
            return shown;
        }
    case TypeColumn:
        switch (node->value.type()) {
        case simdjson::dom::element_type::ARRAY:
            return tr("array");
        case simdjson::dom::element_type::OBJECT:
            return tr("object");
        case simdjson::dom::element_type::STRING:
            return tr("string");
        case simdjson::dom::element_type::BOOL:
            return tr("boolean");
        case simdjson::dom::element_type::NULL_VALUE:
            return tr("null");
        default:
            return tr("number");
        }
    default:
        return QVariant();
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return QVariant();
    }
}

QString JsonTreeModel::pathOf(const QModelIndex& index) const
{
    QStringList steps;
    for (const Node* node = index.isValid() ? nodeOf(index) : nullptr; node && node->parent;
         node = node->parent) {
        if (node->arrayIndex >= 0) {
            steps.prepend(QStringLiteral("[%1]").arg(node->arrayIndex));
        } else if (node->parent != &m_nodes.front() || isContainer(node->parent->value)) {
            steps.prepend(JsonPath::pathFor({node->key}));
        }
    }
    QString path;
    for (const QString& step : std::as_const(steps)) {
        // pathFor() quotes odd keys as "['a.b']", which follows without a dot.
        if (!path.isEmpty() && !step.startsWith(u'[')) {
            path += u'.';
        }
        path += step;
    }
    return path.isEmpty() ? QStringLiteral("$") : path;
}

QModelIndex JsonTreeModel::materialize(const std::vector<int>& rows)
{
    Node* node = &m_nodes.front();
    for (const int row : rows) {
        fetchUpTo(node, row);
        node = node->children.at(size_t(row));
    }
    return indexOf(node);
}

QModelIndexList JsonTreeModel::find(const QString& text, int limit)
{
    QModelIndexList hits;
    if (!m_body || text.isEmpty() || limit <= 0) {
        return hits;
    }
    const TextMatcher matcher(text);
    const simdjson::dom::element root = m_body->root;
    if (!isContainer(root)) {
        char buffer[32];
        if (matcher.matches(scalarText(root, buffer))) {
            hits.append(materialize({0}));
        }
        return hits;
    }
    // Depth first over the document, not the rows: unexpanded nodes are
    // searched too, and rows are made only along the path to a hit.
    std::vector<WalkFrame> stack{frameFor(root)};
    std::vector<int> rows;
    while (!stack.empty() && hits.size() < limit) {
        WalkFrame& frame = stack.back();
        simdjson::dom::element value;
        bool matched = false;
        if (frame.isArray ? frame.item == frame.itemEnd : frame.field == frame.fieldEnd) {
            stack.pop_back();
            continue;
        }
        if (frame.isArray) {
            value = *frame.item;
            ++frame.item;
        } else {
            const simdjson::dom::key_value_pair field = *frame.field;
            value = field.value;
            matched = matcher.matches(field.key);
            ++frame.field;
        }
        ++frame.row;
        const bool container = isContainer(value);
        char buffer[32];
        matched = matched || (!container && matcher.matches(scalarText(value, buffer)));
        if (matched) {
            rows.clear();
            for (const WalkFrame& step : stack) {
                rows.push_back(step.row);
            }
            hits.append(materialize(rows));
        }
        if (container) {
            stack.push_back(frameFor(value));
        }
    }
    return hits;
}

QString JsonTreeModel::setSelector(const QString& expression)
{
    m_selected.clear();
    m_records.clear();
    QString problem;
    if (m_body && !expression.trimmed().isEmpty()) {
        if (const std::optional<JsonPath> path = JsonPath::parse(expression, &problem)) {
            for (const simdjson::dom::element& match : path->find(m_body->root)) {
                m_selected.insert(tapeIndex(match));
            }
            for (const simdjson::dom::element& record :
                 DataSelector::records(m_body->root, *path)) {
                m_records.insert(tapeIndex(record));
            }
        }
    }
    notifyMarks();
    return problem;
}

int JsonTreeModel::selectedCount() const
{
    return int(m_selected.size());
}

int JsonTreeModel::recordCount() const
{
    return int(m_records.size());
}

void JsonTreeModel::notifyMarks()
{
    for (Node& node : m_nodes) {
        if (!node.children.empty()) {
            const QModelIndex parent = indexOf(&node);
            Q_EMIT dataChanged(
                index(0, 0, parent), index(int(node.children.size()) - 1, ColumnCount - 1, parent),
                {SelectedRole, RecordRole, Qt::FontRole, Qt::AccessibleDescriptionRole});
        }
    }
}
