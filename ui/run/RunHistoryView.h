// A pipeline page's History tab: every run of the pipeline (the window's,
// grantline-cli's, and the loads dlt left in the file), newest first; the
// chosen run's load info and request summary below. Read off the GUI thread
// whenever the page asks (a pipeline opened, a run ended, the tab shown).
#pragma once

#include "run/RunRecords.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;
class RunHistoryModel;

class RunHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit RunHistoryView(QWidget* parent = nullptr);
    ~RunHistoryView() override;

    // Reads the runs again; a read asked for during one follows it.
    void refresh(const QString& pipelineName, const QString& pipelinePath,
                 const QString& databasePath);
    void clear();
    bool isReading() const;
    RunHistoryModel* model() const;
    QTableView* table() const;
    // What the chosen run did.
    QString shownDetails() const;

Q_SIGNALS:
    // The runs read are shown.
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void startReading();
    void onRead();
    void showDetails();
    void retranslateUi();

    RunHistoryModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QLabel* m_status;
    QFutureWatcher<RunRecords::Result> m_watcher;
    QString m_pipelineName;
    QString m_pipelinePath;
    QString m_databasePath;
    // Asked again while a read was under way.
    bool m_readAgain = false;
    QString m_problem;
};
