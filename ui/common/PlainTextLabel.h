// A label for what a provider, a token or the engine says (an error
// description, a claim, a discovery failure): wrapped, selectable, and shown
// as written, never as markup or links, whatever the text contains.
#pragma once

class QLabel;
class QWidget;

class PlainTextLabel
{
public:
    static QLabel* create(QWidget* parent, const char* objectName);
};
