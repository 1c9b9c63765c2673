// A long value shown whole: a cell too long for the grid, or a record
// rebuilt as JSON. JSON is pretty-printed; text can be selected and copied.
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

class ValueViewer : public QDialog
{
    Q_OBJECT

public:
    explicit ValueViewer(QWidget* parent = nullptr);

    // title: what is shown ("note of row 12 in items"); the text is
    // pretty-printed when it is JSON.
    void showValue(const QString& title, const QString& text);
    void showWaiting(const QString& title);
    void showError(const QString& title, const QString& error);
    QString text() const;

    static QString prettyJson(const QString& text, bool* isJson = nullptr);

private:
    QLabel* m_title;
    QPlainTextEdit* m_text;
    QPushButton* m_copy;
};
