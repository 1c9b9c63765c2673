#include "dashboard/ValueViewer.h"

#include "common/PlainTextLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ValueViewer::ValueViewer(QWidget* parent)
    : QDialog(parent)
    , m_title(PlainTextLabel::create(this, "valueTitle"))
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("valueViewer"));
    m_text->setObjectName(QStringLiteral("valueText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Value"));
    m_copy->setObjectName(QStringLiteral("copyValueButton"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString ValueViewer::prettyJson(const QString& text, bool* isJson)
{
    const QString trimmed = text.trimmed();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    const bool json = error.error == QJsonParseError::NoError
        && (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('[')));
    if (isJson) {
        *isJson = json;
    }
    return json ? QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed() : text;
}

void ValueViewer::showValue(const QString& title, const QString& text)
{
    setWindowTitle(title);
    m_title->setText(title);
    m_text->setPlainText(prettyJson(text));
    m_copy->setEnabled(true);
}

void ValueViewer::showWaiting(const QString& title)
{
    setWindowTitle(title);
    m_title->setText(title);
    m_text->setPlainText(tr("Reading…"));
    m_copy->setEnabled(false);
}

void ValueViewer::showError(const QString& title, const QString& error)
{
    setWindowTitle(title);
    m_title->setText(title);
    m_text->setPlainText(error);
    m_copy->setEnabled(false);
}

QString ValueViewer::text() const
{
    return m_text->toPlainText();
}
