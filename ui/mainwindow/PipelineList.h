// The home's pipelines as the navigation shows them, kept current: read at
// once after the window's own changes (update()), and again off the GUI
// thread whenever the pipelines folder changes (grantline-cli made, ran or
// removed one) or, while a run is shown in progress, on a slow tick (a run
// that was killed leaves nothing in the folder to notice).
#pragma once

#include "mainwindow/NavigationTree.h"
#include "run/PipelineOverview.h"

#include <QFutureWatcher>
#include <QObject>

class QFileSystemWatcher;
class QTimer;

class PipelineList : public QObject
{
    Q_OBJECT

public:
    // How often a pipeline shown running is looked at again.
    static constexpr int kRunningCheckMs = 5000;

    PipelineList(const QString& home, QObject* parent = nullptr);

    // Reads the folder now (after a change the window made itself).
    void update();
    // Reads it on a pool thread; changed() follows unless update() came first.
    void refresh();
    QList<PipelineOverview::Pipeline> pipelines() const;

    static QList<NavigationTree::PipelineEntry>
    entriesFor(const QList<PipelineOverview::Pipeline>& pipelines);

Q_SIGNALS:
    void changed();

private:
    void show(const QList<PipelineOverview::Pipeline>& pipelines);
    void watch();

    QString m_home;
    QList<PipelineOverview::Pipeline> m_pipelines;
    QFileSystemWatcher* m_watcher;
    QTimer* m_debounce;
    QTimer* m_runningCheck;
    QFutureWatcher<QList<PipelineOverview::Pipeline>> m_reading;
    // A reading started before the last update() is older than what is shown.
    quint64 m_generation = 0;
    quint64 m_readingGeneration = 0;
};
