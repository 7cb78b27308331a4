// A picture from the owner's computer, sent as a broadcast as the owner would: through a Meta sender the composer
// offers a file beside the link; a file WhatsApp would refuse is named on the message step; the chosen picture is
// uploaded once and every customer in the window gets it by that one upload. A Twilio sender offers only a link,
// and says why.
#include "common/filedialog.h"
#include "composer/audiencepage.h"
#include "composer/composerview.h"
#include "composer/messagepage.h"
#include "composer/preflightview.h"
#include "contacts/contactimporter.h"
#include "fakes/composercustomers.h"
#include "fakes/mediafiles.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"
#include "inbox/inboxledger.h"
#include "model/inboundmessage.h"
#include "secrets/memorysecretstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestComposerMedia : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aPictureFromThisComputerIsUploadedOnce()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile sender = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        QVERIFY(ContactImporter(app->database(), u"BR"_s).import(kCustomers).isOk());
        wroteInTheLastDay(*app, sender, {u"+5511987654321"_s, u"+5521987654322"_s}); // Ana and Bruno

        ComposerView composer(app->services());
        toTheMessageStep(composer);
        auto* next = child<QPushButton>(&composer, u"nextButton"_s);
        auto* kind = child<QComboBox>(&composer, u"kindComboBox"_s);
        choose(kind, int(MessagePage::Kind::Media));
        QCOMPARE(kind->currentText(), u"Picture or document"_s);
        auto* chooseFile = child<QPushButton>(&composer, u"chooseFileButton"_s);
        QVERIFY(chooseFile->isVisible());

        // A PDF saved as .png: the content decides, and the step says which file and why.
        FileDialog::setNextFileName(write(u"cake.png"_s, "%PDF-1.4\n%%EOF\n"));
        QTest::mouseClick(chooseFile, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer.currentStep(), int(ComposerView::MessageStep));
        const QString problem = child<QLabel>(&composer, u"composerProblemLabel"_s)->text();
        QVERIFY2(problem.contains(u"cake.png"_s), qPrintable(problem));

        FileDialog::setNextFileName(write(u"cake of the day.png"_s, kPng));
        QTest::mouseClick(chooseFile, Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&composer, u"mediaFileLineEdit"_s)->text(), m_dir.filePath(u"cake of the day.png"_s));
        QTest::keyClicks(child<QLineEdit>(&composer, u"captionLineEdit"_s), u"Today's cake, {{first_name}}"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer.currentStep(), int(ComposerView::PreviewStep));
        QTest::mouseClick(next, Qt::LeftButton);
        auto* preflight = child<PreflightView>(&composer, u"preflightView"_s);
        QTRY_VERIFY(preflight->report().has_value());
        QCOMPARE(preflight->report()->sendable.size(), 2);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&composer, u"sendButton"_s), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(app->sandbox()->state().acceptedTotal(), 2, 15000);
        const QJsonObject uploads = app->sandbox()->state().statsJson().value(u"media_uploads"_s).toObject();
        QCOMPARE(uploads.size(), 1);
        const QString id = uploads.begin().key();
        QCOMPARE(uploads.begin().value().toObject().value(u"sent"_s).toInt(), 2);
        const SandboxState::StoredMessage ana = app->sandbox()->state().messagesTo(u"+5511987654321"_s).first();
        QCOMPARE(ana.mediaId, id);
        QCOMPARE(ana.asyncErrorCode, 0);
        QCOMPARE(app->sandbox()->state().messagesTo(u"+5521987654322"_s).first().mediaId, id);
        QCOMPARE(app->sandbox()->state().statsJson().value(u"rejected"_s).toInt(), 0);
    }

    // Twilio fetches media from a link when it sends: no file to choose, and the composer says why.
    void aTwilioSenderTakesOnlyALink()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        addSender(*app, twilioSandboxProfile(app->sandbox()->baseUrl()), twilioSandboxSecrets());
        QVERIFY(ContactImporter(app->database(), u"BR"_s).import(kCustomers).isOk());
        ComposerView composer(app->services());
        toTheMessageStep(composer);
        auto* kind = child<QComboBox>(&composer, u"kindComboBox"_s);
        choose(kind, int(MessagePage::Kind::Media));
        QCOMPARE(kind->currentText(), u"Picture or document by link"_s);
        QVERIFY(!child<QPushButton>(&composer, u"chooseFileButton"_s)->isVisible());
        QVERIFY(child<QLabel>(&composer, u"mediaHintLabel"_s)->text().contains(u"public"_s));
        QTest::mouseClick(child<QPushButton>(&composer, u"nextButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(&composer, u"composerProblemLabel"_s)->text().contains(u"https://"_s));
    }

private:
    // The composer shown, the "vip" tag ticked, on to the message.
    static void toTheMessageStep(ComposerView& composer)
    {
        composer.resize(1000, 700);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QTRY_VERIFY(!child<AudiencePage>(&composer, u"audiencePage"_s)->isLoading());
        child<QListWidget>(&composer, u"tagsListWidget"_s)
            ->findItems(u"vip"_s, Qt::MatchExactly)
            .first()
            ->setCheckState(Qt::Checked);
        QTest::mouseClick(child<QPushButton>(&composer, u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(composer.currentStep(), int(ComposerView::MessageStep));
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeFile(m_dir.filePath(name), bytes);
    }
    static void wroteInTheLastDay(AppContext& app, const Profile& sender, const QStringList& phones)
    {
        QList<InboundMessage> wrote;
        for (const QString& phone : phones) {
            InboundMessage m;
            m.provider = sender.kind;
            m.profileId = sender.id;
            m.messageId = u"in-"_s + phone;
            m.from = phone;
            m.text = u"Hello!"_s;
            m.receivedAtMs = QDateTime::currentMSecsSinceEpoch() - 3600LL * 1000;
            wrote << m;
        }
        QVERIFY(InboxLedger(app.database()).record(wrote).isOk());
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestComposerMedia)
#include "tst_composermedia.moc"
