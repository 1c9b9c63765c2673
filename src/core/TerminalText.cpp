#include "core/TerminalText.h"

#include <algorithm>

namespace {

constexpr char16_t kEscape = 0x1b;
constexpr char16_t kBell = 0x07;

bool isControl(char16_t c)
{
    // C0 but newline and tab, DEL, C1; and the bidirectional overrides and
    // isolates, which can make text read other than it is (CVE-2021-42574).
    return (c < 0x20 && c != u'\n' && c != u'\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool inRange(const QString& text, qsizetype i, char16_t low, char16_t high)
{
    return i < text.size() && text.at(i).unicode() >= low && text.at(i).unicode() <= high;
}

// Index just past the escape sequence starting at text[start] (an ESC).
qsizetype skipEscape(const QString& text, qsizetype start)
{
    qsizetype i = start + 1;
    if (inRange(text, i, u'[', u'[')) {
        // CSI: parameter and intermediate bytes, then a final byte.
        for (++i; inRange(text, i, 0x20, 0x3f); ++i) { }
        return inRange(text, i, 0x40, 0x7e) ? i + 1 : i;
    }
    const bool string = i < text.size() && QStringView(u"]PX^_").contains(text.at(i));
    if (string) {
        // OSC, DCS, SOS, PM, APC: a string up to BEL or ST (ESC \). One
        // never ended stops at the line's end, so the rest is still shown.
        for (++i; i < text.size(); ++i) {
            if (text.at(i) == u'\n') {
                return i;
            }
            if (text.at(i).unicode() == kBell) {
                return i + 1;
            }
            if (text.at(i).unicode() == kEscape) {
                return inRange(text, i + 1, u'\\', u'\\') ? i + 2 : i;
            }
        }
        return i;
    }
    // Intermediate bytes, then a final byte (ESC ( B, ESC 7, ESC c …).
    for (; inRange(text, i, 0x20, 0x2f); ++i) { }
    return inRange(text, i, 0x30, 0x7e) ? i + 1 : i;
}

} // namespace

QString TerminalText::sanitize(const QString& text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return isControl(c.unicode()); })) {
        return text;
    }
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const char16_t c = text.at(i).unicode();
        if (c == kEscape) {
            i = skipEscape(text, i);
        } else if (isControl(c)) {
            ++i;
        } else {
            clean.append(text.at(i));
            ++i;
        }
    }
    return clean;
}
