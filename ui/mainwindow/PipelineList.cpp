#include "mainwindow/PipelineList.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

PipelineList::PipelineList(const QString& home, QObject* parent)
    : QObject(parent)
    , m_home(home)
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
    , m_runningCheck(new QTimer(this))
{
    // Made now, so that it can be watched for a first pipeline from
    // grantline-cli (the app's data folder is the app's to make).
    QDir().mkpath(m_home);
    // Files come and go in bursts (a save, a run's record): one look.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce,
            qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PipelineList::refresh);
    m_runningCheck->setInterval(kRunningCheckMs);
    connect(m_runningCheck, &QTimer::timeout, this, &PipelineList::refresh);
    connect(&m_reading, &QFutureWatcher<QList<PipelineOverview::Pipeline>>::finished, this, [this] {
        if (m_readingGeneration == m_generation && m_reading.future().resultCount() > 0) {
            show(m_reading.result());
        }
    });
}

void PipelineList::update()
{
    ++m_generation;
    show(PipelineOverview::read(m_home));
}

void PipelineList::refresh()
{
    if (m_reading.isRunning()) {
        // The reading under way may have missed the change: one more after it.
        m_debounce->start();
        return;
    }
    m_readingGeneration = m_generation;
    m_reading.setFuture(PipelineOverview::readLater(m_home));
}

QList<PipelineOverview::Pipeline> PipelineList::pipelines() const
{
    return m_pipelines;
}

void PipelineList::show(const QList<PipelineOverview::Pipeline>& pipelines)
{
    m_pipelines = pipelines;
    const bool running = std::any_of(pipelines.begin(), pipelines.end(),
                                     [](const PipelineOverview::Pipeline& p) { return p.running; });
    if (running && !m_runningCheck->isActive()) {
        m_runningCheck->start();
    } else if (!running) {
        m_runningCheck->stop();
    }
    watch();
    Q_EMIT changed();
}

void PipelineList::watch()
{
    // The home too: a first pipeline made by grantline-cli makes the folder.
    const QString folder = PipelineStore(m_home).folder();
    for (const QString& path : {m_home, folder}) {
        if (!m_watcher->directories().contains(path) && QFileInfo::exists(path)) {
            m_watcher->addPath(path);
        }
    }
}

QList<NavigationTree::PipelineEntry>
PipelineList::entriesFor(const QList<PipelineOverview::Pipeline>& pipelines)
{
    QList<NavigationTree::PipelineEntry> entries;
    for (const PipelineOverview::Pipeline& pipeline : pipelines) {
        const PipelineStore::Entry& file = pipeline.file;
        NavigationTree::PipelineEntry shown;
        shown.name = file.name;
        shown.toolTip = file.readsCleanly() ? file.path : file.problems.first().toString();
        shown.readable = file.readsCleanly();
        if (pipeline.lastRun) {
            const RunHistory::Outcome outcome = pipeline.lastRun->outcome;
            shown.runState = outcome == RunHistory::Outcome::Loaded
                ? NavigationTree::RunState::Loaded
                : outcome == RunHistory::Outcome::Cancelled ? NavigationTree::RunState::Cancelled
                                                            : NavigationTree::RunState::Failed;
            shown.lastRun = pipeline.lastRun->finished;
        }
        if (pipeline.running) {
            shown.runState = NavigationTree::RunState::Running;
            shown.lastRun = QDateTime();
        }
        entries.append(shown);
    }
    return entries;
}
