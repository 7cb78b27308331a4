// Twilio's form bodies: '+' must travel as %2B (a bare '+' is a space to the server), keys repeat for arrays.
#include "util/formencoding.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFormEncoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodes()
    {
        const FormFields fields = {{u"To"_s, u"whatsapp:+14155550123"_s}, {u"Body"_s, u"Hi Ann & Bob = 100% ✓"_s},
            {u"MediaUrl"_s, u"https://a.example/1.jpg"_s}, {u"MediaUrl"_s, u"https://a.example/2.jpg?x=1&y=2"_s}};
        QCOMPARE(encodeForm(fields),
            QByteArray("To=whatsapp%3A%2B14155550123&Body=Hi%20Ann%20%26%20Bob%20%3D%20100%25%20%E2%9C%93"
                       "&MediaUrl=https%3A%2F%2Fa.example%2F1.jpg"
                       "&MediaUrl=https%3A%2F%2Fa.example%2F2.jpg%3Fx%3D1%26y%3D2"));
    }
    void decodesWhatBrowsersAndSdksSend()
    {
        const FormFields fields = decodeForm("To=whatsapp%3A%2B1415&Body=Hello+there%21&MediaUrl=a&MediaUrl=b&Empty=");
        QCOMPARE(formValue(fields, u"To"_s), u"whatsapp:+1415"_s);
        QCOMPARE(formValue(fields, u"Body"_s), u"Hello there!"_s);
        QCOMPARE(formValues(fields, u"MediaUrl"_s), (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(formValue(fields, u"Empty"_s), QString());
        QCOMPARE(formValue(fields, u"Missing"_s), QString());
    }
    void roundTrips()
    {
        const FormFields fields
            = {{u"Body"_s, u"a+b c&d=e%f\nnew line"_s}, {u"ContentVariables"_s, u"{\"1\":\"Ann\"}"_s}};
        QCOMPARE(decodeForm(encodeForm(fields)), fields);
    }
};

QTEST_GUILESS_MAIN(TestFormEncoding)
#include "tst_formencoding.moc"
