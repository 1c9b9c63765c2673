#include "inspector/TokenTimeline.h"

#include <cmath>
#include <limits>

namespace {

double seconds(const QDateTime& time)
{
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

const QList<QPair<TokenHistory::Event, QColor>>& markStyles()
{
    static const QList<QPair<TokenHistory::Event, QColor>> styles{
        {TokenHistory::Event::SignedIn, QColor(0x2e, 0x9b, 0x4f)},
        {TokenHistory::Event::Refreshed, QColor(0x1f, 0x6f, 0xc5)},
        {TokenHistory::Event::Revoked, QColor(0xd0, 0x45, 0x2f)},
        {TokenHistory::Event::SignedOut, QColor(0x6b, 0x6b, 0x6b)},
    };
    return styles;
}

} // namespace

TokenTimeline::TokenTimeline(QWidget* parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("tokenTimeline"));
    setMinimumHeight(160);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("MMM d\nHH:mm"));
    ticker->setDateTimeSpec(Qt::LocalTime);
    xAxis->setTicker(ticker);
    yAxis->setVisible(false);
    yAxis->setRange(0, 2);

    m_lifetimes = addGraph();
    m_lifetimes->setPen(QPen(QColor(0x1f, 0x6f, 0xc5, 140), 6));
    for (const auto& [event, color] : markStyles()) {
        QCPGraph* graph = addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, color, color, 10));
        m_marks.append(graph);
    }
    m_now = new QCPItemStraightLine(this);
    m_now->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
    // The legend in a row of its own under the chart, so it never hides a mark.
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    auto* legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, legendRow);
    legendRow->addElement(0, 0, legend);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    plotLayout()->setRowStretchFactor(1, 0.001);
    retranslateUi();
}

void TokenTimeline::retranslateUi()
{
    setAccessibleName(tr("Token timeline: sign-ins, refreshes and revocations"));
    m_lifetimes->setName(tr("Access token lifetime"));
    for (int i = 0; i < m_marks.size(); ++i) {
        m_marks.at(i)->setName(TokenHistory::eventName(markStyles().at(i).first));
    }
    replot();
}

void TokenTimeline::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QCustomPlot::changeEvent(event);
}

QCPGraph* TokenTimeline::markGraph(TokenHistory::Event event) const
{
    for (int i = 0; i < markStyles().size(); ++i) {
        if (markStyles().at(i).first == event) {
            return m_marks.at(i);
        }
    }
    return nullptr;
}

void TokenTimeline::setHistory(const QList<TokenHistory::Entry>& entries, const QDateTime& now)
{
    QVector<double> keys;
    QVector<double> values;
    for (QCPGraph* graph : std::as_const(m_marks)) {
        graph->data()->clear();
    }
    m_lifetimeCount = 0;
    double first = seconds(now);
    double last = seconds(now);
    for (const TokenHistory::Entry& entry : entries) {
        const double at = seconds(entry.at);
        markGraph(entry.event)->addData(at, 1.0);
        first = std::min(first, at);
        last = std::max(last, at);
        if (entry.expiresAt.isValid() && entry.event != TokenHistory::Event::Revoked
            && entry.event != TokenHistory::Event::SignedOut) {
            // A gap (NaN) between lifetimes, so bars never join up.
            const double end = seconds(entry.expiresAt);
            keys << at << end << end;
            values << 1.0 << 1.0 << std::numeric_limits<double>::quiet_NaN();
            last = std::max(last, end);
            ++m_lifetimeCount;
        }
    }
    m_lifetimes->setData(keys, values, true);
    m_now->point1->setCoords(seconds(now), 0);
    m_now->point2->setCoords(seconds(now), 1);
    const double margin = std::max(60.0, (last - first) * 0.05);
    xAxis->setRange(first - margin, last + margin);
    replot();
}

int TokenTimeline::lifetimeCount() const
{
    return m_lifetimeCount;
}

int TokenTimeline::markCount(TokenHistory::Event event) const
{
    return markGraph(event)->dataCount();
}
