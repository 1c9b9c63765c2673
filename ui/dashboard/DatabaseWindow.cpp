#include "dashboard/DatabaseWindow.h"

#include "dashboard/Dashboard.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QStatusBar>

DatabaseWindow::DatabaseWindow(const QString& home, const QString& path, QWidget* parent)
    : QMainWindow(parent)
    , m_path(path)
    , m_dashboard(new Dashboard(home, this))
    , m_close(new QAction(this))
{
    setObjectName(QStringLiteral("databaseWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setCentralWidget(m_dashboard);
    m_close->setObjectName(QStringLiteral("closeDatabaseAction"));
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &QWidget::close);
    addAction(m_close);
    connect(m_dashboard, &Dashboard::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    retranslateUi();
    resize(1200, 760);
    m_dashboard->setDatabase(path);
}

void DatabaseWindow::retranslateUi()
{
    setWindowTitle(tr("%1 — Grantline").arg(QFileInfo(m_path).fileName()));
    m_close->setText(tr("&Close"));
    setAccessibleName(tr("Database %1").arg(QDir::toNativeSeparators(m_path)));
}

void DatabaseWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}
