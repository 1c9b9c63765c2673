// The left-hand navigation: the user's connections and pipelines, by section.
#pragma once

#include "oauth/TokenStatus.h"

#include <QDateTime>
#include <QTreeWidget>

class NavigationTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit NavigationTree(QWidget* parent = nullptr);

    struct ConnectionEntry
    {
        QString name;
        TokenStatus::State state = TokenStatus::State::SignedOut;
        // What the dot means for this connection, or why it cannot be read.
        QString toolTip;
    };

    enum class RunState { NeverRun, Loaded, Failed, Cancelled, Running };

    struct PipelineEntry
    {
        // The file's name in the home (what grantline-cli run takes).
        QString name;
        // Why it cannot be read, or where it is.
        QString toolTip;
        bool readable = true;
        RunState runState = RunState::NeverRun;
        // When the last run ended (none while running).
        QDateTime lastRun;

        bool operator==(const PipelineEntry&) const = default;
    };

    QTreeWidgetItem* connectionsSection() const;
    QTreeWidgetItem* pipelinesSection() const;

    // Replaces the connections shown, keeping the selection when it stays.
    void setConnections(const QList<ConnectionEntry>& entries);
    QString currentConnection() const;
    void selectConnection(const QString& name);
    static QIcon statusIcon(TokenStatus::State state);
    static QIcon runIcon(RunState state);
    // "Last run loaded", said by a screen reader after the name.
    static QString runStateName(RunState state);

    // Replaces the pipelines shown, keeping the selection when it stays.
    void setPipelines(const QList<PipelineEntry>& entries);
    QString currentPipeline() const;
    void selectPipeline(const QString& name);

Q_SIGNALS:
    // Empty when no connection is selected any more.
    void connectionSelected(const QString& name);
    void connectionMenuRequested(const QString& name, const QPoint& globalPos);
    // Empty when no pipeline is selected any more.
    void pipelineSelected(const QString& name);
    void pipelineMenuRequested(const QString& name, const QPoint& globalPos);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QString name;
        // Said by a screen reader after the name.
        QString status;
        QIcon icon;
        QString toolTip;
    };

    // The section's rows replaced, the selection kept when it stays.
    void replaceRows(QTreeWidgetItem* section, QTreeWidgetItem* placeholder, int nameRole,
                     const QList<Row>& rows, const QString& selected);
    QTreeWidgetItem* addSection(const QString& objectName, QTreeWidgetItem** placeholder);
    void retranslateUi();
    void showPipelineRows();

    QTreeWidgetItem* m_connections = nullptr;
    QTreeWidgetItem* m_pipelines = nullptr;
    // Shown in a section while it has nothing else to show.
    QTreeWidgetItem* m_noConnections = nullptr;
    QTreeWidgetItem* m_noPipelines = nullptr;
    QList<PipelineEntry> m_pipelineEntries;
    bool m_pipelinesShown = false;
};
