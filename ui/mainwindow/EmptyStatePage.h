// What the central area shows before the first connection exists: a friendly
// explanation and one obvious button.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(QWidget* parent = nullptr);

Q_SIGNALS:
    void setUpConnectionRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_titleLabel = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QPushButton* m_setUpButton = nullptr;
};
