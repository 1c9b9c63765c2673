#include "mainwindow/NavigationTree.h"

#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QTextDocument>

namespace {
constexpr int kPlaceholderRole = Qt::UserRole + 1;
constexpr int kConnectionRole = Qt::UserRole + 2;
constexpr int kPipelineRole = Qt::UserRole + 3;
} // namespace

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
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QTreeWidgetItem* item = itemAt(pos);
        const QString name = item ? item->data(0, kConnectionRole).toString() : QString();
        const QString pipeline = item ? item->data(0, kPipelineRole).toString() : QString();
        if (!name.isEmpty()) {
            setCurrentItem(item);
            Q_EMIT connectionMenuRequested(name, viewport()->mapToGlobal(pos));
        } else if (!pipeline.isEmpty()) {
            setCurrentItem(item);
            Q_EMIT pipelineMenuRequested(pipeline, viewport()->mapToGlobal(pos));
        }
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this] {
        Q_EMIT connectionSelected(currentConnection());
        Q_EMIT pipelineSelected(currentPipeline());
    });
    retranslateUi();
}

QIcon NavigationTree::statusIcon(TokenStatus::State state)
{
    switch (state) {
    case TokenStatus::State::SignedIn:
        return QIcon(QStringLiteral(":/icons/status-signed-in.svg"));
    case TokenStatus::State::ExpiringSoon:
        return QIcon(QStringLiteral(":/icons/status-expiring.svg"));
    case TokenStatus::State::Expired:
        return QIcon(QStringLiteral(":/icons/status-expired.svg"));
    case TokenStatus::State::SignedOut:
        break;
    }
    return QIcon(QStringLiteral(":/icons/status-signed-out.svg"));
}

void NavigationTree::setConnections(const QList<ConnectionEntry>& entries)
{
    const QString selected = currentConnection();
    {
        // One selection signal for the whole change, not one per row.
        const QSignalBlocker quiet(this);
        for (int i = m_connections->childCount() - 1; i >= 0; --i) {
            if (m_connections->child(i) != m_noConnections) {
                delete m_connections->takeChild(i);
            }
        }
        m_noConnections->setHidden(!entries.isEmpty());
        for (const ConnectionEntry& entry : entries) {
            auto* item = new QTreeWidgetItem(m_connections);
            item->setText(0, entry.name);
            item->setData(0, kConnectionRole, entry.name);
            item->setData(0, Qt::AccessibleDescriptionRole, TokenStatus::name(entry.state));
            item->setIcon(0, statusIcon(entry.state));
            // A tooltip renders anything that looks like markup; a problem
            // may quote a provider's text, so it is made a plain paragraph.
            item->setToolTip(0,
                             entry.toolTip.isEmpty()
                                 ? QString()
                                 : Qt::convertFromPlainText(entry.toolTip, Qt::WhiteSpaceNormal));
            if (entry.name == selected) {
                setCurrentItem(item);
            }
        }
    }
    if (currentConnection() != selected) {
        Q_EMIT connectionSelected(currentConnection());
    }
}

void NavigationTree::setPipelines(const QList<PipelineEntry>& entries)
{
    const QString selected = currentPipeline();
    {
        const QSignalBlocker quiet(this);
        for (int i = m_pipelines->childCount() - 1; i >= 0; --i) {
            if (m_pipelines->child(i) != m_noPipelines) {
                delete m_pipelines->takeChild(i);
            }
        }
        m_noPipelines->setHidden(!entries.isEmpty());
        for (const PipelineEntry& entry : entries) {
            auto* item = new QTreeWidgetItem(m_pipelines);
            item->setText(0, entry.name);
            item->setData(0, kPipelineRole, entry.name);
            // Run states come with the run panel; until then a file reads or not.
            item->setIcon(0,
                          QIcon(entry.readable ? QStringLiteral(":/icons/status-signed-out.svg")
                                               : QStringLiteral(":/icons/status-expired.svg")));
            item->setData(0, Qt::AccessibleDescriptionRole,
                          entry.readable ? tr("Never run") : tr("Cannot be read"));
            item->setToolTip(0,
                             entry.toolTip.isEmpty()
                                 ? QString()
                                 : Qt::convertFromPlainText(entry.toolTip, Qt::WhiteSpaceNormal));
            if (entry.name == selected) {
                setCurrentItem(item);
            }
        }
    }
    if (currentPipeline() != selected) {
        Q_EMIT pipelineSelected(currentPipeline());
    }
}

QString NavigationTree::currentPipeline() const
{
    return currentItem() ? currentItem()->data(0, kPipelineRole).toString() : QString();
}

void NavigationTree::selectPipeline(const QString& name)
{
    for (int i = 0; i < m_pipelines->childCount(); ++i) {
        if (m_pipelines->child(i)->data(0, kPipelineRole).toString() == name) {
            setCurrentItem(m_pipelines->child(i));
            return;
        }
    }
}

QString NavigationTree::currentConnection() const
{
    return currentItem() ? currentItem()->data(0, kConnectionRole).toString() : QString();
}

void NavigationTree::selectConnection(const QString& name)
{
    for (int i = 0; i < m_connections->childCount(); ++i) {
        if (m_connections->child(i)->data(0, kConnectionRole).toString() == name) {
            setCurrentItem(m_connections->child(i));
            return;
        }
    }
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
    setAccessibleName(tr("Connections and pipelines"));
    m_connections->setText(0, tr("Connections"));
    m_noConnections->setText(0, tr("No connections"));
    m_pipelines->setText(0, tr("Pipelines"));
    m_noPipelines->setText(0, tr("No pipelines"));
}
