// JSON text kept as a person wrote it: every value's byte span in the text,
// object members in written order. An edit splices new text in and leaves
// every other byte as it was (order, spacing, "1.0" and escapes), so a file
// edited in the window and saved back differs only where it was edited.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

class JsonSourceTree
{
    Q_DECLARE_TR_FUNCTIONS(JsonSourceTree)

public:
    // Far deeper than any pipeline file, far below the stack's limit and
    // QJsonDocument's (1024), so what this accepts Qt reads too.
    static constexpr int kMaxDepth = 256;

    struct Node
    {
        QJsonValue::Type type = QJsonValue::Undefined;
        // The value's first byte and one past its last.
        qsizetype begin = 0;
        qsizetype end = 0;
        // A member's key (decoded) and its opening quote; -1 elsewhere.
        QString key;
        qsizetype keyBegin = -1;
        int parent = -1;
        QList<int> children;
    };

    struct SyntaxError
    {
        QString reason;
        // 1-based; the column counts characters, not bytes.
        qsizetype line = 0;
        qsizetype column = 0;
    };

    // JSON (RFC 8259) in UTF-8, a byte order mark allowed, and control
    // characters inside strings as QJsonDocument allows them: a file reads
    // here exactly when PipelineFile reads it. On failure the tree is empty
    // and error says what and where.
    bool parse(const QByteArray& text, SyntaxError* error);

    const QByteArray& text() const;
    bool isEmpty() const;
    int root() const;
    const Node& node(int index) const;

    // Paths as ConfigProblem writes them: "source.resources[2].endpoint".
    // Keys are not quoted there, so a key holding "." or "[" ("page[limit]")
    // is matched against the members actually written. Of two members with
    // one key the later counts, as in QJsonDocument (and so PipelineFile).
    // -1 when nothing is at path.
    int find(const QString& path) const;
    // The deepest node along path and how many characters of path it took.
    int findDeepest(const QString& path, qsizetype* used) const;
    QString pathOf(int index) const;
    // The value as QJsonDocument reads it.
    QJsonValue value(int index) const;

    // Edited texts; the caller parses the result to go on editing.
    QByteArray replaced(int index, const QJsonValue& value) const;
    // A member added after the last one, an element at position (0 … size).
    QByteArray withMember(int object, const QString& key, const QJsonValue& value) const;
    QByteArray withElement(int array, qsizetype position, const QJsonValue& value) const;
    // The member or element gone, with the comma that separated it.
    QByteArray without(int index) const;

    // New values are written on one line: {"a": 1, "b": [2, 3]}. Objects
    // come out with their keys sorted, as QJsonObject holds them.
    static QByteArray write(const QJsonValue& value);
    static SyntaxError locate(const QByteArray& text, qsizetype offset, const QString& reason);

private:
    // Where an item (member key or element value) of a container starts.
    qsizetype itemBegin(int index) const;
    // The whitespace just before an item, after "," or the opening bracket.
    QByteArray spaceBefore(int index) const;
    QByteArray withItem(int container, qsizetype position, const QByteArray& item) const;
    QByteArray spliced(qsizetype begin, qsizetype end, const QByteArray& insert) const;

    QByteArray m_text;
    QList<Node> m_nodes;
};
