// The pipeline page's Data tab: the dashboard over the pipeline's SQLite
// file, made when first shown (its threads and connections cost nothing
// for a pipeline only edited); for a pipeline that loads into PostgreSQL,
// where its data is and how to open it there.
#pragma once

#include "source/PipelineFile.h"

#include <QWidget>

#include <optional>

class Dashboard;

class PipelineDataTab : public QWidget
{
    Q_OBJECT

public:
    // home: where the dashboard's SQL console keeps its history.
    explicit PipelineDataTab(const QString& home, QWidget* parent = nullptr);

    // The pipeline whose data the tab shows (nullopt: none); folder: where
    // its relative file is. A dashboard already made follows at once.
    void setPipeline(const std::optional<PipelineFile>& pipeline, const QString& folder);
    // Makes the dashboard if need be and points it at the data.
    Dashboard* showData();
    Dashboard* dashboard() const
    {
        return m_dashboard;
    }
    // After a run here committed: the dashboard reads the file again.
    void refresh();
    // The pipeline's SQLite file; empty for none, or for a server.
    static QString databasePath(const std::optional<PipelineFile>& pipeline, const QString& folder);

Q_SIGNALS:
    void message(const QString& text);

private:
    void pointDashboard();

    QString m_home;
    std::optional<PipelineFile> m_pipeline;
    QString m_folder;
    Dashboard* m_dashboard = nullptr;
};
