// JsonSourceTree (the pipeline editor's parser) on any bytes. What it accepts
// QJsonDocument reads to the same value; every node is found again by its
// path; and an edit anywhere gives text that parses, with every byte outside
// the edited value unchanged.
#include "FuzzSupport.h"

#include "source/JsonSourceTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue readByQt(const QByteArray& text, bool* ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text + ']', &error);
    *ok = error.error == QJsonParseError::NoError && document.array().size() == 1;
    return document.array().at(0);
}

void checkSplice(const QByteArray& before, const QByteArray& after, qsizetype begin, qsizetype end)
{
    Fuzz::check(after.left(begin) == before.left(begin), "the bytes before an edit stay");
    const qsizetype tail = before.size() - end;
    Fuzz::check(after.right(tail) == before.right(tail), "the bytes after an edit stay");
}

// Every key on the way is non-empty, holds no "." or "[", and is not hidden
// by a later member of the same key, nor by a sibling whose key it begins
// with a "." or "[" after it ("a.b" beside "a": the longest written key wins).
bool plainlyReachable(const JsonSourceTree& tree, int index)
{
    for (int at = index; tree.node(at).parent >= 0; at = tree.node(at).parent) {
        const JsonSourceTree::Node& node = tree.node(at);
        if (node.keyBegin < 0) {
            continue;
        }
        if (node.key.isEmpty() || node.key.contains(u'.') || node.key.contains(u'[')) {
            return false;
        }
        const QList<int>& siblings = tree.node(node.parent).children;
        for (qsizetype i = siblings.indexOf(at) + 1; i < siblings.size(); ++i) {
            if (tree.node(siblings.at(i)).key == node.key) {
                return false;
            }
        }
        for (int sibling : siblings) {
            const QString& key = tree.node(sibling).key;
            if (key.size() > node.key.size() && key.startsWith(node.key)
                && (key.at(node.key.size()) == u'.' || key.at(node.key.size()) == u'[')) {
                return false;
            }
        }
    }
    return true;
}

void checkEdits(const JsonSourceTree& tree, int index, const QJsonValue& inserted)
{
    const JsonSourceTree::Node& node = tree.node(index);
    JsonSourceTree edited;
    JsonSourceTree::SyntaxError error;
    const QByteArray replaced = tree.replaced(index, inserted);
    Fuzz::check(edited.parse(replaced, &error), "a replaced value parses");
    checkSplice(tree.text(), replaced, node.begin, node.end);
    // A member hidden by a later one of the same key is not reached by path.
    const QString path = tree.pathOf(index);
    Fuzz::check(!plainlyReachable(tree, index) || edited.value(edited.find(path)) == inserted,
                "the replaced value reads back at its path");
    if (node.parent >= 0) {
        const QByteArray without = tree.without(index);
        Fuzz::check(edited.parse(without, &error), "a removal parses");
        Fuzz::check(without.size() < tree.text().size(), "a removal removes");
    }
    if (node.type == QJsonValue::Object) {
        Fuzz::check(
            edited.parse(tree.withMember(index, QStringLiteral("k\u00e9y"), inserted), &error),
            "an added member parses");
    }
    if (node.type == QJsonValue::Array) {
        for (qsizetype at : {qsizetype(0), node.children.size()}) {
            Fuzz::check(edited.parse(tree.withElement(index, at, inserted), &error),
                        "an added element parses");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text = Fuzz::bytes(data, size);
    JsonSourceTree tree;
    JsonSourceTree::SyntaxError error;
    if (!tree.parse(text, &error)) {
        Fuzz::check(!error.reason.isEmpty() && error.line >= 1 && error.column >= 1,
                    "a refusal says what and where");
        return 0;
    }
    if (!text.startsWith("\xEF\xBB\xBF")) {
        bool ok = false;
        const QJsonValue qt = readByQt(text, &ok);
        Fuzz::check(ok, "what the tree accepts, QJsonDocument reads");
        Fuzz::check(tree.value(tree.root()) == qt, "both read the same value");
    }
    // A few nodes chosen by the input, with a value chosen by it too.
    const QJsonValue inserted = size % 3 == 0 ? QJsonValue(QStringLiteral("x\"\\/\u00e9"))
        : size % 3 == 1                       ? QJsonValue(QJsonObject{{QStringLiteral("a"), 1.5}})
                                              : QJsonValue(QJsonArray{true, QJsonValue()});
    for (int index = 0, step = 0; index >= 0 && step < 8; ++step) {
        // A path leads to a node of that path; to this one unless a key on
        // the way makes the unquoted path syntax ambiguous.
        const int found = tree.find(tree.pathOf(index));
        Fuzz::check(found < 0 || tree.pathOf(found) == tree.pathOf(index),
                    "a path leads to a node of that path");
        Fuzz::check(found == index || !plainlyReachable(tree, index),
                    "a node with plain keys on its way is found by its path");
        checkEdits(tree, index, inserted);
        const JsonSourceTree::Node& node = tree.node(index);
        if (node.children.isEmpty()) {
            break;
        }
        index = node.children.at(data[step % size] % node.children.size());
    }
    return 0;
}
