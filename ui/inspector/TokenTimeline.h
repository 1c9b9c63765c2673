// The connection's token history as a chart: each access token's lifetime
// as a bar from when it was issued to when it expires, a mark for each
// sign-in, refresh, revocation and sign-out, and a line at "now".
#pragma once

#include "oauth/TokenHistory.h"

#include <qcustomplot.h>

class TokenTimeline : public QCustomPlot
{
    Q_OBJECT

public:
    explicit TokenTimeline(QWidget* parent = nullptr);

    void setHistory(const QList<TokenHistory::Entry>& entries, const QDateTime& now);

    // What is drawn, for tests and the accessible description.
    int lifetimeCount() const;
    int markCount(TokenHistory::Event event) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QCPGraph* markGraph(TokenHistory::Event event) const;

    QCPGraph* m_lifetimes = nullptr;
    QList<QCPGraph*> m_marks;
    QCPItemStraightLine* m_now = nullptr;
    int m_lifetimeCount = 0;
};
