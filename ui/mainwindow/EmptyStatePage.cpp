#include "mainwindow/EmptyStatePage.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStatePage::EmptyStatePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyStatePage"));

    auto* iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("emptyStateIcon"));
    iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/empty-connections.svg")).pixmap(96, 96));
    iconLabel->setAlignment(Qt::AlignCenter);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("emptyStateTitle"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(QStringLiteral("emptyStateDescription"));
    m_descriptionLabel->setAlignment(Qt::AlignCenter);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setMinimumWidth(440);
    m_descriptionLabel->setMaximumWidth(520);

    m_setUpButton = new QPushButton(this);
    m_setUpButton->setObjectName(QStringLiteral("setUpConnectionButton"));
    m_setUpButton->setDefault(true);
    m_setUpButton->setAutoDefault(true);
    connect(m_setUpButton, &QPushButton::clicked, this, &EmptyStatePage::setUpConnectionRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addSpacing(12);
    layout->addWidget(m_titleLabel);
    // Centred by stretches rather than an alignment flag: a layout item with an
    // alignment ignores height-for-width and would clip the wrapped text.
    auto* descriptionRow = new QHBoxLayout;
    descriptionRow->addStretch(1);
    descriptionRow->addWidget(m_descriptionLabel);
    descriptionRow->addStretch(1);
    layout->addLayout(descriptionRow);
    layout->addSpacing(16);
    layout->addWidget(m_setUpButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    retranslateUi();
}

void EmptyStatePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void EmptyStatePage::retranslateUi()
{
    // The em dash belongs to the sentence in every language, so it is part of
    // the translatable text rather than glued on in code.
    m_titleLabel->setText(tr("No connections yet"));
    m_descriptionLabel->setText(
        tr("A connection lets Grantline sign in to an API on your behalf and load its data "
           "into a SQLite file you can browse. Start with the built-in Sandbox — no account "
           "and no network needed — or connect to Autodesk Platform Services or any "
           "OAuth 2.0 provider."));
    m_setUpButton->setText(tr("Set up a connection"));
    m_setUpButton->setToolTip(tr("Open the connection wizard"));
}
