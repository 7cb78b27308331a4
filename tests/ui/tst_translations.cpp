// The shipped translations as a Spanish- or Portuguese-speaking owner gets them: every text of every .ts in
// translations/ finished and none obsolete, each keeping its source's placeholders, accelerator and variables;
// the .qm built into the app loaded for the chosen language, with Qt's own buttons and the comparison data's
// words translated too.
#include "pricing/comparisondata.h"
#include "util/language.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Entry
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type; // "", unfinished, obsolete, vanished
    int line = 0;
};

QList<Entry> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Entry> entries;
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s)
            context = xml.readElementText();
        else if (name == u"message"_s) {
            entry = Entry {context, {}, {}, {}, int(xml.lineNumber())};
        } else if (name == u"source"_s) {
            entry.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            entry.type = xml.attributes().value(u"type"_s).toString();
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation"_s) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                    entry.translations << xml.readElementText();
            }
            if (entry.translations.isEmpty())
                entry.translations << text;
            entries << entry;
        }
    }
    return entries;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression& pattern, const QString& text)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return sorted(found);
}

int accelerators(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression entity(u"&[a-z]+;"_s);
    text.remove(entity);
    return int(text.count(u'&'));
}

QStringList shippedFiles()
{
    return QDir(QStringLiteral(TANDEM_TRANSLATIONS_DIR)).entryList({u"tandem_*.ts"_s}, QDir::Files, QDir::Name);
}

void removeTranslators()
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"TandemTranslationsTest"_s);
        QSettings().clear();
    }
    void cleanupTestCase()
    {
        QSettings().clear();
    }
    void cleanup()
    {
        removeTranslators(); // also after a failed comparison
        Language::save(QString());
    }

    void everyLanguageOfferedIsShipped()
    {
        QStringList offered = Language::available();
        offered.removeAll(u"en"_s); // the source language
        QStringList shipped;
        for (const QString& file : shippedFiles())
            shipped << file.mid(7).chopped(3);
        QVERIFY(shipped.removeAll(u"en"_s) == 1); // English's own plural forms
        QCOMPARE(shipped, sorted(offered));
    }

    void shippedTranslationsAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : shippedFiles())
            QTest::newRow(qPrintable(file)) << QDir(QStringLiteral(TANDEM_TRANSLATIONS_DIR)).filePath(file);
    }
    void shippedTranslationsAreComplete()
    {
        QFETCH(QString, file);
        const QList<Entry> entries = readTs(file);
        // English is the source language: its file holds the texts with a count, in English's own forms.
        const bool english = file.endsWith(u"tandem_en.ts"_s);
        QVERIFY(english ? entries.size() > 20 : entries.size() > 900);
        // "1 message(s)" is not how anyone writes: a count takes the language's own forms.
        static const QRegularExpression parenthesised(u"\\w\\((s|es|ns|is|as|os)\\)"_s);
        static const QRegularExpression placeholders(u"%(?:L?\\d|n)"_s);
        static const QRegularExpression variables(u"\\{\\{\\s*[a-z0-9_]+\\s*\\}\\}"_s);
        QStringList problems;
        for (const Entry& e : entries) {
            const QString where = u"line %1 (%2) \"%3\": "_s.arg(e.line).arg(e.context, e.source.left(60));
            if (!e.type.isEmpty()) {
                problems << where + e.type;
                continue;
            }
            // lupdate's number heuristic once turned "%1, %2" into "%1: %2 {1,?}": nobody writes that.
            for (const QString& t : e.translations) {
                if (t.contains(u"{1,?}"_s))
                    problems << where + u"a guess of lupdate's left in: "_s + t;
            }
            if (e.source.contains(u"%n"_s) || e.source.contains(u"%Ln"_s)) {
                if (e.translations.size() < 2)
                    problems << where + u"one form for a count"_s;
            } else if (english) {
                problems << where + u"not a count: English needs no translation"_s;
            }
            for (const QString& t : e.translations) {
                if (parenthesised.match(t).hasMatch())
                    problems << where + u"a plural in parentheses: "_s + t;
                if (t.trimmed().isEmpty())
                    problems << where + u"empty"_s;
                else if (matches(placeholders, t) != matches(placeholders, e.source))
                    problems << where + u"placeholders differ: "_s + t;
                else if (accelerators(t) != qMin(1, accelerators(e.source)))
                    problems << where + u"accelerator differs: "_s + t;
                else if (!e.source.contains(u"{{placeholder}}"_s)
                    && matches(variables, t) != matches(variables, e.source))
                    problems << where + u"template variables differ: "_s + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Each text of the comparison data is listed for translators, so none is shown untranslated.
    void comparisonDataTextsAreListed()
    {
        QFile file(QStringLiteral(TANDEM_RESOURCES_DIR) + u"/providers.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QStringList texts;
        for (const QJsonValue& p : root.value(u"providers"_s).toObject()) {
            for (const QString& key : {u"setup_time"_s, u"steps"_s, u"fee_note"_s, u"throughput"_s, u"templates"_s,
                     u"interactive"_s, u"media"_s, u"webhooks"_s, u"relationship"_s})
                texts << p.toObject().value(key).toString();
        }
        texts << root.value(u"meta_prices"_s).toObject().value(u"note"_s).toString();
        for (const QJsonValue& row : root.value(u"meta_prices"_s).toObject().value(u"rows"_s).toArray())
            texts << row.toObject().value(u"name"_s).toString();
        QStringList listed;
        for (const char* text : ComparisonData::translatableTexts())
            listed << QString::fromUtf8(text);
        for (const QString& text : std::as_const(texts))
            QVERIFY2(listed.contains(text), qPrintable(u"not listed in comparisontexts.cpp: "_s + text));
    }

    // The chosen language's .qm, built into the program, is what Tandem speaks; Qt's buttons and the comparison's
    // cells follow. English needs no translation.
    void theChosenLanguageIsSpoken_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("contacts");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("brazil");
        QTest::newRow("es") << u"es"_s << u"Contactos"_s << u"&Cancelar"_s << u"Brasil"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"Contatos"_s << u"&Cancelar"_s << u"Brasil"_s;
        QTest::newRow("en") << u"en"_s << u"Contacts"_s << u"&Cancel"_s << u"Brazil"_s;
        // A language Tandem lacks: Portuguese from Portugal gets Brazil's, German gets English (Qt's buttons too).
        QTest::newRow("pt_PT") << u"pt_PT"_s << u"Contatos"_s << u"&Cancelar"_s << u"Brasil"_s;
        // Country names come from the locale (ICU), so a German desk reads Brasilien even in English screens.
        QTest::newRow("de") << u"de"_s << u"Contacts"_s << u"&Cancel"_s << u"Brasilien"_s;
    }
    void theChosenLanguageIsSpoken()
    {
        QFETCH(QString, language);
        QFETCH(QString, contacts);
        QFETCH(QString, cancel);
        QFETCH(QString, brazil);
        const QString loaded = Language::install(*qApp, QLocale(language));
        QCOMPARE(loaded.isEmpty(), contacts == u"Contacts"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "Contacts"), contacts);
        QCOMPARE(QLocale().name().left(2), language.left(2));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel.mid(1));
        QCOMPARE(ComparisonData::builtin().value().rate(u"BR"_s)->name, brazil);
        removeTranslators();
    }

    // One contact, five contacts: each language's own forms, English included.
    void countsTakeTheLanguagesOwnForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("five");
        QTest::newRow("en") << u"en"_s << u"1 contact"_s << u"5 contacts"_s;
        QTest::newRow("es") << u"es"_s << u"1 contacto"_s << u"5 contactos"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"1 contato"_s << u"5 contatos"_s;
    }
    void countsTakeTheLanguagesOwnForms()
    {
        QFETCH(QString, language);
        QFETCH(QString, one);
        QFETCH(QString, five);
        Language::install(*qApp, QLocale(language));
        QCOMPARE(QCoreApplication::translate("AudiencePage", "%Ln contact(s)", nullptr, 1), one);
        QCOMPARE(QCoreApplication::translate("AudiencePage", "%Ln contact(s)", nullptr, 5), five);
        removeTranslators();
    }

    // The language chosen in the preferences comes before the system's.
    void theSavedChoiceComesFirst()
    {
        Language::save(u"pt_BR"_s);
        QCOMPARE(Language::chosen().name(), u"pt_BR"_s);
        QCOMPARE(Language::install(*qApp), u"pt_BR"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "Contacts"), u"Contatos"_s);
        removeTranslators();
        Language::save(QString());
        QCOMPARE(Language::chosen(), QLocale::system());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
