// Text from outside (a provider's error_description, an API's message, a
// claim) made safe to print to a terminal: no control characters that could
// retitle the window, clear the screen, move the cursor or forge a line.
#pragma once

#include <QString>

class TerminalText
{
public:
    // Without escape sequences (CSI, OSC, DCS, … and two-byte ESC ones),
    // C0 controls other than newline and tab, DEL and C1 controls.
    static QString sanitize(const QString& text);
};
