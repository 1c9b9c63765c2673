#include "source/JsonSourceTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace {

// The bytes of the well-formed UTF-8 sequence at p, or 0 (overlong forms,
// surrogates and code points past U+10FFFF are not well-formed).
int utf8Length(const uchar* p, const uchar* end)
{
    const uchar lead = p[0];
    if (lead < 0x80) {
        return 1;
    }
    int length = 0;
    char32_t minimum = 0;
    char32_t point = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, minimum = 0x80, point = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, minimum = 0x800, point = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, minimum = 0x10000, point = lead & 0x07;
    } else {
        return 0;
    }
    if (end - p < length) {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80) {
            return 0;
        }
        point = (point << 6) | (p[i] & 0x3F);
    }
    const bool surrogate = point >= 0xD800 && point <= 0xDFFF;
    return point < minimum || point > 0x10FFFF || surrogate ? 0 : length;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// One pass over the text, recursive descent with a depth limit.
class Reader
{
    // The messages belong to JsonSourceTree, for lupdate and at run time.
    Q_DECLARE_TR_FUNCTIONS(JsonSourceTree)

public:
    Reader(const QByteArray& text, QList<JsonSourceTree::Node>* nodes)
        : m_text(text)
        , m_nodes(nodes)
    { }

    bool read(JsonSourceTree::SyntaxError* error)
    {
        if (m_text.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
        skipSpace();
        const bool ok =
            value(-1, 0) >= 0 && (skipSpace(), atEnd() || fail(tr("text after the end")));
        if (!ok) {
            *error = JsonSourceTree::locate(m_text, m_errorAt, m_error);
        }
        return ok;
    }

private:
    bool atEnd() const
    {
        return m_pos >= m_text.size();
    }

    char peek() const
    {
        return atEnd() ? '\0' : m_text.at(m_pos);
    }

    bool fail(const QString& reason)
    {
        if (m_error.isEmpty()) {
            m_error = reason;
            m_errorAt = m_pos;
        }
        return false;
    }

    bool unexpected()
    {
        return fail(atEnd() ? tr("the text ends too early") : tr("unexpected character"));
    }

    void skipSpace()
    {
        while (!atEnd() && isSpace(m_text.at(m_pos))) {
            ++m_pos;
        }
    }

    int add(QJsonValue::Type type, int parent)
    {
        JsonSourceTree::Node node;
        node.type = type;
        node.begin = m_pos;
        node.parent = parent;
        m_nodes->append(node);
        const int index = int(m_nodes->size() - 1);
        if (parent >= 0) {
            (*m_nodes)[parent].children.append(index);
        }
        return index;
    }

    int value(int parent, int depth)
    {
        const char c = peek();
        int index = -1;
        bool ok = false;
        if (c == '{' || c == '[') {
            if (depth >= JsonSourceTree::kMaxDepth) {
                fail(tr("nested deeper than %1 levels").arg(JsonSourceTree::kMaxDepth));
                return -1;
            }
            index = add(c == '{' ? QJsonValue::Object : QJsonValue::Array, parent);
            ok = c == '{' ? object(index, depth) : array(index, depth);
        } else if (c == '"') {
            index = add(QJsonValue::String, parent);
            ok = string(nullptr);
        } else if (c == '-' || isDigit(c)) {
            index = add(QJsonValue::Double, parent);
            ok = number();
        } else if (c == 't' || c == 'f') {
            index = add(QJsonValue::Bool, parent);
            ok = literal(c == 't' ? "true" : "false");
        } else if (c == 'n') {
            index = add(QJsonValue::Null, parent);
            ok = literal("null");
        } else {
            unexpected();
        }
        if (!ok) {
            return -1;
        }
        (*m_nodes)[index].end = m_pos;
        return index;
    }

    bool object(int index, int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            if (peek() != '"') {
                return fail(tr("a key in quotes was expected"));
            }
            const qsizetype keyBegin = m_pos;
            QString key;
            if (!string(&key)) {
                return false;
            }
            skipSpace();
            if (peek() != ':') {
                return fail(tr("\":\" was expected after the key"));
            }
            ++m_pos;
            skipSpace();
            const int member = value(index, depth + 1);
            if (member < 0) {
                return false;
            }
            (*m_nodes)[member].key = key;
            (*m_nodes)[member].keyBegin = keyBegin;
            bool closed = false;
            if (!next('}', tr("\",\" or \"}\" was expected"), &closed) || closed) {
                return closed;
            }
        }
    }

    bool array(int index, int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            if (value(index, depth + 1) < 0) {
                return false;
            }
            bool closed = false;
            if (!next(']', tr("\",\" or \"]\" was expected"), &closed) || closed) {
                return closed;
            }
        }
    }

    // After an item: "," (and the next item's start) or the closing bracket.
    bool next(char close, const QString& expected, bool* closed)
    {
        skipSpace();
        const char c = peek();
        if (c != ',' && c != close) {
            return atEnd() ? unexpected() : fail(expected);
        }
        ++m_pos;
        *closed = c == close;
        if (*closed) {
            return true;
        }
        skipSpace();
        if (peek() == close) {
            return fail(tr("a value was expected after \",\""));
        }
        return true;
    }

    bool literal(const char* word)
    {
        const qsizetype length = qsizetype(qstrlen(word));
        if (m_text.mid(m_pos, length) != word) {
            return unexpected();
        }
        m_pos += length;
        return true;
    }

    bool digits()
    {
        if (!isDigit(peek())) {
            return unexpected();
        }
        while (isDigit(peek())) {
            ++m_pos;
        }
        return true;
    }

    bool number()
    {
        const qsizetype begin = m_pos;
        if (!numberGrammar()) {
            return false;
        }
        // QJsonDocument refuses what a double cannot hold (1e400, 1e-400).
        bool ok = false;
        m_text.mid(begin, m_pos - begin).toDouble(&ok);
        if (!ok) {
            m_pos = begin;
            return fail(tr("a number too large or too small"));
        }
        return true;
    }

    bool numberGrammar()
    {
        if (peek() == '-') {
            ++m_pos;
        }
        if (peek() == '0') {
            ++m_pos;
        } else if (!digits()) {
            return false;
        }
        if (peek() == '.') {
            ++m_pos;
            if (!digits()) {
                return false;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-') {
                ++m_pos;
            }
            return digits();
        }
        return true;
    }

    // At the opening quote; decoded is filled in when given (keys only).
    bool string(QString* decoded)
    {
        ++m_pos;
        const auto* data = reinterpret_cast<const uchar*>(m_text.constData());
        const uchar* end = data + m_text.size();
        for (;;) {
            if (atEnd()) {
                return unexpected();
            }
            const uchar c = data[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                if (!escape(decoded)) {
                    return false;
                }
                continue;
            }
            const int length = utf8Length(data + m_pos, end);
            if (length == 0) {
                return fail(tr("text that is not valid UTF-8"));
            }
            if (decoded) {
                decoded->append(QString::fromUtf8(m_text.constData() + m_pos, length));
            }
            m_pos += length;
        }
    }

    bool escape(QString* decoded)
    {
        ++m_pos;
        const char c = peek();
        static const char kFrom[] = "\"\\/bfnrt";
        static const char kTo[] = "\"\\/\b\f\n\r\t";
        if (const char* at = c ? std::strchr(kFrom, c) : nullptr) {
            if (decoded) {
                decoded->append(QLatin1Char(kTo[at - kFrom]));
            }
            ++m_pos;
            return true;
        }
        if (c != 'u') {
            return fail(tr("an unknown escape after \"\\\""));
        }
        ++m_pos;
        int unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(peek());
            if (digit < 0) {
                return fail(tr("\\u wants four hexadecimal digits"));
            }
            unit = unit * 16 + digit;
            ++m_pos;
        }
        if (decoded) {
            decoded->append(QChar(char16_t(unit)));
        }
        return true;
    }

    const QByteArray& m_text;
    QList<JsonSourceTree::Node>* m_nodes;
    qsizetype m_pos = 0;
    QString m_error;
    qsizetype m_errorAt = 0;
};

} // namespace

bool JsonSourceTree::parse(const QByteArray& text, SyntaxError* error)
{
    m_nodes.clear();
    m_text = text;
    Reader reader(m_text, &m_nodes);
    if (!reader.read(error)) {
        m_nodes.clear();
        return false;
    }
    return true;
}

JsonSourceTree::SyntaxError JsonSourceTree::locate(const QByteArray& text, qsizetype offset,
                                                   const QString& reason)
{
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < before.size(); ++i) {
        // Continuation bytes belong to the character before them.
        column += (uchar(before.at(i)) & 0xC0) != 0x80 ? 1 : 0;
    }
    return {reason, before.count('\n') + 1, column};
}

const QByteArray& JsonSourceTree::text() const
{
    return m_text;
}

bool JsonSourceTree::isEmpty() const
{
    return m_nodes.isEmpty();
}

int JsonSourceTree::root() const
{
    return m_nodes.isEmpty() ? -1 : 0;
}

const JsonSourceTree::Node& JsonSourceTree::node(int index) const
{
    return m_nodes.at(index);
}

int JsonSourceTree::find(const QString& path) const
{
    qsizetype used = 0;
    const int found = findDeepest(path, &used);
    return used == path.size() ? found : -1;
}

int JsonSourceTree::findDeepest(const QString& path, qsizetype* used) const
{
    int current = root();
    qsizetype at = 0;
    while (current >= 0 && at < path.size()) {
        const Node& here = m_nodes.at(current);
        int next = -1;
        qsizetype after = at;
        if (here.type == QJsonValue::Array && path.at(at) == u'[') {
            const qsizetype close = path.indexOf(u']', at);
            bool ok = false;
            const qsizetype index =
                close < 0 ? -1 : path.mid(at + 1, close - at - 1).toLongLong(&ok);
            if (ok && index >= 0 && index < here.children.size()) {
                next = here.children.at(index);
                after = close + 1;
            }
        } else if (here.type == QJsonValue::Object && (current == 0 || path.at(at) == u'.')) {
            // The root's keys come first; "" is a key there, not the root.
            const qsizetype keyAt = current == 0 ? 0 : at + 1;
            const QStringView rest = QStringView(path).mid(keyAt);
            qsizetype best = -1;
            for (int child : here.children) {
                const QString& key = m_nodes.at(child).key;
                if (!rest.startsWith(key)) {
                    continue;
                }
                const bool whole = rest.size() == key.size() || rest.at(key.size()) == u'.'
                    || rest.at(key.size()) == u'[';
                // The longest key wins; of equal keys the later one.
                if (whole && key.size() >= best) {
                    best = key.size();
                    next = child;
                }
            }
            after = keyAt + best;
        }
        if (next < 0) {
            break;
        }
        current = next;
        at = after;
    }
    *used = at;
    return current;
}

QString JsonSourceTree::pathOf(int index) const
{
    QString path;
    for (int at = index; m_nodes.at(at).parent >= 0; at = m_nodes.at(at).parent) {
        const Node& node = m_nodes.at(at);
        const Node& parent = m_nodes.at(node.parent);
        if (parent.type == QJsonValue::Array) {
            path.prepend(QStringLiteral("[%1]").arg(parent.children.indexOf(at)));
        } else {
            path.prepend(parent.parent >= 0 ? u'.' + node.key : node.key);
        }
    }
    return path;
}

QJsonValue JsonSourceTree::value(int index) const
{
    const Node& node = m_nodes.at(index);
    // Wrapped: QJsonDocument reads only an object or an array on its own.
    const QByteArray wrapped = '[' + m_text.mid(node.begin, node.end - node.begin) + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

QByteArray JsonSourceTree::write(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QByteArrayList members;
        for (auto it = object.begin(); it != object.end(); ++it) {
            members << write(it.key()) + ": " + write(it.value());
        }
        return '{' + members.join(", ") + '}';
    }
    if (value.isArray()) {
        QByteArrayList elements;
        for (const QJsonValue& element : value.toArray()) {
            elements << write(element);
        }
        return '[' + elements.join(", ") + ']';
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray JsonSourceTree::spliced(qsizetype begin, qsizetype end, const QByteArray& insert) const
{
    return m_text.left(begin) + insert + m_text.mid(end);
}

QByteArray JsonSourceTree::replaced(int index, const QJsonValue& value) const
{
    const Node& node = m_nodes.at(index);
    return spliced(node.begin, node.end, write(value));
}

qsizetype JsonSourceTree::itemBegin(int index) const
{
    const Node& node = m_nodes.at(index);
    return node.keyBegin >= 0 ? node.keyBegin : node.begin;
}

QByteArray JsonSourceTree::spaceBefore(int index) const
{
    const qsizetype begin = itemBegin(index);
    qsizetype at = begin;
    while (at > 0 && isSpace(m_text.at(at - 1))) {
        --at;
    }
    return m_text.mid(at, begin - at);
}

QByteArray JsonSourceTree::withItem(int container, qsizetype position, const QByteArray& item) const
{
    const Node& node = m_nodes.at(container);
    const QList<int>& children = node.children;
    if (children.isEmpty()) {
        return spliced(node.begin + 1, node.end - 1, item);
    }
    if (position < children.size()) {
        // In front of the item now there, with the same spacing it had.
        const int at = children.at(position);
        return spliced(itemBegin(at), itemBegin(at), item + ',' + spaceBefore(at));
    }
    // After the last, spaced as the last is from the one before it.
    const int last = children.last();
    QByteArray space = spaceBefore(last);
    if (space.isEmpty()) {
        space = " ";
    }
    const qsizetype end = m_nodes.at(last).end;
    return spliced(end, end, ',' + space + item);
}

QByteArray JsonSourceTree::withMember(int object, const QString& key, const QJsonValue& value) const
{
    return withItem(object, m_nodes.at(object).children.size(), write(key) + ": " + write(value));
}

QByteArray JsonSourceTree::withElement(int array, qsizetype position, const QJsonValue& value) const
{
    return withItem(array, position, write(value));
}

QByteArray JsonSourceTree::without(int index) const
{
    const Node& parent = m_nodes.at(m_nodes.at(index).parent);
    const QList<int>& siblings = parent.children;
    const qsizetype position = siblings.indexOf(index);
    if (siblings.size() == 1) {
        return spliced(parent.begin + 1, parent.end - 1, {});
    }
    if (position + 1 < siblings.size()) {
        // Up to the next item: its comma goes, the next takes this place.
        return spliced(itemBegin(index), itemBegin(siblings.at(position + 1)), {});
    }
    // The last: from the end of the one before, its comma with it.
    return spliced(m_nodes.at(siblings.at(position - 1)).end, m_nodes.at(index).end, {});
}
