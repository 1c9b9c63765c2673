// A response body as a collapsible tree (key, value, type) that stays
// responsive for tens of megabytes: parsed once off the GUI thread into a
// simdjson document the model owns, rows made only when a parent is first
// asked for them and then a chunk at a time, a search that walks the
// document rather than the rows, and the nodes a JSONPath picks marked.
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <simdjson.h>
#include <unordered_set>
#include <vector>

class QThread;

class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        // The node's JSONPath (pathOf()), for "use as data selector".
        PathRole = Qt::UserRole + 1,
        // True when the current selector's JSONPath matches the node.
        SelectedRole,
        // True when the node is one of the records the selector picks as a
        // data selector (a single list match unwrapped, dlt's way).
        RecordRole,
    };

    // Children made at once when a parent is expanded or scrolled further.
    static constexpr int kChunk = 1000;

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    // Parses body on a worker thread, then replaces the tree and emits
    // loaded(), or failed() with a sentence naming line and column. A load
    // started meanwhile wins over an earlier one.
    void load(const QByteArray& body);
    // Empties the tree; a load still running is dropped.
    void clear();
    bool isLoading() const;

    // Up to limit nodes whose key or scalar value contains text (ignoring
    // case), in document order; rows are made only along the way to a hit.
    QModelIndexList find(const QString& text, int limit);
    // The node's JSONPath in the syntax of data selectors: "$",
    // "data[3].attributes.name", "['odata.next']".
    QString pathOf(const QModelIndex& index) const;
    // Marks what expression picks (SelectedRole, RecordRole); an empty one
    // marks nothing. Returns why it cannot be used, or an empty string.
    QString setSelector(const QString& expression);
    int selectedCount() const;
    int recordCount() const;

    // Rows made so far: for tests of laziness.
    qsizetype nodeCount() const;
    // The thread the last body was parsed on: for tests.
    Qt::HANDLE parseThread() const;

    QModelIndex index(int row, int column,
                      const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const QString& problem);

public:
    // What the worker thread hands back.
    struct ParsedBody
    {
        simdjson::dom::document document;
        simdjson::dom::element root;
        QString problem;
        Qt::HANDLE thread = nullptr;
    };

private:
    struct Node
    {
        Node* parent = nullptr;
        int row = 0;
        // An array item's index, or -1 for an object's member.
        int arrayIndex = -1;
        QString key;
        simdjson::dom::element value;
        int total = 0;
        std::vector<Node*> children;
        // Where the next chunk of children starts in the document.
        simdjson::dom::array::iterator nextItem;
        simdjson::dom::object::iterator nextField;
    };

    void adopt(const std::shared_ptr<ParsedBody>& parsed);
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node) const;
    Node* makeNode(Node* parent, simdjson::dom::element value);
    static void setValue(Node* node, simdjson::dom::element value);
    // Makes the parent's children up to row (a whole chunk).
    void fetchUpTo(Node* node, int row);
    QModelIndex materialize(const std::vector<int>& rows);
    void notifyMarks();

    std::shared_ptr<ParsedBody> m_body;
    // Owns every node; the invisible root (the document) comes first.
    std::deque<Node> m_nodes;
    QList<QThread*> m_threads;
    quint64 m_generation = 0;
    bool m_fetching = false;
    bool m_loading = false;
    std::unordered_set<size_t> m_selected;
    std::unordered_set<size_t> m_records;
};
