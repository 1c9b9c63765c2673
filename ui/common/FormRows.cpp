#include "common/FormRows.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QWidget>

QWidget* FormRows::besideEachOther(QWidget* parent, QWidget* first, QWidget* second,
                                   Stretch stretch)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first, stretch == FirstStretches ? 1 : 0);
    layout->addWidget(second, stretch == SecondStretches ? 1 : 0);
    return row;
}

void FormRows::add(QFormLayout* form, const QString& label, QWidget* field, QWidget* buddy)
{
    auto* caption = new QLabel(label, field->parentWidget());
    caption->setBuddy(buddy);
    form->addRow(caption, field);
}
