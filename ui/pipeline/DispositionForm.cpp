#include "pipeline/DispositionForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>

namespace {

// {disposition, strategy} of either form dlt takes.
QStringList parts(const QJsonValue& value)
{
    return value.isObject() ? QStringList{value[QStringLiteral("disposition")].toString(),
                                          value[QStringLiteral("strategy")].toString()}
                            : QStringList{value.toString(), QString()};
}

} // namespace

DispositionForm::DispositionForm(QWidget* parent)
    : QWidget(parent)
    , m_disposition(new QComboBox(this))
    , m_strategy(new QComboBox(this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto fill = [](QComboBox* box, const QStringList& choices) {
        // The first item writes nothing; setValue() says what applies then.
        box->addItem(tr("%1 (default)").arg(choices.first()), QString());
        for (const QString& choice : choices) {
            box->addItem(choice, choice);
        }
    };
    fill(m_disposition,
         {QStringLiteral("append"), QStringLiteral("replace"), QStringLiteral("merge"),
          QStringLiteral("skip")});
    fill(m_strategy,
         {QStringLiteral("delete-insert"), QStringLiteral("upsert"), QStringLiteral("scd2"),
          QStringLiteral("insert-only")});
    m_disposition->setObjectName(QStringLiteral("write_disposition"));
    m_strategy->setObjectName(QStringLiteral("write_disposition.strategy"));
    const QList<QPair<QComboBox*, QString>> rows{{m_disposition, tr("&Write disposition:")},
                                                 {m_strategy, tr("Merge strate&gy:")}};
    for (const auto& [box, label] : rows) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(box);
        box->setAccessibleName(caption->text().remove(u'&').remove(u':').trimmed());
        form->addRow(caption, box);
        connect(box, &QComboBox::currentIndexChanged, this, &DispositionForm::changed);
    }
    connect(m_disposition, &QComboBox::currentIndexChanged, this, &DispositionForm::enableStrategy);
}

QString DispositionForm::effectiveDisposition() const
{
    const QString own = m_disposition->currentData().toString();
    return own.isEmpty() ? m_inherited : own;
}

void DispositionForm::enableStrategy()
{
    // A strategy belongs to merge only; another disposition would refuse it,
    // so a strategy chosen before goes with the change away from merge.
    const bool merge = effectiveDisposition() == QLatin1String("merge");
    if (!merge && m_strategy->currentIndex() != 0 && !m_loading) {
        // Its own changed() follows, after the disposition's: checked as one.
        m_strategy->setCurrentIndex(0);
    }
    // A strategy written beside another disposition stays reachable to fix.
    m_strategy->setEnabled(merge || m_strategy->currentIndex() != 0);
}

void DispositionForm::setValue(const QJsonValue& written, const QJsonValue& inherited,
                               const QString& from)
{
    const QStringList own = parts(written);
    const QStringList fallback = parts(inherited);
    const QList<QComboBox*> boxes{m_disposition, m_strategy};
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        QComboBox* box = boxes.at(i);
        const QSignalBlocker blocker(box);
        if (!fallback.at(i).isEmpty()) {
            box->setItemText(0, tr("%1 (%2)").arg(fallback.at(i), from));
        }
        // A value Grantline does not know is shown as written (the check says why).
        if (!own.at(i).isEmpty() && box->findData(own.at(i)) < 0) {
            box->addItem(own.at(i), own.at(i));
        }
        box->setCurrentIndex(std::max(0, box->findData(own.at(i))));
    }
    m_inherited = fallback.first();
    m_initial = state();
    m_loading = true;
    enableStrategy();
    m_loading = false;
}

QComboBox* DispositionForm::dispositionBox() const
{
    return m_disposition;
}

QComboBox* DispositionForm::strategyBox() const
{
    return m_strategy;
}

bool DispositionForm::isChanged() const
{
    return state() != m_initial;
}

QJsonValue DispositionForm::value() const
{
    const QString disposition = m_disposition->currentData().toString();
    const QString strategy = m_strategy->currentData().toString();
    if (strategy.isEmpty()) {
        return disposition.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(disposition);
    }
    // The object form names its disposition, also when merge comes from
    // resource_defaults: {"strategy": …} alone would not read as merge.
    return QJsonObject{{QStringLiteral("disposition"), effectiveDisposition()},
                       {QStringLiteral("strategy"), strategy}};
}

QString DispositionForm::state() const
{
    return m_disposition->currentData().toString() + u'/' + m_strategy->currentData().toString();
}
