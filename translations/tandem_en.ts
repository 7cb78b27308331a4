<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityView</name>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="513"/>
        <source>%n message(s) were sent but the provider&apos;s answer never came, so some of these customers may already have them. Sending again may give them a second copy. Send again?</source>
        <translation>
            <numerusform>%n message was sent but the provider&apos;s answer never came, so the customer may already have it. Sending again may give them a second copy. Send again?</numerusform>
            <numerusform>%n messages were sent but the provider&apos;s answer never came, so some of these customers may already have them. Sending again may give them a second copy. Send again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="521"/>
        <source>%n unanswered message(s) queued again.</source>
        <translation>
            <numerusform>%n unanswered message queued again.</numerusform>
            <numerusform>%n unanswered messages queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="529"/>
        <source>%n message(s) were sent but the provider&apos;s answer never came. Dropping them means Tandem will not send them again; customers who did not get them will not get them. Drop them?</source>
        <translation>
            <numerusform>%n message was sent but the provider&apos;s answer never came. Dropping it means Tandem will not send it again; if the customer did not get it, they will not get it. Drop it?</numerusform>
            <numerusform>%n messages were sent but the provider&apos;s answer never came. Dropping them means Tandem will not send them again; customers who did not get them will not get them. Drop them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="537"/>
        <source>%n unanswered message(s) dropped.</source>
        <translation>
            <numerusform>%n unanswered message dropped.</numerusform>
            <numerusform>%n unanswered messages dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="107"/>
        <source>The %n contact(s) selected on the Contacts screen</source>
        <translation>
            <numerusform>The %n contact selected on the Contacts screen</numerusform>
            <numerusform>The %n contacts selected on the Contacts screen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="158"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="159"/>
        <source>%Ln of them opted out and will not get it.</source>
        <translation>
            <numerusform>%Ln of them opted out and will not get it.</numerusform>
            <numerusform>%Ln of them opted out and will not get it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="163"/>
        <source>Left out: %n number(s) of your own, where your tests went.</source>
        <translation>
            <numerusform>Left out: %n number of your own, where your tests went.</numerusform>
            <numerusform>Left out: %n numbers of your own, where your tests went.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastListModel</name>
    <message numerus="yes">
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="153"/>
        <source>%1, %Ln cancelled</source>
        <translation>
            <numerusform>%1, %Ln cancelled</numerusform>
            <numerusform>%1, %Ln cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastResults</name>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="227"/>
        <source>The provider reported %1 for %n message(s).</source>
        <translation>
            <numerusform>The provider reported %1 for %n message.</numerusform>
            <numerusform>The provider reported %1 for %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="230"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="349"/>
        <source>%n customer(s) opted out after it.</source>
        <translation>
            <numerusform>%n customer opted out after it.</numerusform>
            <numerusform>%n customers opted out after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="232"/>
        <source>%n message(s) still waiting to go out.</source>
        <translation>
            <numerusform>%n message still waiting to go out.</numerusform>
            <numerusform>%n messages still waiting to go out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="294"/>
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1: %n customer</numerusform>
            <numerusform>%1: %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonWidget</name>
    <message numerus="yes">
        <location filename="../ui/comparison/comparisonwidget.cpp" line="206"/>
        <source>Your own %1: %Ln message(s) to your customers&apos; markets would have cost %2.</source>
        <translation>
            <numerusform>Your own %1: %Ln message to your customers&apos; markets would have cost %2.</numerusform>
            <numerusform>Your own %1: %Ln messages to your customers&apos; markets would have cost %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerView</name>
    <message numerus="yes">
        <location filename="../ui/composer/composerview.cpp" line="215"/>
        <source>%Ln message(s) through &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln message through &quot;%1&quot;.</numerusform>
            <numerusform>%Ln messages through &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="219"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="243"/>
        <source>Delete %n contact(s)? Broadcasts already sent keep their results.</source>
        <translation>
            <numerusform>Delete %n contact? Broadcasts already sent keep their results.</numerusform>
            <numerusform>Delete %n contacts? Broadcasts already sent keep their results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <location filename="../ui/replies/conversationlistmodel.cpp" line="30"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="178"/>
        <source>About %n row(s) to import.</source>
        <translation>
            <numerusform>About %n row to import.</numerusform>
            <numerusform>About %n rows to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="328"/>
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="329"/>
        <source>%n merged with existing ones</source>
        <translation>
            <numerusform>%n merged with an existing one</numerusform>
            <numerusform>%n merged with existing ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="330"/>
        <source>%n line(s) rejected.</source>
        <translation>
            <numerusform>%n line rejected.</numerusform>
            <numerusform>%n lines rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="97"/>
        <source>%n new message(s) from customers, under Replies.</source>
        <translation>
            <numerusform>%n new message from a customer, under Replies.</numerusform>
            <numerusform>%n new messages from customers, under Replies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>%n message(s) without an answer were found at the provider: they arrived.</source>
        <translation>
            <numerusform>%n message without an answer was found at the provider: it arrived.</numerusform>
            <numerusform>%n messages without an answer were found at the provider: they arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="171"/>
        <source>%n message(s) without an answer had not reached the provider and were sent again.</source>
        <translation>
            <numerusform>%n message without an answer had not reached the provider and was sent again.</numerusform>
            <numerusform>%n messages without an answer had not reached the provider and were sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="340"/>
        <source>%n customer message(s)</source>
        <translation>
            <numerusform>%n customer message</numerusform>
            <numerusform>%n customer messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="203"/>
        <source>%n message(s) move</source>
        <translation>
            <numerusform>%n message moves</numerusform>
            <numerusform>%n messages move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="237"/>
        <source>Moved %n broadcast(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>Moved %n broadcast to &quot;%1&quot;</numerusform>
            <numerusform>Moved %n broadcasts to &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="325"/>
        <source>Creating %n template(s) at %1…</source>
        <translation>
            <numerusform>Creating %n template at %1…</numerusform>
            <numerusform>Creating %n templates at %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="343"/>
        <source>Copied %n approved template(s) to %1&apos;s account; the broadcasts can move.</source>
        <translation>
            <numerusform>Copied %n approved template to %1&apos;s account; the broadcasts can move.</numerusform>
            <numerusform>Copied %n approved templates to %1&apos;s account; the broadcasts can move.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="39"/>
        <source>if sent now, %n would get it</source>
        <translation>
            <numerusform>if sent now, %n would get it</numerusform>
            <numerusform>if sent now, %n would get it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="41"/>
        <source>%n left out: %1</source>
        <translation>
            <numerusform>%n left out: %1</numerusform>
            <numerusform>%n left out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="46"/>
        <source>%n with no price in Tandem&apos;s rate card</source>
        <translation>
            <numerusform>%n with no price in Tandem&apos;s rate card</numerusform>
            <numerusform>%n with no price in Tandem&apos;s rate card</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="204"/>
        <source>Move %n broadcast(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>Move %n broadcast to &quot;%1&quot;</numerusform>
            <numerusform>Move %n broadcasts to &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="206"/>
        <source>with %n message(s) not sent yet; scheduled and paused ones stay so</source>
        <translation>
            <numerusform>with %n message not sent yet; scheduled and paused ones stay so</numerusform>
            <numerusform>with %n messages not sent yet; scheduled and paused ones stay so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="208"/>
        <source>Keep %n message(s) whose answer was lost with &quot;%1&quot;, for you to resend or drop under Activity</source>
        <translation>
            <numerusform>Keep %n message whose answer was lost with &quot;%1&quot;, for you to resend or drop under Activity</numerusform>
            <numerusform>Keep %n messages whose answer was lost with &quot;%1&quot;, for you to resend or drop under Activity</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodResults</name>
    <message numerus="yes">
        <location filename="../ui/analytics/periodresults.cpp" line="339"/>
        <source>%n message(s) sent, %1 delivered. Estimated cost %2 (Meta&apos;s rate card and the provider&apos;s fee); reported by the providers: %3.</source>
        <translation>
            <numerusform>%n message sent, %1 delivered. Estimated cost %2 (Meta&apos;s rate card and the provider&apos;s fee); reported by the providers: %3.</numerusform>
            <numerusform>%n messages sent, %1 delivered. Estimated cost %2 (Meta&apos;s rate card and the provider&apos;s fee); reported by the providers: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/preferencesdialog.cpp" line="117"/>
        <source>%n certificate(s): %1</source>
        <translation>
            <numerusform>%n certificate: %1</numerusform>
            <numerusform>%n certificates: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message numerus="yes">
        <location filename="../core/admission/admission.cpp" line="41"/>
        <source>The template takes %n value(s) in its text, and the message gives %1 (error 132000).</source>
        <translation>
            <numerusform>The template takes %n value in its text, and the message gives %1 (error 132000).</numerusform>
            <numerusform>The template takes %n values in its text, and the message gives %1 (error 132000).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message numerus="yes">
        <location filename="../core/util/sendingtime.cpp" line="17"/>
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/util/sendingtime.cpp" line="19"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/util/sendingtime.cpp" line="20"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="120"/>
        <source>%1: %Ln message(s), no known price</source>
        <translation>
            <numerusform>%1: %Ln message, no known price</numerusform>
            <numerusform>%1: %Ln messages, no known price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="124"/>
        <source>%1: %Ln message(s) × %2 = %3 (Meta&apos;s price of %4)</source>
        <translation>
            <numerusform>%1: %Ln message × %2 = %3 (Meta&apos;s price of %4)</numerusform>
            <numerusform>%1: %Ln messages × %2 = %3 (Meta&apos;s price of %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="135"/>
        <source>%n recipient(s) in countries without a known rate are not in the estimate.</source>
        <translation>
            <numerusform>%n recipient in a country without a known rate is not in the estimate.</numerusform>
            <numerusform>%n recipients in countries without a known rate are not in the estimate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricesDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/pricesdialog.cpp" line="149"/>
        <source>%n market(s) updated, with prices from %1.</source>
        <translation>
            <numerusform>%n market updated, with prices from %1.</numerusform>
            <numerusform>%n markets updated, with prices from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCardImport</name>
    <message numerus="yes">
        <location filename="../core/pricing/ratecardimport.cpp" line="191"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientDetail</name>
    <message numerus="yes">
        <location filename="../ui/activity/recipientdetail.cpp" line="66"/>
        <source>%1: %2 after %n attempt(s).</source>
        <translation>
            <numerusform>%1: %2 after %n attempt.</numerusform>
            <numerusform>%1: %2 after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportedCostFetcher</name>
    <message numerus="yes">
        <location filename="../ui/analytics/reportedcostfetcher.cpp" line="66"/>
        <source>What Meta charged: asked at %1 for %n sender(s).</source>
        <translation>
            <numerusform>What Meta charged: asked at %1 for %n sender.</numerusform>
            <numerusform>What Meta charged: asked at %1 for %n senders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TandemCli</name>
    <message numerus="yes">
        <location filename="../app/cli/broadcastcommands.cpp" line="307"/>
        <source>%n unanswered message(s) were found at the provider: accepted.</source>
        <translation>
            <numerusform>%n unanswered message was found at the provider: accepted.</numerusform>
            <numerusform>%n unanswered messages were found at the provider: accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/broadcastcommands.cpp" line="311"/>
        <source>%n unanswered message(s) had not reached the provider: sent once more.</source>
        <translation>
            <numerusform>%n unanswered message had not reached the provider: sent once more.</numerusform>
            <numerusform>%n unanswered messages had not reached the provider: sent once more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/databasecommands.cpp" line="29"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/databasecommands.cpp" line="37"/>
        <source>Copied %n row(s) from %1 to %2. Each computer keeps the senders&apos; tokens in its own keychain: add them where Tandem sends.</source>
        <translation>
            <numerusform>Copied %n row from %1 to %2. Each computer keeps the senders&apos; tokens in its own keychain: add them where Tandem sends.</numerusform>
            <numerusform>Copied %n rows from %1 to %2. Each computer keeps the senders&apos; tokens in its own keychain: add them where Tandem sends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="102"/>
        <source>%n message(s) move</source>
        <translation>
            <numerusform>%n message moves</numerusform>
            <numerusform>%n messages move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="133"/>
        <source>Moved %n broadcast(s)</source>
        <translation>
            <numerusform>Moved %n broadcast</numerusform>
            <numerusform>Moved %n broadcasts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="134"/>
        <source> with %n message(s) not sent yet.</source>
        <translation>
            <numerusform> with %n message not sent yet.</numerusform>
            <numerusform> with %n messages not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="158"/>
        <source>Copied %n approved template(s) to &quot;%1&quot;&apos;s account; run this again to go on.</source>
        <translation>
            <numerusform>Copied %n approved template to &quot;%1&quot;&apos;s account; run this again to go on.</numerusform>
            <numerusform>Copied %n approved templates to &quot;%1&quot;&apos;s account; run this again to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="164"/>
        <source>Submitted %n template(s) for WhatsApp&apos;s review at &quot;%1&quot;. Once approved (`templates sync &quot;%1&quot;`), run this again.</source>
        <translation>
            <numerusform>Submitted %n template for WhatsApp&apos;s review at &quot;%1&quot;. Once approved (`templates sync &quot;%1&quot;`), run this again.</numerusform>
            <numerusform>Submitted %n templates for WhatsApp&apos;s review at &quot;%1&quot;. Once approved (`templates sync &quot;%1&quot;`), run this again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateLinter</name>
    <message numerus="yes">
        <location filename="../core/templates/templatelinter.cpp" line="201"/>
        <source>Give one example for each of the text&apos;s %n variable(s) under Examples, separated by commas; found %1.</source>
        <translation>
            <numerusform>Give an example for the text&apos;s %n variable under Examples; found %1.</numerusform>
            <numerusform>Give one example for each of the text&apos;s %n variables under Examples, separated by commas; found %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/templates/templatelinter.cpp" line="211"/>
        <source>There are few words for %n variable(s): WhatsApp rejects templates that are mostly variables. Add fixed text.</source>
        <translation>
            <numerusform>There are few words for %n variable: WhatsApp rejects templates that are mostly variables. Add fixed text.</numerusform>
            <numerusform>There are few words for %n variables: WhatsApp rejects templates that are mostly variables. Add fixed text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message numerus="yes">
        <location filename="../ui/templates/templatesview.cpp" line="208"/>
        <source>%n template(s), synced %1.</source>
        <translation>
            <numerusform>%n template, synced %1.</numerusform>
            <numerusform>%n templates, synced %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
