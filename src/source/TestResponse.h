// What one Test request saw, ready to show: the request and its answer with
// every secret of the run hidden, what the answer holds by the file's data
// selector and paginator (or what detection found), and, when it went wrong,
// a sentence that says what to do next.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

struct TestResponse
{
    // The resource whose request this is: a child's parent when the parent's
    // request failed.
    QString resource;
    QString method;
    // Secret query values and secrets of the run shown as "***".
    QString url;
    // 0 when no answer came.
    int status = 0;
    qint64 milliseconds = 0;
    qint64 bytes = 0;
    // As the API sent them; a value holding a secret of the run, and
    // cookies and credentials, masked.
    QList<QPair<QByteArray, QByteArray>> headers;
    // As the API sent it, any secret of the run replaced by "***".
    QByteArray body;
    bool isJson = false;

    // The file's data selector, or the detected one.
    QString dataSelector;
    bool dataSelectorDetected = false;
    qsizetype recordCount = 0;
    // The file's paginator (as the file would say it), or the detected one
    // with how sure detection is (1.0 for links, 0 for single_page).
    QJsonValue paginator;
    bool paginatorDetected = false;
    double paginatorConfidence = 0;

    // What went wrong and what to do next; empty when nothing did.
    QString problem;
};
