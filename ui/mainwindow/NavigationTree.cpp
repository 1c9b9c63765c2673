#include "mainwindow/NavigationTree.h"

#include <QEvent>
#include <QHeaderView>

namespace {
constexpr int kPlaceholderRole = Qt::UserRole + 1;
}

NavigationTree::NavigationTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigationTree"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setMinimumWidth(180);

    m_connections = addSection(QStringLiteral("connections"), &m_noConnections);
    m_pipelines = addSection(QStringLiteral("pipelines"), &m_noPipelines);
    retranslateUi();
}

QTreeWidgetItem* NavigationTree::connectionsSection() const
{
    return m_connections;
}

QTreeWidgetItem* NavigationTree::pipelinesSection() const
{
    return m_pipelines;
}

void NavigationTree::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QTreeWidget::changeEvent(event);
}

QTreeWidgetItem* NavigationTree::addSection(const QString& objectName,
                                            QTreeWidgetItem** placeholder)
{
    auto* section = new QTreeWidgetItem(this);
    section->setData(0, Qt::UserRole, objectName);
    // A section heading is a label, not something to select.
    section->setFlags(Qt::ItemIsEnabled);
    QFont font = section->font(0);
    font.setBold(true);
    section->setFont(0, font);

    *placeholder = new QTreeWidgetItem(section);
    (*placeholder)->setData(0, kPlaceholderRole, true);
    (*placeholder)->setFlags(Qt::NoItemFlags);
    QFont placeholderFont = (*placeholder)->font(0);
    placeholderFont.setItalic(true);
    (*placeholder)->setFont(0, placeholderFont);

    section->setExpanded(true);
    return section;
}

void NavigationTree::retranslateUi()
{
    m_connections->setText(0, tr("Connections"));
    m_noConnections->setText(0, tr("No connections"));
    m_pipelines->setText(0, tr("Pipelines"));
    m_noPipelines->setText(0, tr("No pipelines"));
}
