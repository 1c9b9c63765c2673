#include "run/RequestLogView.h"

#include "common/FileChooser.h"
#include "core/AtomicFile.h"
#include "run/RequestLogFilter.h"
#include "run/RequestLogModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RequestLogView::RequestLogView(QWidget* parent)
    : QWidget(parent)
    , m_model(new RequestLogModel(this))
    , m_filter(new RequestLogFilter(this))
    , m_endpoint(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_failuresOnly(new QCheckBox(this))
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("requestLog"));
    m_filter->setSourceModel(m_model);
    m_endpoint->setObjectName(QStringLiteral("requestLogEndpoint"));
    m_status->setObjectName(QStringLiteral("requestLogStatus"));
    m_failuresOnly->setObjectName(QStringLiteral("requestLogFailuresOnly"));
    m_copy->setObjectName(QStringLiteral("requestLogCopy"));
    m_save->setObjectName(QStringLiteral("requestLogSave"));
    m_table->setObjectName(QStringLiteral("requestLogTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // The address takes the room; the rest keep to their contents.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequestLogModel::UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RequestLogModel::NoteColumn, QHeaderView::Interactive);
    header->resizeSection(RequestLogModel::NoteColumn, 260);
    m_table->setWordWrap(false);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEndpoint(m_endpoint->currentData().toString()); });
    for (int i = 0; i <= int(RequestLogFilter::Status::Notes); ++i) {
        m_status->addItem(QString(), i);
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(RequestLogFilter::Status(m_status->currentData().toInt()));
    });
    connect(m_failuresOnly, &QCheckBox::toggled, m_filter, &RequestLogFilter::setFailuresOnly);
    connect(m_copy, &QPushButton::clicked, this, &RequestLogView::copy);
    connect(m_save, &QPushButton::clicked, this, &RequestLogView::saveAs);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_endpoint);
    controls->addWidget(m_status);
    controls->addWidget(m_failuresOnly);
    controls->addStretch();
    controls->addWidget(m_copy);
    controls->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    startRun({});
    retranslateUi();
}

RequestLogModel* RequestLogView::model() const
{
    return m_model;
}

RequestLogFilter* RequestLogView::filter() const
{
    return m_filter;
}

void RequestLogView::startRun(const QStringList& endpoints)
{
    m_model->clear();
    m_endpoint->clear();
    m_endpoint->addItem(tr("Every endpoint"), QString());
    for (const QString& endpoint : endpoints) {
        m_endpoint->addItem(endpoint, endpoint);
    }
}

QString RequestLogView::shownText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            rows << m_filter->mapToSource(m_filter->index(row, 0)).row();
        }
    } else {
        for (const QModelIndex& index : selected) {
            rows << m_filter->mapToSource(index).row();
        }
        std::sort(rows.begin(), rows.end());
    }
    return m_model->text(rows);
}

void RequestLogView::copy()
{
    m_model->flush();
    QApplication::clipboard()->setText(shownText());
}

void RequestLogView::saveAs()
{
    m_model->flush();
    const QString path = FileChooser::saveFileName(
        this, tr("Save the request log"), QDir::home().filePath(QStringLiteral("requests.txt")),
        tr("Text files (*.txt *.tsv)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString why = AtomicFile::write(path, shownText().toUtf8() + '\n'); !why.isEmpty()) {
        Q_EMIT problem(tr("Cannot write %1: %2").arg(path, why));
    }
}

void RequestLogView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RequestLogView::retranslateUi()
{
    m_endpoint->setAccessibleName(tr("Show the requests of"));
    m_status->setAccessibleName(tr("Show the answers"));
    const QStringList statuses{tr("Every answer"),  tr("Successful (2xx)"),
                               tr("Refused (4xx)"), tr("Server errors (5xx)"),
                               tr("No answer"),     tr("Notes: paginator, tokens")};
    for (int i = 0; i < statuses.size(); ++i) {
        m_status->setItemText(i, statuses.at(i));
    }
    m_failuresOnly->setText(tr("Failures and retries &only"));
    m_failuresOnly->setAccessibleName(tr("Show failures and retries only"));
    m_copy->setText(tr("&Copy"));
    m_copy->setAccessibleName(tr("Copy the requests shown"));
    m_save->setText(tr("Sa&ve…"));
    m_save->setAccessibleName(tr("Save the requests shown as text"));
    m_table->setAccessibleName(tr("Requests of the run"));
}
