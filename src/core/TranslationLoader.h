// Installs Grantline's own translation and Qt's for a locale, and swaps them
// when the user picks another language.
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

class TranslationLoader : public QObject
{
    Q_OBJECT

public:
    // Where qt_add_translations embeds the compiled .qm files.
    static constexpr char kResourcePath[] = ":/i18n";

    explicit TranslationLoader(QObject* parent = nullptr);
    ~TranslationLoader() override;

    // Returns true when Grantline has a translation for the locale (English,
    // the source language, needs none and also returns true).
    bool load(const QLocale& locale);
    // The language whose translation is installed, e.g. "fr"; empty for English.
    QString loadedLanguage() const;

    // Languages Grantline ships a translation for, as ISO 639 codes.
    static QStringList availableLanguages();

private:
    void unload();

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};
