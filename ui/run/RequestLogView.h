// The Run tab's request log: the log as a table, filtered by endpoint and to
// failures and retries, with Copy (the selected rows, or all) and Save…
// (as tab-separated text).
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTableView;
class RequestLogFilter;
class RequestLogModel;

class RequestLogView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogView(QWidget* parent = nullptr);

    RequestLogModel* model() const;
    RequestLogFilter* filter() const;
    // A new run: its endpoints to filter by, and an empty log.
    void startRun(const QStringList& endpoints);
    // The shown rows as text (the selected ones, else all shown).
    QString shownText() const;

Q_SIGNALS:
    // What Save… did, in a sentence, when it did not save.
    void problem(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void copy();
    void saveAs();
    void retranslateUi();

    RequestLogModel* m_model;
    RequestLogFilter* m_filter;
    QComboBox* m_endpoint;
    QComboBox* m_status;
    QCheckBox* m_failuresOnly;
    QPushButton* m_copy;
    QPushButton* m_save;
    QTableView* m_table;
};
