// How rows are written, in the endpoint editor: dlt's write_disposition
// ("append", "replace", "merge", "skip") and, for merge, its strategy. The
// first choice of each writes nothing and names what applies then (from
// resource_defaults, or dlt's default).
#pragma once

#include <QJsonValue>
#include <QWidget>

class QComboBox;

class DispositionForm : public QWidget
{
    Q_OBJECT

public:
    explicit DispositionForm(QWidget* parent = nullptr);

    // written: what the file holds (a string or {"disposition", "strategy"});
    // inherited: what applies when nothing is, and where it comes from.
    void setValue(const QJsonValue& written, const QJsonValue& inherited, const QString& from);
    QComboBox* dispositionBox() const;
    QComboBox* strategyBox() const;

    bool isChanged() const;
    // The string form without a strategy; undefined when neither is chosen.
    QJsonValue value() const;

Q_SIGNALS:
    void changed();

private:
    QString effectiveDisposition() const;
    void enableStrategy();
    QString state() const;

    QComboBox* m_disposition;
    QComboBox* m_strategy;
    QString m_initial;
    // What applies when nothing is written ("merge" from resource_defaults).
    QString m_inherited;
    // While setValue() shows the file: what is written stays as written.
    bool m_loading = false;
};
