#include "browse/RowExport.h"

#include "browse/BrowseStatement.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

QByteArray RowExport::csvField(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    QByteArray text = value.typeId() == QMetaType::QByteArray ? value.toByteArray().toBase64()
                                                              : value.toString().toUtf8();
    if (value.typeId() == QMetaType::Double) {
        text = QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    if (text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r')) {
        text.replace('"', "\"\"");
        text = '"' + text + '"';
    }
    return text;
}

qint64 RowExport::write(BrowseConnection& connection, const RowQuery& query, Format format,
                        const QString& path, const std::atomic<bool>& cancelled,
                        const std::function<void(qint64 rows)>& progress, QString* error)
{
    QVariantList values;
    QString sql = query.firstChunk(&values);
    // The whole result, not one chunk.
    sql.truncate(sql.lastIndexOf(QLatin1String(" LIMIT ")));
    BrowseStatement statement(connection);
    if (!statement.prepare(sql, error) || !statement.bind(values, error)) {
        return -1;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return -1;
    }
    const int first = query.hasRowid ? 1 : 0;
    const QStringList columns = query.columns;
    QByteArray buffer;
    if (format == Format::Csv) {
        QList<QByteArray> header;
        for (const QString& column : columns) {
            header << csvField(column);
        }
        buffer = header.join(',') + "\r\n";
    }
    qint64 rows = 0;
    QElapsedTimer sinceSaid;
    sinceSaid.start();
    for (;;) {
        if (cancelled.load()) {
            file.cancelWriting();
            *error = tr("Export stopped; nothing was written.");
            return -1;
        }
        const BrowseStatement::Step step = statement.step();
        if (step == BrowseStatement::Step::Done) {
            break;
        }
        if (step == BrowseStatement::Step::Error) {
            file.cancelWriting();
            *error =
                cancelled.load() ? tr("Export stopped; nothing was written.") : statement.error();
            return -1;
        }
        if (format == Format::Csv) {
            for (int i = 0; i < columns.size(); ++i) {
                if (i > 0) {
                    buffer += ',';
                }
                buffer += csvField(statement.value(first + i));
            }
            buffer += "\r\n";
        } else {
            QJsonObject object;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant value = statement.value(first + i);
                object.insert(columns.at(i),
                              value.typeId() == QMetaType::QByteArray
                                  ? QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()))
                                  : QJsonValue::fromVariant(value));
            }
            buffer += QJsonDocument(object).toJson(QJsonDocument::Compact);
            buffer += '\n';
        }
        ++rows;
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) != buffer.size()) {
                *error = tr("Cannot write %1: %2").arg(path, file.errorString());
                file.cancelWriting();
                return -1;
            }
            buffer.clear();
        }
        if (progress && (rows & 1023) == 0 && sinceSaid.elapsed() >= 100) {
            progress(rows);
            sinceSaid.restart();
        }
    }
    if (file.write(buffer) != buffer.size() || !file.flush() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return -1;
    }
    if (progress) {
        progress(rows);
    }
    return rows;
}
