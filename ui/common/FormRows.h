// Rows of a dialog's form: two controls side by side as one field, and a
// label whose mnemonic reaches a control inside its field (not the row
// around it).
#pragma once

#include <QString>

class QFormLayout;
class QWidget;

class FormRows
{
public:
    enum Stretch { FirstStretches, SecondStretches };

    // first and second in one row widget of parent, without margins.
    static QWidget* besideEachOther(QWidget* parent, QWidget* first, QWidget* second,
                                    Stretch stretch = FirstStretches);
    // A labelled row; the label's mnemonic gives the focus to buddy.
    static void add(QFormLayout* form, const QString& label, QWidget* field, QWidget* buddy);
};
