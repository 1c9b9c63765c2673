// A JSON-lines file through `grantline-cli import`'s path: JsonLinesReader,
// then every record through the RelationalNormalizer with the Loader's
// settings. Two option bytes lead: the first picks the table options, the
// second the reader's chunk size, so that lines straddle chunk boundaries.
// The records must be the same whatever the chunk size, and every cell of the
// batch must still be readable once the whole file has been read.
#include "FuzzSupport.h"

#include "pipeline/JsonLinesReader.h"
#include "pipeline/RelationalNormalizer.h"
#include "pipeline/RowId.h"

#include <string>
#include <vector>

namespace {

struct Read
{
    bool ok = false;
    qint64 lines = 0;
    std::vector<std::string> records;
};

Read readAll(const QString& path, qint64 chunk)
{
    Read read;
    JsonLinesReader reader(path, chunk);
    QString error;
    Fuzz::check(reader.open(&error), "the scratch file opens");
    read.ok = reader.read(
        [&read](simdjson::dom::element record, QString*) {
            read.records.push_back(simdjson::minify(record));
            return true;
        },
        &error);
    Fuzz::check(read.ok || !error.isEmpty(), "a failed read says why");
    read.lines = reader.lineNumber();
    return read;
}

RelationalNormalizer::TableOptions optionsFrom(uint8_t byte)
{
    static const QStringList dispositions{QStringLiteral("append"), QStringLiteral("replace"),
                                          QStringLiteral("merge"), QStringLiteral("append")};
    RelationalNormalizer::TableOptions options;
    options.table = QStringLiteral("Items");
    options.resource = QStringLiteral("items");
    options.writeDisposition = dispositions.at((byte >> 1) & 3);
    if (byte & 8) {
        options.primaryKey = QStringList{QStringLiteral("id")};
    }
    // -1 (dlt's default) or a small nesting limit.
    options.maxNesting = (byte >> 4) == 0 ? -1 : (byte >> 4) - 1;
    return options;
}

// Touches every cell as the writer thread would.
size_t readCells(const RowBatch& batch)
{
    size_t checksum = 0;
    for (const TableRows* rows : batch.tables()) {
        const std::string table = rows->table()->name.toStdString();
        const size_t columns = rows->table()->columns().size();
        for (size_t i = 0; i < rows->rowCount(); ++i) {
            for (const Cell* cell = rows->rowBegin(i); cell != rows->rowEnd(i); ++cell) {
                Fuzz::check(cell->column >= 0 && size_t(cell->column) < columns,
                            "every cell names a column of its table");
                if (cell->kind == Cell::Text) {
                    checksum += std::hash<std::string_view>()(cell->text);
                } else if (cell->kind == Cell::ChildId) {
                    const RowId::Text id = RowId::child(cell->text, table, cell->integer);
                    checksum += id.size();
                }
            }
        }
    }
    return checksum;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    const uint8_t flags = data[0];
    const qint64 chunk = 2 + data[1];
    const QString path = Fuzz::scratchFile(Fuzz::bytes(data + 2, size - 2));

    // Larger than any input, yet far cheaper per run than the 4 MiB default.
    const Read whole = readAll(path, qint64(1) << 20);
    const Read chunked = readAll(path, chunk);
    Fuzz::check(whole.ok == chunked.ok && whole.lines == chunked.lines
                    && whole.records == chunked.records,
                "the same records whatever the chunk size");

    Schema schema;
    RelationalNormalizer normalizer(&schema);
    normalizer.setLoadId(QStringLiteral("1700000000.5"));
    // As the Loader sets it: the batch outlives the parsed lines.
    normalizer.setCopyText(true);
    normalizer.setDeferChildIds(flags & 1);
    QString error;
    TableSchema* root = normalizer.prepareTable(optionsFrom(flags), &error);
    Fuzz::check(root != nullptr, "a fresh schema takes the table");
    RowBatch batch;
    JsonLinesReader reader(path, chunk);
    Fuzz::check(reader.open(&error), "the scratch file opens");
    reader.read(
        [&](simdjson::dom::element record, QString* failure) {
            return normalizer.normalize(root, record, &batch, failure);
        },
        &error);
    (void)readCells(batch);
    (void)normalizer.nullOnlyColumns();
    (void)schema.toJson();
    return 0;
}
