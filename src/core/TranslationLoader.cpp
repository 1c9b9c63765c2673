#include "core/TranslationLoader.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

TranslationLoader::TranslationLoader(QObject* parent)
    : QObject(parent)
{ }

TranslationLoader::~TranslationLoader()
{
    unload();
}

bool TranslationLoader::load(const QLocale& locale)
{
    unload();
    const QString resourcePath = QLatin1String(kResourcePath);
    if (m_appTranslator.load(locale, QStringLiteral("grantline"), QStringLiteral("_"),
                             resourcePath)) {
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    }
    // Qt's own strings (standard buttons, dialogs) come from the system's
    // Qt translations when installed; their absence is not an error.
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    }
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    qCDebug(lcApp) << "translation for" << locale.name() << (m_appInstalled ? "loaded" : "absent");
    return m_appInstalled || english;
}

QString TranslationLoader::loadedLanguage() const
{
    return m_appInstalled ? m_appTranslator.language() : QString();
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QLatin1String(kResourcePath))
                                  .entryList({QStringLiteral("grantline_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        languages << file.mid(int(qstrlen("grantline_")),
                              file.size() - int(qstrlen("grantline_")) - 3);
    }
    return languages;
}

void TranslationLoader::unload()
{
    if (m_appInstalled) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        m_appInstalled = false;
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_qtInstalled = false;
    }
}
