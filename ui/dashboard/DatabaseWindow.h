// File → Open Database…: a window of its own with the dashboard over any
// SQLite file, one a pipeline made or one from elsewhere (dlt's, anyone's).
#pragma once

#include <QMainWindow>

class Dashboard;

class DatabaseWindow : public QMainWindow
{
    Q_OBJECT

public:
    DatabaseWindow(const QString& home, const QString& path, QWidget* parent = nullptr);

    Dashboard* dashboard() const
    {
        return m_dashboard;
    }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_path;
    Dashboard* m_dashboard;
    QAction* m_close;
};
