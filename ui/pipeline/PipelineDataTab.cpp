#include "pipeline/PipelineDataTab.h"

#include "dashboard/Dashboard.h"
#include "destination/PostgresDatabase.h"

#include <QVBoxLayout>

PipelineDataTab::PipelineDataTab(const QString& home, QWidget* parent)
    : QWidget(parent)
    , m_home(home)
{
    setObjectName(QStringLiteral("dataTab"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void PipelineDataTab::setPipeline(const std::optional<PipelineFile>& pipeline,
                                  const QString& folder)
{
    m_pipeline = pipeline;
    m_folder = folder;
    pointDashboard();
}

Dashboard* PipelineDataTab::showData()
{
    if (!m_dashboard) {
        m_dashboard = new Dashboard(m_home, this);
        layout()->addWidget(m_dashboard);
        // At once, not on the event loop's next turn, when the tab is in view.
        m_dashboard->show();
        connect(m_dashboard, &Dashboard::message, this, &PipelineDataTab::message);
    }
    pointDashboard();
    return m_dashboard;
}

void PipelineDataTab::refresh()
{
    if (m_dashboard) {
        m_dashboard->refresh();
    }
}

QString PipelineDataTab::databasePath(const std::optional<PipelineFile>& pipeline,
                                      const QString& folder)
{
    // A server's data is opened with PostgreSQL's own tools.
    if (!pipeline || pipeline->loadsIntoPostgres()) {
        return QString();
    }
    return pipeline->databasePath(folder);
}

void PipelineDataTab::pointDashboard()
{
    if (!m_dashboard) {
        return;
    }
    if (m_pipeline && m_pipeline->loadsIntoPostgres() && m_pipeline->postgres) {
        m_dashboard->setServerDataset(PostgresDatabase::schemaOf(m_pipeline->datasetName),
                                      m_pipeline->postgres->describe(),
                                      m_pipeline->postgres->url());
    } else {
        m_dashboard->setDatabase(databasePath(m_pipeline, m_folder));
    }
}
