// Export to dlt… (Ctrl+E): the pipeline as the same Python script as
// `grantline-cli export --dlt`, saved where the person chooses (atomically).
#pragma once

#include <QCoreApplication>
#include <QString>

class AppContext;
class PipelineDocument;
class QWidget;

class DltExport
{
    Q_DECLARE_TR_FUNCTIONS(DltExport)

public:
    // What happened, in a sentence for the page (empty: cancelled).
    static QString save(QWidget* parent, AppContext* context, const PipelineDocument& document);
};
