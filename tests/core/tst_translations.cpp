// The compiled translations are embedded and picked by locale.
#include "core/TranslationLoader.h"

#include <QCoreApplication>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsFrenchAndGerman()
    {
        const QStringList languages = TranslationLoader::availableLanguages();
        QVERIFY2(languages.contains(QStringLiteral("fr")), qPrintable(languages.join(u',')));
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
        QVERIFY2(languages.contains(QStringLiteral("en")), qPrintable(languages.join(u',')));
    }

    void frenchLocaleTranslatesTheEmptyState()
    {
        TranslationLoader loader;
        QVERIFY(loader.load(QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(loader.loadedLanguage().left(2), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("EmptyStatePage", "No connections yet"),
                 QStringLiteral("Aucune connexion pour l’instant"));
    }

    void germanLocaleTranslatesTheEmptyState()
    {
        TranslationLoader loader;
        QVERIFY(loader.load(QLocale(QLocale::German, QLocale::Austria)));
        QCOMPARE(QCoreApplication::translate("EmptyStatePage", "No connections yet"),
                 QStringLiteral("Noch keine Verbindungen"));
    }

    void switchingBackToEnglishRemovesTheTranslation()
    {
        TranslationLoader loader;
        QVERIFY(loader.load(QLocale(QLocale::French)));
        QVERIFY(loader.load(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QCOMPARE(loader.loadedLanguage(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("EmptyStatePage", "No connections yet"),
                 QStringLiteral("No connections yet"));
    }

    void englishHasRealPlurals()
    {
        TranslationLoader loader;
        QVERIFY(loader.load(QLocale(QLocale::English, QLocale::UnitedStates)));
        const char* source = "%1 did not finish within %n second(s).";
        QCOMPARE(QCoreApplication::translate("Job", source, nullptr, 1),
                 QStringLiteral("%1 did not finish within 1 second."));
        QCOMPARE(QCoreApplication::translate("Job", source, nullptr, 5),
                 QStringLiteral("%1 did not finish within 5 seconds."));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        TranslationLoader loader;
        QVERIFY(!loader.load(QLocale(QLocale::Japanese)));
        QVERIFY(loader.loadedLanguage().isEmpty());
        QCOMPARE(QCoreApplication::translate("EmptyStatePage", "No connections yet"),
                 QStringLiteral("No connections yet"));
    }

    void destroyingTheLoaderUninstallsIt()
    {
        {
            TranslationLoader loader;
            QVERIFY(loader.load(QLocale(QLocale::German)));
        }
        QCOMPARE(QCoreApplication::translate("EmptyStatePage", "No connections yet"),
                 QStringLiteral("No connections yet"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
