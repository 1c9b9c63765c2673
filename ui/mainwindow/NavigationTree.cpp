#include "mainwindow/NavigationTree.h"

#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
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

QIcon NavigationTree::runIcon(RunState state)
{
    switch (state) {
    case RunState::Loaded:
        return QIcon(QStringLiteral(":/icons/status-signed-in.svg"));
    case RunState::Failed:
        return QIcon(QStringLiteral(":/icons/status-expired.svg"));
    case RunState::Cancelled:
        return QIcon(QStringLiteral(":/icons/status-expiring.svg"));
    case RunState::Running:
        return QIcon(QStringLiteral(":/icons/status-running.svg"));
    case RunState::NeverRun:
        break;
    }
    return QIcon(QStringLiteral(":/icons/status-signed-out.svg"));
}

QString NavigationTree::runStateName(RunState state)
{
    switch (state) {
    case RunState::Loaded:
        return tr("Last run loaded");
    case RunState::Failed:
        return tr("Last run failed");
    case RunState::Cancelled:
        return tr("Last run cancelled");
    case RunState::Running:
        return tr("Running");
    case RunState::NeverRun:
        break;
    }
    return tr("Never run");
}

void NavigationTree::setConnections(const QList<ConnectionEntry>& entries)
{
    QList<Row> rows;
    for (const ConnectionEntry& entry : entries) {
        rows.append(
            {entry.name, TokenStatus::name(entry.state), statusIcon(entry.state), entry.toolTip});
    }
    const QString selected = currentConnection();
    replaceRows(m_connections, m_noConnections, kConnectionRole, rows, selected);
    if (currentConnection() != selected) {
        Q_EMIT connectionSelected(currentConnection());
    }
}

void NavigationTree::setPipelines(const QList<PipelineEntry>& entries)
{
    // Unchanged, the rows stay: a screen reader would announce them again
    // (the list is looked at again on every change in the pipelines folder).
    if (m_pipelinesShown && entries == m_pipelineEntries) {
        return;
    }
    m_pipelineEntries = entries;
    m_pipelinesShown = true;
    showPipelineRows();
}

void NavigationTree::showPipelineRows()
{
    QList<Row> rows;
    for (const PipelineEntry& entry : std::as_const(m_pipelineEntries)) {
        if (!entry.readable) {
            rows.append({entry.name, tr("Cannot be read"),
                         QIcon(QStringLiteral(":/icons/status-expired.svg")), entry.toolTip});
            continue;
        }
        QString toolTip = entry.toolTip;
        if (entry.lastRun.isValid()) {
            toolTip += u'\n'
                + tr("%1 (%2)").arg(
                    runStateName(entry.runState),
                    QLocale().toString(entry.lastRun.toLocalTime(), QLocale::ShortFormat));
        }
        rows.append({entry.name, runStateName(entry.runState), runIcon(entry.runState), toolTip});
    }
    const QString selected = currentPipeline();
    replaceRows(m_pipelines, m_noPipelines, kPipelineRole, rows, selected);
    if (currentPipeline() != selected) {
        Q_EMIT pipelineSelected(currentPipeline());
    }
}

void NavigationTree::replaceRows(QTreeWidgetItem* section, QTreeWidgetItem* placeholder,
                                 int nameRole, const QList<Row>& rows, const QString& selected)
{
    // One selection signal for the whole change, not one per row.
    const QSignalBlocker quiet(this);
    for (int i = section->childCount() - 1; i >= 0; --i) {
        if (section->child(i) != placeholder) {
            delete section->takeChild(i);
        }
    }
    placeholder->setHidden(!rows.isEmpty());
    for (const Row& row : rows) {
        auto* item = new QTreeWidgetItem(section);
        item->setText(0, row.name);
        item->setData(0, nameRole, row.name);
        item->setData(0, Qt::AccessibleDescriptionRole, row.status);
        item->setIcon(0, row.icon);
        // A tooltip renders anything that looks like markup; a problem may
        // quote a provider's text, so it is made a plain paragraph.
        item->setToolTip(0,
                         row.toolTip.isEmpty()
                             ? QString()
                             : Qt::convertFromPlainText(row.toolTip, Qt::WhiteSpaceNormal));
        if (row.name == selected) {
            setCurrentItem(item);
        }
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
    // The run states are words too.
    if (m_pipelinesShown) {
        showPipelineRows();
    }
}
