#include "source/PipelineDocument.h"

#include "core/AtomicFile.h"
#include "source/ConfigSection.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaMethod>

namespace {

const QString kResources = QStringLiteral("source.resources");

// The file's bytes, or nullopt when it is not there to read.
std::optional<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return file.readAll();
}

// {"b": {"c": value}} for the keys ["b", "c"].
QJsonValue nested(QStringList keys, const QJsonValue& value)
{
    QJsonValue result = value;
    while (!keys.isEmpty()) {
        result = QJsonObject{{keys.takeLast(), result}};
    }
    return result;
}

} // namespace

PipelineDocument::PipelineDocument(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &PipelineDocument::onDiskEvent);
    // An atomic replace by another program removes the watched file: the
    // folder's change is how it is seen.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &PipelineDocument::onDiskEvent);
}

bool PipelineDocument::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // PipelineFile's sentence, so the CLI says what it always said.
        *error = ConfigSection::tr("cannot read %1: %2")
                     .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    m_path = path;
    const QByteArray text = file.readAll();
    m_savedText = text;
    m_onDisk = text;
    m_seenOnDisk = text;
    setText(text);
    watch();
    return true;
}

void PipelineDocument::fromBytes(const QByteArray& bytes)
{
    m_savedText = bytes;
    setText(bytes);
}

void PipelineDocument::setBytes(const QByteArray& bytes)
{
    setText(bytes);
}

void PipelineDocument::setText(const QByteArray& text)
{
    m_text = text;
    JsonSourceTree::SyntaxError error;
    if (m_tree.parse(text, &error)) {
        m_syntaxError.reset();
    } else {
        m_syntaxError = error;
    }
    emit contentChanged();
}

QString PipelineDocument::filePath() const
{
    return m_path;
}

QString PipelineDocument::fileName() const
{
    return m_path.isEmpty() ? tr("the pipeline") : QFileInfo(m_path).fileName();
}

QByteArray PipelineDocument::bytes() const
{
    return m_text;
}

bool PipelineDocument::isModified() const
{
    return m_text != m_savedText;
}

bool PipelineDocument::isWellFormed() const
{
    return !m_syntaxError.has_value();
}

bool PipelineDocument::needsTree(QString* error) const
{
    if (isWellFormed()) {
        return true;
    }
    if (error) {
        *error = tr("%1 is not valid JSON; fix its text first.").arg(fileName());
    }
    return false;
}

QJsonValue PipelineDocument::value(const QString& path) const
{
    const int node = isWellFormed() ? m_tree.find(path) : -1;
    return node < 0 ? QJsonValue(QJsonValue::Undefined) : m_tree.value(node);
}

bool PipelineDocument::contains(const QString& path) const
{
    return isWellFormed() && m_tree.find(path) >= 0;
}

QString PipelineDocument::writtenPath(const QString& path) const
{
    if (!isWellFormed()) {
        return QString();
    }
    qsizetype used = 0;
    return m_tree.pathOf(m_tree.findDeepest(path, &used));
}

QPair<qsizetype, qsizetype> PipelineDocument::span(const QString& path) const
{
    const int node = isWellFormed() ? m_tree.find(path) : -1;
    if (node < 0) {
        return {-1, -1};
    }
    return {m_tree.node(node).begin, m_tree.node(node).end};
}

bool PipelineDocument::edit(const QByteArray& text, QString* error)
{
    JsonSourceTree check;
    JsonSourceTree::SyntaxError syntax;
    // Cannot happen with the tree's own edits; a guard against a bug
    // corrupting a person's file.
    if (!check.parse(text, &syntax)) {
        if (error) {
            *error = tr("The edit would break the file (%1); it was not made.").arg(syntax.reason);
        }
        return false;
    }
    setText(text);
    return true;
}

bool PipelineDocument::setValue(const QString& path, const QJsonValue& value, QString* error)
{
    if (!needsTree(error)) {
        return false;
    }
    qsizetype used = 0;
    const int node = m_tree.findDeepest(path, &used);
    if (used == path.size()) {
        // The same value keeps its spelling ("1.0", escapes) and the file clean.
        return m_tree.value(node) == value || edit(m_tree.replaced(node, value), error);
    }
    const QString rest = path.mid(used);
    const JsonSourceTree::Node& found = m_tree.node(node);
    if (found.type == QJsonValue::Object && (node == m_tree.root() || rest.startsWith(u'.'))) {
        // Keys may hold "[" (page[limit]); only "." separates new ones.
        QStringList keys = rest.mid(node == m_tree.root() ? 0 : 1).split(u'.');
        const QString key = keys.takeFirst();
        if (!key.isEmpty() && !keys.contains(QString())) {
            return edit(m_tree.withMember(node, key, nested(keys, value)), error);
        }
    }
    if (found.type == QJsonValue::Array
        && rest == QStringLiteral("[%1]").arg(found.children.size())) {
        return edit(m_tree.withElement(node, found.children.size(), value), error);
    }
    if (error) {
        *error = tr("Cannot write at %1: %2 holds no object or list to add it to.")
                     .arg(path, used == 0 ? tr("the file") : path.left(used));
    }
    return false;
}

bool PipelineDocument::insertValue(const QString& listPath, qsizetype position,
                                   const QJsonValue& value, QString* error)
{
    if (!needsTree(error)) {
        return false;
    }
    const int node = m_tree.find(listPath);
    if (node < 0 || m_tree.node(node).type != QJsonValue::Array || position < 0
        || position > m_tree.node(node).children.size()) {
        if (error) {
            *error = tr("There is no list at %1 with a place %2.").arg(listPath).arg(position);
        }
        return false;
    }
    return edit(m_tree.withElement(node, position, value), error);
}

bool PipelineDocument::remove(const QString& path, QString* error)
{
    if (!needsTree(error)) {
        return false;
    }
    const int node = m_tree.find(path);
    if (node <= 0) {
        if (error) {
            *error = tr("Nothing is written at %1.").arg(path);
        }
        return false;
    }
    return edit(m_tree.without(node), error);
}

qsizetype PipelineDocument::resourceCount() const
{
    const int node = isWellFormed() ? m_tree.find(kResources) : -1;
    const bool list = node >= 0 && m_tree.node(node).type == QJsonValue::Array;
    return list ? m_tree.node(node).children.size() : 0;
}

QString PipelineDocument::resourcePath(qsizetype index)
{
    return QStringLiteral("source.resources[%1]").arg(index);
}

QString PipelineDocument::resourceName(qsizetype index) const
{
    const QJsonValue resource = resourceJson(index);
    return resource.isString() ? resource.toString()
                               : resource.toObject().value(QStringLiteral("name")).toString();
}

qsizetype PipelineDocument::indexOfResource(const QString& name) const
{
    for (qsizetype i = 0; i < resourceCount(); ++i) {
        if (resourceName(i) == name) {
            return i;
        }
    }
    return -1;
}

QJsonValue PipelineDocument::resourceJson(qsizetype index) const
{
    return value(resourcePath(index));
}

std::optional<ResourceConfig> PipelineDocument::effectiveResource(qsizetype index,
                                                                  ConfigProblems* problems) const
{
    if (index < 0 || index >= resourceCount()) {
        return std::nullopt;
    }
    const QJsonObject defaults = value(QStringLiteral("source.resource_defaults")).toObject();
    ConfigProblems found;
    std::optional<ResourceConfig> resource = ResourceConfig::read(
        PipelineFile::withDefaults(defaults, resourceJson(index)), resourcePath(index), &found);
    if (problems) {
        problems->append(found);
    }
    if (!resource) {
        return std::nullopt;
    }
    // The whole file read gives the rules that need every resource (parents,
    // single-entity paths); alone, the name still stands in for the path.
    if (const std::optional<PipelineFile> file = pipeline()) {
        for (const ResourceConfig& read : file->resources) {
            if (read.fileIndex == index) {
                return read;
            }
        }
    }
    resource->fileIndex = index;
    if (resource->endpoint.path.isEmpty()) {
        resource->endpoint.path = resource->name;
    }
    return resource;
}

bool PipelineDocument::addResource(const QJsonValue& resource, QString* error)
{
    if (!contains(kResources)) {
        return setValue(kResources, QJsonArray{resource}, error);
    }
    return insertValue(kResources, resourceCount(), resource, error);
}

bool PipelineDocument::removeResource(qsizetype index, QString* error)
{
    return remove(resourcePath(index), error);
}

bool PipelineDocument::renameResource(qsizetype index, const QString& name, QString* error)
{
    if (resourceJson(index).isString()) {
        return setValue(resourcePath(index), name, error);
    }
    return setValue(resourcePath(index) + QStringLiteral(".name"), name, error);
}

std::optional<PipelineFile> PipelineDocument::pipeline() const
{
    if (!isWellFormed()) {
        return std::nullopt;
    }
    ConfigProblems ignored;
    return PipelineFile::parse(m_text, m_path.isEmpty() ? fileName() : m_path, &ignored);
}

ConfigProblems PipelineDocument::problems() const
{
    if (m_syntaxError) {
        // PipelineFile's sentence, with this parser's reason and place.
        return {{QString(),
                 ConfigSection::tr("%1 is not valid JSON: %2 at line %3, column %4")
                     .arg(fileName(), m_syntaxError->reason)
                     .arg(m_syntaxError->line)
                     .arg(m_syntaxError->column)}};
    }
    ConfigProblems problems;
    PipelineFile::parse(m_text, m_path.isEmpty() ? fileName() : m_path, &problems);
    return problems;
}

bool PipelineDocument::save(QString* error, SaveMode mode)
{
    if (m_path.isEmpty()) {
        *error = tr("The pipeline has no file yet; save it as a file.");
        return false;
    }
    const std::optional<QByteArray> now = readFile(m_path);
    if (mode == SaveMode::KeepOtherChanges && now != m_onDisk) {
        *error = tr("%1 was changed by another program since it was opened; reload it, or save "
                    "and overwrite those changes.")
                     .arg(QFileInfo(m_path).fileName());
        return false;
    }
    if (now == m_text) {
        // Nothing to write: the file keeps its bytes and its date.
        m_savedText = m_text;
        m_onDisk = m_text;
        return true;
    }
    return write(m_path, error);
}

bool PipelineDocument::saveAs(const QString& path, QString* error)
{
    if (!write(path, error)) {
        return false;
    }
    m_path = path;
    watch();
    return true;
}

bool PipelineDocument::write(const QString& path, QString* error)
{
    // Whole or not at all: a failed save leaves the old file as it was.
    if (const QString why = AtomicFile::write(path, m_text); !why.isEmpty()) {
        *error = tr("Cannot save %1: %2").arg(QFileInfo(path).absoluteFilePath(), why);
        return false;
    }
    m_savedText = m_text;
    m_onDisk = m_text;
    // Before the watcher reports it, so that the own save is no news.
    m_seenOnDisk = m_text;
    watch();
    return true;
}

bool PipelineDocument::hasChangedOnDisk() const
{
    return !m_path.isEmpty() && readFile(m_path) != m_onDisk;
}

bool PipelineDocument::reload(QString* error)
{
    return load(m_path, error);
}

void PipelineDocument::connectNotify(const QMetaMethod& signal)
{
    if (signal == QMetaMethod::fromSignal(&PipelineDocument::changedOnDisk) && !m_watching) {
        m_watching = true;
        watch();
    }
}

void PipelineDocument::watch()
{
    if (!m_watcher.files().isEmpty()) {
        m_watcher.removePaths(m_watcher.files());
    }
    if (!m_watcher.directories().isEmpty()) {
        m_watcher.removePaths(m_watcher.directories());
    }
    if (!m_watching || m_path.isEmpty()) {
        return;
    }
    // A file replaced by a rename is a new inode: watched afresh each time.
    if (QFileInfo::exists(m_path)) {
        m_watcher.addPath(m_path);
    }
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
}

void PipelineDocument::onDiskEvent()
{
    const std::optional<QByteArray> now = readFile(m_path);
    if (now && !m_watcher.files().contains(m_path)) {
        m_watcher.addPath(m_path);
    }
    // Other files in the folder, and the own save, are no news.
    if (now == m_seenOnDisk) {
        return;
    }
    m_seenOnDisk = now;
    if (now != m_onDisk) {
        emit changedOnDisk();
    }
}
