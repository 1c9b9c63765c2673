#include "inspector/ClaimsModel.h"

ClaimsModel::ClaimsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ClaimsModel::setInspection(const TokenInspection& inspection, const QDateTime& now)
{
    beginResetModel();
    m_rows.clear();
    m_now = now;
    for (auto it = inspection.header.constBegin(); it != inspection.header.constEnd(); ++it) {
        m_rows.append({true, it.key(), it.value(), QDateTime()});
    }
    for (const TokenInspection::Claim& claim : inspection.claimRows) {
        m_rows.append({false, claim.name, claim.value, claim.time});
    }
    endResetModel();
}

void ClaimsModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, MeaningColumn), index(int(m_rows.size()) - 1, MeaningColumn),
                           {Qt::DisplayRole});
    }
}

int ClaimsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ClaimsModel::rowOfClaim(const QString& name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).isHeader && m_rows.at(row).name == name) {
            return row;
        }
    }
    return -1;
}

QVariant ClaimsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Row& row = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return QVariant();
    }
    switch (index.column()) {
    case PartColumn:
        return row.isHeader ? tr("Header") : tr("Claims");
    case NameColumn:
        return row.name;
    case ValueColumn:
        return TokenInspection::valueText(row.value);
    case MeaningColumn:
        return meaning(row);
    default:
        return QVariant();
    }
}

QString ClaimsModel::meaning(const Row& row) const
{
    if (row.time.isValid()) {
        return tr("%1 (%2)").arg(TokenInspection::localTimeText(row.time),
                                 TokenInspection::relativeTime(row.time, m_now));
    }
    if (row.isHeader) {
        if (row.name == QLatin1String("alg")) {
            return tr("signature algorithm");
        }
        if (row.name == QLatin1String("kid")) {
            return tr("which of the provider's keys signed it");
        }
        if (row.name == QLatin1String("typ")) {
            return tr("token type");
        }
        return QString();
    }
    return describeClaim(row.name);
}

QString ClaimsModel::describeClaim(const QString& name)
{
    static const QHash<QString, const char*> descriptions{
        {QStringLiteral("iss"), QT_TR_NOOP("who issued it")},
        {QStringLiteral("sub"), QT_TR_NOOP("whom it is about")},
        {QStringLiteral("aud"), QT_TR_NOOP("whom it is for")},
        {QStringLiteral("azp"), QT_TR_NOOP("the app it was issued to")},
        {QStringLiteral("client_id"), QT_TR_NOOP("the app it was issued to")},
        {QStringLiteral("scope"), QT_TR_NOOP("what it allows")},
        {QStringLiteral("scp"), QT_TR_NOOP("what it allows")},
        {QStringLiteral("jti"), QT_TR_NOOP("its unique ID")},
        {QStringLiteral("nonce"), QT_TR_NOOP("ties it to one sign-in")},
        {QStringLiteral("userid"), QT_TR_NOOP("the user's ID at the provider")},
        {QStringLiteral("email"), QT_TR_NOOP("email address")},
        {QStringLiteral("name"), QT_TR_NOOP("full name")},
    };
    const char* description = descriptions.value(name);
    return description ? tr(description) : QString();
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case PartColumn:
        return tr("Part");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case MeaningColumn:
        return tr("Meaning");
    default:
        return QVariant();
    }
}
