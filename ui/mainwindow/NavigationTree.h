// The left-hand navigation: the user's connections and pipelines, by section.
#pragma once

#include <QTreeWidget>

class NavigationTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit NavigationTree(QWidget* parent = nullptr);

    QTreeWidgetItem* connectionsSection() const;
    QTreeWidgetItem* pipelinesSection() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QTreeWidgetItem* addSection(const QString& objectName, QTreeWidgetItem** placeholder);
    void retranslateUi();

    QTreeWidgetItem* m_connections = nullptr;
    QTreeWidgetItem* m_pipelines = nullptr;
    // Shown in a section while it has nothing else to show.
    QTreeWidgetItem* m_noConnections = nullptr;
    QTreeWidgetItem* m_noPipelines = nullptr;
};
