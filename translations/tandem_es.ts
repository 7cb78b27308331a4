<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="62"/>
        <source>Recipients of the selected broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="63"/>
        <source>Broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="69"/>
        <source>Every recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="73"/>
        <source>Backup sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="74"/>
        <source>The sender that retries the failed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="87"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="88"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="89"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="90"/>
        <source>Retry &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="91"/>
        <source>Retry failed &amp;through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="92"/>
        <source>Resend &amp;unanswered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="93"/>
        <source>&amp;Drop unanswered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="94"/>
        <source>Send to them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="95"/>
        <source>Don&apos;t send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="96"/>
        <source>Sent, but no answer came back from the provider: it may or may not have arrived. Tandem asks Twilio itself; Meta cannot be asked, so you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="128"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="179"/>
        <location filename="../ui/activity/activityview.cpp" line="221"/>
        <source>Could not read the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="279"/>
        <source>%1: %2 after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="285"/>
        <source>(%1 code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="287"/>
        <source>Provider&apos;s message id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="337"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="343"/>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="343"/>
        <source>Paused by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="348"/>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="353"/>
        <source>Cancel broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="354"/>
        <source>Stop this broadcast? Messages already sent stay sent; the rest are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="358"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="363"/>
        <source>Failed messages queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="371"/>
        <source>Failed messages queued again through &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="381"/>
        <source>%1 gets the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="391"/>
        <source>%1 is not sent the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="399"/>
        <source>Resend unanswered messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="400"/>
        <source>%n message(s) were sent but the provider&apos;s answer never came, so some of these customers may already have them. Sending again may give them a second copy. Send again?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="407"/>
        <source>%n unanswered message(s) queued again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="414"/>
        <source>Drop unanswered messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="415"/>
        <source>%n message(s) were sent but the provider&apos;s answer never came. Dropping them means Tandem will not send them again; customers who did not get them will not get them. Drop them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="422"/>
        <source>%n unanswered message(s) dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="29"/>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="31"/>
        <source>Content template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="33"/>
        <source>Media: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../ui/appcontext.cpp" line="26"/>
        <source>The demo sandbox could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontext.cpp" line="52"/>
        <source>%1, Tandem window (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="24"/>
        <source>&amp;Every contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="25"/>
        <source>Contacts with &amp;any of these tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="26"/>
        <source>The contacts &amp;selected on the Contacts screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="35"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="50"/>
        <source>Send to a &amp;CSV list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="52"/>
        <source>Imports the file&apos;s rows as contacts, tagged with the file&apos;s name, and sends to that tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="56"/>
        <source>Who gets this message? Contacts who opted out never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="72"/>
        <source>Reading the contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="93"/>
        <source>The contacts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="107"/>
        <source>The %n contact(s) selected on the Contacts screen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="157"/>
        <source>Nobody yet: choose tags, or import contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="158"/>
        <source>%1 contact(s); %2 of them opted out and will not get it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BroadcastListModel</name>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="144"/>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="147"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="172"/>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="174"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="176"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="178"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="180"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="182"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="184"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="186"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="188"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonData</name>
    <message>
        <location filename="../core/pricing/comparisondata.cpp" line="26"/>
        <source>The comparison data is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisondata.cpp" line="59"/>
        <source>The price for %1 has no date or source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonWidget</name>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="50"/>
        <source>Twilio and Meta compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="51"/>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="51"/>
        <source>Meta Cloud API (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="52"/>
        <source>Setup time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="52"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="52"/>
        <source>Fee on top of Meta&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Meta&apos;s price per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Buttons and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="54"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="54"/>
        <source>Relationship with Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="54"/>
        <source>Estimated cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="61"/>
        <source>Help me choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="74"/>
        <source>Another country (enter Meta&apos;s rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="77"/>
        <source>Utility: orders, appointments, reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="78"/>
        <source>Marketing: offers and news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="79"/>
        <source>Authentication: one-time codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="80"/>
        <source>Service: replies to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="87"/>
        <source>&amp;Messages per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="89"/>
        <source>Main &amp;country of your customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="91"/>
        <source>&amp;Kind of message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="93"/>
        <source>Meta&apos;s &amp;rate per message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="145"/>
        <source> (quicker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="179"/>
        <source>%1 per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="180"/>
        <source>not in Tandem&apos;s data: see Meta&apos;s rate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="182"/>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="183"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="188"/>
        <source>Tandem has no Meta price for this country and kind of message. Enter the rate from Meta&apos;s rate card to compare costs. Twilio is quicker to start either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="196"/>
        <source>At %1 messages a month, going direct to Meta saves about %2 a month (%3 a year). The setup takes longer, but at this volume it pays off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="201"/>
        <source>At %1 messages a month, Twilio costs only %2 a month more than going direct, and you can send today. Start with Twilio; Tandem can switch you to Meta later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="205"/>
        <source>Twilio&apos;s fee: %1 (%2). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="208"/>
        <source>Meta&apos;s rate for %1: from %2, dated %3%4. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="210"/>
        <source> (a third party&apos;s copy of Meta&apos;s rate card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="212"/>
        <source>Current rates: &lt;a href=&quot;%1&quot;&gt;Meta&apos;s rate card&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerView</name>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="34"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="35"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="39"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="41"/>
        <source>Audience, message, preview, check and send; a later step opens once the ones before it are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="42"/>
        <source>1. Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="42"/>
        <source>2. Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="42"/>
        <source>3. Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="42"/>
        <source>4. Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="42"/>
        <source>5. Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="145"/>
        <source>The audience is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="150"/>
        <source>Wait for the check to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="153"/>
        <source>Nobody in this audience can receive this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="192"/>
        <source>%1 message(s) through &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="229"/>
        <source>Not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigField</name>
    <message>
        <location filename="../core/providers/configfield.cpp" line="25"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="28"/>
        <source>%1 must be one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="32"/>
        <source>%1 must be a web address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="37"/>
        <source>%1 must start with https://: your tokens are sent there and must not cross the internet unencrypted (only a sandbox on this computer may use http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="46"/>
        <source>%1 does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="47"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <location filename="../ui/forms/configform.cpp" line="74"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="116"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="117"/>
        <source>Show or hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="194"/>
        <source>Stored in the system keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurePage</name>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="24"/>
        <source>For example: Corner Bakery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="25"/>
        <source>Sender &amp;name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="42"/>
        <source>Fill in the demo credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="69"/>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="70"/>
        <source>Copy these from your %1 account. Fields marked * are needed; hover over a field for where to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="110"/>
        <source>Demo shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="18"/>
        <source>Opted out: never send to this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="21"/>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="24"/>
        <source>vip, newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="26"/>
        <source>first_name: Ana
city: Porto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="35"/>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="36"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="37"/>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="38"/>
        <source>Other &amp;fields:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="88"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="93"/>
        <source>Choose the column with the phone numbers. The columns are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="148"/>
        <source>No phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="163"/>
        <source>A value is longer than 64 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="168"/>
        <source>The line is not valid UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="173"/>
        <source>The line has %1 values but the header names %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="230"/>
        <source>The contact %1 vanished while it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="160"/>
        <source>Opted out on %1 (%2). Tandem never sends to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="164"/>
        <source>Stopped marketing messages on %1: only utility and service messages reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="168"/>
        <source>Free text reaches them until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="170"/>
        <source>Their 24-hour window closed %1: only templates reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="184"/>
        <source>Opted out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="185"/>
        <source>No marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="186"/>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="211"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="213"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="215"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="217"/>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="219"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="221"/>
        <source>Last message from them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="41"/>
        <source>Search number, name, tag or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="45"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="70"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="72"/>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="89"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="90"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="92"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="93"/>
        <source>Mark &amp;opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="94"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="95"/>
        <source>&amp;Message selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="129"/>
        <source>The contacts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="137"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="150"/>
        <source>%1 of %2 contacts shown, %3 selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="176"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="181"/>
        <location filename="../ui/contacts/contactsview.cpp" line="186"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="189"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="203"/>
        <source>The contact could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="212"/>
        <source>Delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="213"/>
        <source>Delete %n contact(s)? Broadcasts already sent keep their results.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="220"/>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="232"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <location filename="../ui/replies/conversationlistmodel.cpp" line="30"/>
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replies/conversationlistmodel.cpp" line="32"/>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/conversationlistmodel.cpp" line="37"/>
        <source>%1 (%2) opted out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/conversationlistmodel.cpp" line="38"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/csv/csvreader.cpp" line="76"/>
        <source>A quote (&quot;) opened on this line is never closed, so the line cannot be read. Close the quote or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="84"/>
        <source>&quot;%1&quot; is not a database address; it looks like postgresql://user@host:5432/tandem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="112"/>
        <source>Could not connect to the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="123"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="132"/>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="157"/>
        <source>Could not prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="44"/>
        <source>Could not read the database&apos;s version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="46"/>
        <source>This database was written by a newer version of Tandem (data format %1; this program knows up to %2). Update Tandem to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="82"/>
        <source>Updating the database to format %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="21"/>
        <source>Copying %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="30"/>
        <source>The two databases have different formats; open both with this Tandem first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="37"/>
        <source>The target database already holds data (%1): Tandem copies only into an empty one, so nothing is mixed up or lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <location filename="../core/outbox/dispatcher.cpp" line="29"/>
        <source>The Tandem that was sending it stopped (or stopped responding) before the provider answered, so it is not known whether it went out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="16"/>
        <source>Saving your sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="21"/>
        <source>Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="43"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="53"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="54"/>
        <source>&quot;%1&quot; is ready. Its settings are saved in Tandem and its token in your system keychain. Press Finish to see your senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="59"/>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditProfileDialog</name>
    <message>
        <location filename="../ui/forms/editprofiledialog.cpp" line="19"/>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/editprofiledialog.cpp" line="21"/>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/forms/editprofiledialog.cpp" line="62"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraCa</name>
    <message>
        <location filename="../core/util/extraca.cpp" line="12"/>
        <source>No certificate could be read from %1 (TANDEM_EXTRA_CA): it must be a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="50"/>
        <location filename="../ui/contacts/importdialog.cpp" line="143"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="53"/>
        <source>A CSV file with a column of phone numbers: type or paste its path, or choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="54"/>
        <source>CSV file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="57"/>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="69"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="80"/>
        <source>optional, for example: spring-sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="83"/>
        <source>The file&apos;s first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="96"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="109"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="112"/>
        <source>Numbers without +code are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="113"/>
        <source>&amp;Phone number column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="114"/>
        <source>&amp;Name column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="115"/>
        <source>&amp;Tags column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="116"/>
        <source>&amp;Opted-out column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="117"/>
        <source>Add this tag to &amp;every row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="120"/>
        <source>The first rows of the file. Columns not chosen above become fields you can use in templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="143"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="153"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="164"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="164"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="172"/>
        <source>Choose the column that holds the phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="173"/>
        <source>About %n row(s) to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="222"/>
        <source>Will be read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="231"/>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="273"/>
        <source>Importing… %1 of about %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="279"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="286"/>
        <source>Cancelling… nothing of this file will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="308"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="314"/>
        <source>Import cancelled. Your contacts are as they were before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="317"/>
        <source>%1 new contact(s), %2 merged with existing ones, %3 line(s) rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="323"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="326"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboundPoller</name>
    <message>
        <location filename="../core/inbox/inboundpoller.cpp" line="151"/>
        <source>Opt-out confirmation to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="55"/>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="56"/>
        <source>Template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="70"/>
        <source>%1 has not written to you, so WhatsApp only lets you send an approved template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="72"/>
        <source>More than 24 hours have passed since %1 last wrote (the window closed %2): WhatsApp only lets you send an approved template now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="210"/>
        <source>That contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="227"/>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="50"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="50"/>
        <source>Tandem — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="62"/>
        <source>&amp;Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="63"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="64"/>
        <source>&amp;New broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="65"/>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="66"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="71"/>
        <source>&amp;Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="67"/>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="71"/>
        <source>&amp;Replies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="76"/>
        <source>%n new message(s) from customers, under Replies.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="106"/>
        <source>Broadcast queued; it is shown under Activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source> DEMO: nothing leaves this computer </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="124"/>
        <source>&quot;%1&quot; works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="124"/>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="130"/>
        <source>Test message sent from &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="131"/>
        <source>Test message from &quot;%1&quot; not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="137"/>
        <source>Tandem could not save a sending result, and will try again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="142"/>
        <source>%n message(s) without an answer were found at the provider: they arrived.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="144"/>
        <source>%n message(s) without an answer had not reached the provider and were sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="170"/>
        <source>No WhatsApp sender set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="176"/>
        <source>Tandem sends your WhatsApp messages through Twilio or directly through Meta&apos;s Cloud API. Set up a sender to start: Tandem explains the difference and checks the connection for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="183"/>
        <source>Set up WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="207"/>
        <source>Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="208"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="208"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="208"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="208"/>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="228"/>
        <source>Set up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="229"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="230"/>
        <source>Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="231"/>
        <source>Send test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="232"/>
        <source>Switch provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="233"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&amp;Set up WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="247"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="250"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="252"/>
        <source>&amp;Delivery reports and replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="254"/>
        <source>&amp;Shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="258"/>
        <source>Not in the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="260"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="261"/>
        <source>&amp;About Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="287"/>
        <source>Reports: receiver on port %1 · %2 received · %3 customer message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="292"/>
        <source>Reports: receiver stopped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="294"/>
        <source>Reports: asking Twilio (no receiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="318"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="319"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="321"/>
        <source>Working (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="322"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="323"/>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="323"/>
        <source>Meta Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="344"/>
        <source>Token needed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="347"/>
        <source>This computer&apos;s keychain has no token for this sender. Broadcasts you compose here are sent by a computer that has it (for example the server running tandem-cli serve), or add the token here with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>Checking &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="470"/>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="470"/>
        <source>Your WhatsApp number (with + and the country code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="473"/>
        <source>Sending a test message from &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="482"/>
        <source>Remove sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="483"/>
        <source>Remove &quot;%1&quot;? Its settings are deleted and its tokens removed from the system keychain. Broadcasts already sent through it stay under Activity; whatever it still had to send is cancelled. Your contacts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="493"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="501"/>
        <source>About Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="502"/>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;WhatsApp messages for small businesses, through Twilio or Meta&apos;s Cloud API directly.&lt;/p&gt;&lt;p&gt;Tokens are kept only in your system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="52"/>
        <source>Hello {{name}}, your order is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="56"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="57"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="58"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="69"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="70"/>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="71"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="73"/>
        <source>Paste the template&apos;s text here, for example: Hi {{1}}, your order {{2}} is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="79"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="80"/>
        <source>Free text only reaches customers who wrote to you in the last 24 hours; for the others, use a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="85"/>
        <source>&amp;Link to the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="86"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="87"/>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="92"/>
        <source>From the &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="93"/>
        <source>Header &amp;image link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="94"/>
        <source>Template &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="95"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="96"/>
        <source>Content &amp;SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="97"/>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="98"/>
        <source>Template &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="104"/>
        <source>&amp;Send through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="105"/>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="109"/>
        <source>Variables: where each {{placeholder}} gets its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="152"/>
        <source>Template (reaches everyone who opted in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="153"/>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="154"/>
        <source>Picture or document by link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="162"/>
        <source>Twilio sends approved templates by their Content SID (Twilio Console → Content Template Builder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="163"/>
        <source>Meta sends approved templates by name and language (WhatsApp Manager → Message templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="177"/>
        <source>None synced yet (Templates tab): type it in below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="178"/>
        <source>Choose one, or type it in below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="213"/>
        <source>Header %1 link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="326"/>
        <source>Set up a WhatsApp sender first (Senders tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="330"/>
        <source>Write the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="335"/>
        <source>Give the link to the file, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="340"/>
        <source>Give the template&apos;s Content SID (it starts with HX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="342"/>
        <source>Give the template&apos;s name and language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="345"/>
        <source>The template shows a %1 at the top: give the link to the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="32"/>
        <source>Waiting for WhatsApp&apos;s review (usually minutes, at most 24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="34"/>
        <source>Rejected by WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="35"/>
        <source>Rejected by WhatsApp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="37"/>
        <source>Paused by WhatsApp because customers reported or blocked it (error 132015).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="39"/>
        <source>Disabled by WhatsApp for good (error 132016).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="41"/>
        <source>Not submitted to WhatsApp for approval yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="42"/>
        <source>Not approved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagingProvider</name>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="19"/>
        <source>This provider cannot list sent messages, so Tandem cannot tell whether it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="37"/>
        <source>This provider reports customers&apos; messages only to a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaCloudProvider</name>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="64"/>
        <location filename="../core/providers/metacloudprovider.cpp" line="75"/>
        <source>Enter the WhatsApp Business Account ID in the sender&apos;s settings: templates belong to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="122"/>
        <source>The Cloud API cannot be asked for a message&apos;s status; Meta reports delivered and read through the webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="14"/>
        <source>Meta Cloud API (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="15"/>
        <source>No middleman fee, templates and interactive messages; setup takes longer (Meta business verification, an app, a System User token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="18"/>
        <source>Phone number ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="19"/>
        <source>In Meta&apos;s App Dashboard under WhatsApp &gt; API Setup (not the phone number itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="20"/>
        <location filename="../core/providers/metadescriptor.cpp" line="23"/>
        <location filename="../core/providers/metadescriptor.cpp" line="25"/>
        <source>digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="21"/>
        <source>WhatsApp Business Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="22"/>
        <source>Next to the phone number ID. Needed to list and create templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="24"/>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="24"/>
        <source>At the top of your app in Meta&apos;s App Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="26"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="27"/>
        <source>A System User token with whatsapp_business_messaging (Business Settings &gt; System users). Temporary tokens expire after 24 hours. Kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="30"/>
        <source>a long token, usually starting with EAA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="31"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="32"/>
        <source>App Dashboard &gt; App settings &gt; Basic. Checks the signature of Meta&apos;s webhooks. Kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="34"/>
        <source>32 letters and digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="35"/>
        <source>Webhook verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="36"/>
        <source>Any phrase you choose; enter the same one in the App Dashboard&apos;s webhook settings. Kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="38"/>
        <source>at least 8 characters, no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="39"/>
        <source>Default country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="40"/>
        <source>Numbers written without + and a country code are read as numbers of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="42"/>
        <source>a two-letter country code such as US or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="43"/>
        <source>Graph API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="43"/>
        <source>Leave as is unless Meta retires this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="44"/>
        <source>like v23.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="45"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="45"/>
        <source>Leave as is unless you test against a local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="50"/>
        <source>Resend unanswered messages after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="51"/>
        <source>When a message was sent but Meta&apos;s answer never came (the connection dropped), Tandem cannot know whether it arrived, and by default waits for you to resend or drop it under Activity. With a number of minutes here, Tandem sends it again by itself once, after that long: a customer whose message did arrive then gets it twice. Leave empty to decide yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="55"/>
        <source>a whole number of minutes, for example 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metarequests.cpp" line="241"/>
        <source>Content SIDs (HX…) are Twilio templates. With Meta, send a template by its name and language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaResponses</name>
    <message>
        <location filename="../core/providers/metaresponses.cpp" line="39"/>
        <source>Meta did not confirm the webhook address; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaWebhook</name>
    <message>
        <location filename="../core/webhooks/metawebhook.cpp" line="57"/>
        <source>Meta reports that the message failed without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/metawebhook.cpp" line="127"/>
        <source>The webhook&apos;s body is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <location filename="../core/providers/networkerrors.cpp" line="72"/>
        <source>The message was sent, but the provider did not answer in time, so Tandem cannot tell whether it went out. It is not sent again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/networkerrors.cpp" line="78"/>
        <source>The message was sent, but the connection closed before the provider answered, so Tandem cannot tell whether it went out. It is not sent again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/networkerrors.cpp" line="92"/>
        <source>%1 answered that the message was taken, but the answer could not be read (perhaps a proxy changed it), so Tandem has no message id for it. It is not sent again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutKeywords</name>
    <message>
        <location filename="../core/inbox/optoutkeywords.cpp" line="15"/>
        <source>The opt-out keyword list needs &quot;stop&quot; and &quot;start&quot; lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <location filename="../core/inbox/optouts.cpp" line="74"/>
        <source>replied &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/optouts.cpp" line="79"/>
        <source>Twilio refused a message: they had replied STOP (21610)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/optouts.cpp" line="80"/>
        <source>%1 refused a message: opted out (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/optouts.cpp" line="84"/>
        <source>marked by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/optouts.cpp" line="86"/>
        <source>imported as opted out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/outbox/outboxbroadcasts.cpp" line="117"/>
        <source>The broadcast was cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/outboxbroadcasts.cpp" line="132"/>
        <source>There is no broadcast %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="28"/>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="36"/>
        <source>&quot;%1&quot; has no country code. Write it with + and the country code, or choose a default country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="40"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="43"/>
        <source>&quot;%1&quot; is not a valid phone number for its country. Check the digits and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../core/broadcast/preflight.cpp" line="58"/>
        <source>The template %1 has no %2 version; it exists in %3 (error 132001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/broadcast/preflight.cpp" line="60"/>
        <source>The sender&apos;s account has no template %1 (error 132001); sync the templates, or check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/broadcast/preflight.cpp" line="69"/>
        <source>The template takes %1 value(s) in its text, and the message gives %2 (error 132000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/broadcast/preflight.cpp" line="75"/>
        <source>The template has a %1 header: give the link to the file (error 132012).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="23"/>
        <source>under a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="28"/>
        <source>about %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="30"/>
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="31"/>
        <source>about %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="56"/>
        <source>Before anything is sent: who gets it, who does not and why, what it costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="108"/>
        <source>It cannot be sent as it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="109"/>
        <source>Will receive it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="110"/>
        <source>Opted out (never messaged):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="111"/>
        <source>Outside the 24-hour window (free text can&apos;t reach them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="112"/>
        <source>Missing a variable&apos;s value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="113"/>
        <source>Number WhatsApp can&apos;t reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="117"/>
        <source>Estimated cost: &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="119"/>
        <source>Meta&apos;s price plus Twilio&apos;s fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="119"/>
        <source>Meta&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="123"/>
        <source>%1: %2 message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="125"/>
        <source>%n recipient(s) in countries without a known rate are not in the estimate.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="129"/>
        <source>Sending takes %1 at this sender&apos;s pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="130"/>
        <source>Sending goes as fast as the provider answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="141"/>
        <source>Show…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="24"/>
        <source>As &amp;read by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="52"/>
        <source>Choose an audience with at least one contact to see the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="67"/>
        <source>[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="71"/>
        <source>Template %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="74"/>
        <source>Content template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="83"/>
        <source>Not sent: this contact opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="86"/>
        <source>Not sent: no value for %1. Give a fallback or fill the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="67"/>
        <source>Give the sender a name, for example your shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="69"/>
        <source>The sender&apos;s name is too long (80 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="72"/>
        <source>Unknown provider &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="79"/>
        <source>%1 has no setting called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="82"/>
        <source>%1 is a secret and is kept in the system keychain, not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="110"/>
        <location filename="../core/storage/profilerepository.cpp" line="176"/>
        <source>A sender called &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="112"/>
        <location filename="../core/storage/profilerepository.cpp" line="177"/>
        <source>Could not save the sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="126"/>
        <source>Could not read senders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="139"/>
        <location filename="../core/storage/profilerepository.cpp" line="180"/>
        <location filename="../core/storage/profilerepository.cpp" line="200"/>
        <source>There is no sender with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="149"/>
        <source>There is no sender called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="198"/>
        <location filename="../core/storage/profilerepository.cpp" line="220"/>
        <location filename="../core/storage/profilerepository.cpp" line="227"/>
        <source>Could not remove the sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="207"/>
        <source>%1 (removed, #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="240"/>
        <source>Could not record the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="43"/>
        <source>Unknown provider &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="49"/>
        <source>&quot;%1&quot; is not a secret setting of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="100"/>
        <source>The sender was not saved: its token could not be stored in the system keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="127"/>
        <source>The sender&apos;s token could not be stored in the system keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="159"/>
        <source>&quot;%1&quot; was removed, but its tokens could not be deleted from the system keychain (%2). Delete the entries named tandem, profile/%3/… there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDescriptor</name>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="19"/>
        <source>Messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="20"/>
        <source>How fast Tandem sends through this sender; 0 sends as fast as the provider answers. The default is the provider&apos;s standard rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="24"/>
        <source>a number, for example 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="25"/>
        <source>Backup sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="26"/>
        <source>The name of another sender that retries the messages this one cannot deliver (for the kinds of failure chosen below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="30"/>
        <source>Send through the backup on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="31"/>
        <source>Comma-separated kinds of failure, for example policy_blocked,rate_limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="33"/>
        <source>names like policy_blocked, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="34"/>
        <source>Answer STOP with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="35"/>
        <source>Optional: a short confirmation sent to a customer who opts out by writing STOP (or the like), for example &quot;You won&apos;t get our offers any more. Write START to come back.&quot; Leave empty to send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderErrors</name>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="14"/>
        <source>Meta could not authenticate the access token: it has expired or was revoked. Create a new token (a System User token does not expire) and enter it in the sender&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="19"/>
        <source>Meta reported an unknown API error. Check the request details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="21"/>
        <source>Meta&apos;s service is temporarily down. Tandem will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="23"/>
        <source>The app lacks the capability or permission for this call. Check the app&apos;s WhatsApp permissions in Meta&apos;s App Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="27"/>
        <source>The Meta app made too many API calls. Tandem waits and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="29"/>
        <source>Permission denied: the token lacks the whatsapp_business_messaging permission, or it was removed. Create a token with that permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="33"/>
        <source>Meta rejected a parameter (unknown, misspelled or too long), or the phone number ID is wrong. The details below name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="37"/>
        <source>The Meta access token has expired or is not valid. Create a new one (a System User token does not expire) and enter it in the sender&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="42"/>
        <source>The token is missing a permission this call needs. Give the System User whatsapp_business_messaging and whatsapp_business_management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="46"/>
        <source>The account is temporarily blocked for policy violations. See the account&apos;s status in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="50"/>
        <source>The WhatsApp Business Account reached its API rate limit. Tandem waits and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="54"/>
        <source>The number&apos;s sending rate was exceeded. Tandem slows down and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="58"/>
        <location filename="../core/providers/twilioerrors.cpp" line="100"/>
        <source>WhatsApp held back this marketing message because the customer is in a Meta experiment. You are not charged; sending again would fail too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="62"/>
        <source>Your business account may not message customers in this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="64"/>
        <source>Something went wrong at Meta. Tandem tries a few more times; if it keeps failing, open a Meta support ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="68"/>
        <source>Access denied: the token has no permission for this phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="70"/>
        <source>A required parameter is missing. The details below name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="72"/>
        <source>A parameter value is not valid. The details below say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="74"/>
        <source>Meta&apos;s service is temporarily unavailable. Tandem will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="76"/>
        <source>The recipient is your own business number. Choose another recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="78"/>
        <source>This number cannot receive the message: it is not on WhatsApp, has not accepted the latest terms, or uses a very old app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="82"/>
        <source>Your test number may only message numbers on its allowed list. Add this number to the list in the App Dashboard, or use a production number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="86"/>
        <source>The business account is locked (a policy violation or a wrong two-step PIN). See WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="90"/>
        <source>Meta refused because of a payment problem: add or fix the payment method of the WhatsApp Business Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="94"/>
        <source>The phone number is not registered correctly. Register it again in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="98"/>
        <location filename="../core/providers/twilioerrors.cpp" line="75"/>
        <source>More than 24 hours since this customer wrote to you: WhatsApp only allows an approved template now. Send a template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="102"/>
        <source>Too many earlier messages were blocked or reported as spam, so WhatsApp is limiting this number. Improve message quality and try later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="106"/>
        <source>WhatsApp did not deliver this marketing message to keep the customer&apos;s engagement healthy. Do not resend within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="110"/>
        <source>This customer stopped marketing messages from your business. Tandem marks them as opted out; do not resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="114"/>
        <source>WhatsApp does not support this message type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="116"/>
        <source>The media could not be processed. Check the link opens without a login and the file type and size are ones WhatsApp accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="120"/>
        <source>Too many messages to this one customer in a short time. Tandem waits before sending to them again; other customers are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="124"/>
        <source>The account is in maintenance for a minute. Tandem tries again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="126"/>
        <source>Marketing templates are switched off for Cloud API on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="128"/>
        <source>The messaging limit was lowered because of template classification violations. Wait until the enforcement ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="132"/>
        <location filename="../core/providers/twilioerrors.cpp" line="94"/>
        <source>The number of template variables does not match the template. Give every variable a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="136"/>
        <source>This template does not exist in this language or is not approved yet. Check its name and language in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="140"/>
        <source>With its variables filled in, the template is too long. Shorten the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="144"/>
        <source>A variable breaks WhatsApp&apos;s formatting rules (for example a newline, a tab or more than four spaces in a row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="148"/>
        <source>A template variable has the wrong format for the template (for example text where an image is expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="152"/>
        <source>A template variable contains a line break, a tab or more than four spaces in a row, which WhatsApp does not allow. Edit the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="156"/>
        <source>This template was paused or disabled by WhatsApp for low quality. Edit it or use another template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="160"/>
        <source>The phone number is not registered on WhatsApp&apos;s platform. Register it in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="164"/>
        <source>Meta rejected the request with a generic user error. Check the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="179"/>
        <source>Meta reported error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="198"/>
        <source>Its answer was not the JSON the Cloud API sends; check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="13"/>
        <source>Twilio did not accept the Account SID and Auth Token (or API key). Copy them again from the Twilio Console and check the account is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="17"/>
        <source>Twilio could not find this account or message. Check the Account SID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="19"/>
        <source>Twilio is receiving too many requests at once from this account. Tandem slows down and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="23"/>
        <source>This phone number is not valid. Check it, including the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="25"/>
        <source>Your Twilio account may not send to this country. Enable it under Messaging &gt; Settings &gt; Geo permissions in the Twilio Console; the change takes effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="30"/>
        <source>The message has no text. Write a message or choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="32"/>
        <source>The sender has neither a WhatsApp number nor a Messaging Service. Set one of them in the sender&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="36"/>
        <source>The message has no recipient number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="38"/>
        <source>This customer replied STOP to your number. Twilio will not deliver to them until they send START; Tandem marks them as opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="42"/>
        <source>The text is longer than Twilio&apos;s 1,600-character limit. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="44"/>
        <source>The message needs text, a media link or a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="46"/>
        <source>A media link is not a valid public web address. Use a link that starts with https:// and opens without a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="50"/>
        <source>Twilio does not know this Content template (ContentSid). Check the template&apos;s SID (HX…) in Twilio&apos;s Content Template Builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="54"/>
        <source>The template&apos;s variables were not accepted. Check that every variable of the template has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="58"/>
        <source>The message was filtered as possible spam. Change the wording; if it keeps happening, contact Twilio support with a few message SIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="62"/>
        <source>The message waited too long in Twilio&apos;s queue and expired. It can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="66"/>
        <source>WhatsApp could not find this recipient. Check the number is on WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="70"/>
        <source>Twilio has no WhatsApp sender for your &apos;From&apos; number on this account. Check the number, and that it is approved for WhatsApp in the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="79"/>
        <source>Your Twilio account is sending faster than its limit. Tandem slows down and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="83"/>
        <source>WhatsApp&apos;s sending limit for this number was reached (the Twilio Sandbox allows one message every 3 seconds; business numbers have a daily limit of new customers). Tandem waits and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="88"/>
        <source>This number cannot receive WhatsApp messages: it is not on WhatsApp, has not accepted WhatsApp&apos;s terms, or uses a very old app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="92"/>
        <source>The template does not exist in this language or is not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="98"/>
        <source>WhatsApp could not deliver this message to the customer&apos;s app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="114"/>
        <source>Twilio reported error %1: %2 See https://www.twilio.com/docs/errors/%1 for what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="136"/>
        <source>Twilio said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="66"/>
        <source>The provider did not accept the sender&apos;s credentials. Check them in the sender&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="69"/>
        <source>The provider asked Tandem to slow down. Tandem waits and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="71"/>
        <source>The provider had a temporary problem (HTTP %1). Tandem will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="74"/>
        <source>The provider rejected the request (HTTP %1). The details below say what it objected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="78"/>
        <source>The provider gave an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="20"/>
        <source>Choose how to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="21"/>
        <source>Both deliver the same WhatsApp messages. They differ in cost, setup time and features; you can switch later without losing your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="73"/>
        <source>Your numbers point to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiverDialog</name>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="32"/>
        <source>Receive delivery reports and customers&apos; replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="38"/>
        <source>Send a test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="39"/>
        <source>Send this Meta number&apos;s webhooks here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="40"/>
        <source>Show the verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="41"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="45"/>
        <source>Delivery reports and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="65"/>
        <source>Addresses per sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="66"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="66"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="66"/>
        <source>Address to give the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="74"/>
        <source>Twilio and Meta tell Tandem when a message was delivered or read, when one failed later, and when a customer writes back, by calling a web address (a webhook). Tandem&apos;s receiver listens on this computer; the internet reaches it through a tunnel, for example &quot;cloudflared tunnel --url http://localhost:8080&quot; or &quot;ngrok http 8080&quot;, which gives you the public address to enter below. On a small server, run &quot;tandem-cli webhooks serve&quot; instead.

Without a receiver Tandem asks Twilio about each message itself, a minute after sending and then less often. Meta cannot be asked: its reports and replies only arrive through a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="86"/>
        <source>Twilio: Tandem gives the status address with every message; paste the incoming-messages address into your WhatsApp sender&apos;s settings in the Twilio Console. Meta: in your app&apos;s dashboard, under WhatsApp &gt; Configuration, enter the address and the sender&apos;s webhook verify token, subscribe to &quot;messages&quot;, and make sure the sender has the App Secret (it checks Meta&apos;s signature) - or let Tandem point the number&apos;s webhooks here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="97"/>
        <source>Port on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="98"/>
        <source>Public address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="176"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="185"/>
        <source>&lt;public address&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="191"/>
        <source>incoming messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="194"/>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="194"/>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="196"/>
        <source>Twilio is told where to send delivery reports with each message (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="199"/>
        <source>Paste this into Meta&apos;s app dashboard with the sender&apos;s webhook verify token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="213"/>
        <source>The receiver is listening on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="215"/>
        <source>The receiver is not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="217"/>
        <source>The receiver is off: Tandem asks Twilio for each message&apos;s status; Meta&apos;s reports cannot arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="237"/>
        <source>This sender has no webhook verify token yet: choose a phrase and enter it under Edit, then the same phrase in Meta&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="241"/>
        <source>Verify token for Meta&apos;s dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="265"/>
        <source>Sending a signed test report to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="282"/>
        <source>Asking Meta to send this number&apos;s webhooks to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="288"/>
        <source>Set the sender&apos;s webhook verify token first (Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="301"/>
        <source>Meta now sends this number&apos;s webhooks to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiverSettings</name>
    <message>
        <location filename="../core/webhooks/receiversettings.cpp" line="35"/>
        <source>The public address must be a web address such as https://shop.trycloudflare.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/receiversettings.cpp" line="38"/>
        <source>The public address is the receiver&apos;s root: leave out anything after ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/receiversettings.cpp" line="43"/>
        <source>Meta only calls https:// addresses; a tunnel (cloudflared, ngrok) gives you one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiverThread</name>
    <message>
        <location filename="../core/webhooks/receiverthread.cpp" line="41"/>
        <source>Port %1 is in use or not allowed: choose another in the delivery report settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientList</name>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="26"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="33"/>
        <source>The first line must name the columns, one of them &quot;phone&quot;. Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="40"/>
        <source>Variable %1 uses the column &quot;%2&quot;, which the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="78"/>
        <source>No value in column &quot;%1&quot; for variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="83"/>
        <source>%1 is already in the list; sent once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="233"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="235"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="237"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="239"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="241"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="243"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="245"/>
        <source>Problem · code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="247"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <location filename="../core/outbox/reconciler.cpp" line="146"/>
        <source>Tandem could not ask the provider whether it arrived (%1) and will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/reconciler.cpp" line="166"/>
        <source>The provider has no record of this message, even after Tandem sent it once more without an answer. Resend it or drop it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepliesView</name>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="39"/>
        <source>&amp;Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="42"/>
        <source>Send &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="48"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="57"/>
        <source>Messages with this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="69"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="70"/>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="74"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="76"/>
        <source>Outside the 24-hour window a reply must be a template: its name (Meta) or Content SID (Twilio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="77"/>
        <source>Template name (Meta) or Content SID HX… (Twilio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="79"/>
        <source>Template language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="80"/>
        <source>Language, e.g. en_US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="230"/>
        <source>Choose a conversation on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="241"/>
        <source>They opted out of your messages; a reply still reaches them while their window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="244"/>
        <source>Free text reaches them until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="247"/>
        <source>Choose a template below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="275"/>
        <source>Reply queued; it goes out in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="302"/>
        <source>Template queued; it goes out in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="22"/>
        <source>This secret is not in the system keychain. Enter it again in the sender&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="28"/>
        <source>No system keychain is available. Tandem keeps tokens only in the keychain: on Linux, start a Secret Service such as GNOME Keyring or KWallet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="35"/>
        <source>The system keychain refused access. Unlock it (or allow Tandem when asked) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="40"/>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="18"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="19"/>
        <source>Send &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="23"/>
        <location filename="../ui/composer/sendpage.cpp" line="45"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="25"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="29"/>
        <source>Spring sale, 1st reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="45"/>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="48"/>
        <source>Preparing %v of %m messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="55"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="60"/>
        <source>A scheduled broadcast starts when Tandem is running at that time; if it is closed then, it starts the next time Tandem opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderActions</name>
    <message>
        <location filename="../ui/mainwindow/senderactions.cpp" line="26"/>
        <source>Unknown provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderPool</name>
    <message>
        <location filename="../core/outbox/senderpool.cpp" line="144"/>
        <source>Unknown provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/senderpool.cpp" line="147"/>
        <source>The token of &quot;%1&quot; is not in this computer&apos;s keychain: another computer sharing the database sends for it, or add the token here (Edit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <location filename="../ui/wizard/setupcontroller.cpp" line="89"/>
        <source>%1 (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="18"/>
        <source>Set up WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="36"/>
        <source>Switch &quot;%1&quot; to another provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedDatabase</name>
    <message>
        <location filename="../core/storage/shareddatabase.cpp" line="46"/>
        <source>A shared database&apos;s address starts with postgresql://, for example postgresql://shop@db.example.com:5432/tandem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/shareddatabase.cpp" line="50"/>
        <source>The address needs a server and a database name, for example postgresql://shop@db.example.com:5432/tandem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/shareddatabase.cpp" line="53"/>
        <source>Leave the password out of the address and type it in the password field: Tandem keeps it in this computer&apos;s keychain, never in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="23"/>
        <source>&amp;Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="24"/>
        <source>&amp;Use this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="25"/>
        <source>Use this computer&apos;s &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="29"/>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="32"/>
        <source>Several computers (a second desk, or a small server running tandem-cli serve) can share one PostgreSQL database: every desk sees the same contacts, broadcasts and replies. Tokens stay in each computer&apos;s keychain; a computer without a sender&apos;s token shows it as &quot;token needed on this computer&quot; and the sending happens where the token is. Tandem opens the database at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="44"/>
        <source>kept in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="53"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="54"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="101"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="109"/>
        <source>✔ Connected. The database is ready for Tandem (format %1). &quot;Use this database&quot; saves it for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="135"/>
        <source>Saved. Tandem opens %1 at its next start; restart it now to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="144"/>
        <source>Tandem opens this computer&apos;s own file again at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateText</name>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="7"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="9"/>
        <location filename="../ui/activity/statetext.cpp" line="38"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="11"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="13"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="15"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="17"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="19"/>
        <source>Will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="21"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="23"/>
        <location filename="../ui/activity/statetext.cpp" line="42"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="25"/>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="34"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="36"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="40"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="44"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TandemCli</name>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="68"/>
        <source>broadcast %1 %2: %3/%4 done, %5 accepted, %6 failed, %7 waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="96"/>
        <location filename="../app/cli/contactcommands.cpp" line="21"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="107"/>
        <location filename="../app/cli/contactcommands.cpp" line="41"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="130"/>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="147"/>
        <source>Paused by the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="169"/>
        <source>Choose --resend or --drop, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="188"/>
        <source>Row %1 of broadcast %2 is not unconfirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="206"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="211"/>
        <source>%1 unanswered message(s) were found at the provider: accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="214"/>
        <source>%1 unanswered message(s) had not reached the provider: sent once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="241"/>
        <source>Unknown broadcast command &quot;%1&quot;. Use start, status, pause, resume, cancel, retry-failed or unconfirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="254"/>
        <source>Sending what the outbox holds; stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="35"/>
        <source>%1 imported, %2 merged, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="50"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="55"/>
        <source>%1 contacts written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="64"/>
        <source>Name the file: tandem-cli contacts %1 FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="69"/>
        <source>Unknown contacts command &quot;%1&quot;. Use import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/databasecommands.cpp" line="17"/>
        <source>db copy --from PATH.sqlite --to postgresql://user@host:5432/tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/databasecommands.cpp" line="29"/>
        <source>%1: %2 row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/databasecommands.cpp" line="37"/>
        <source>Copied %1 row(s) from %2 to %3. Each computer keeps the senders&apos; tokens in its own keychain: add them where Tandem sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="55"/>
        <source>No customer has written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="60"/>
        <source>%1  %2  %3 unread  %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="65"/>
        <source>  [opted out: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="86"/>
        <source>Nobody with the number %1 has written to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="114"/>
        <source>Free text reaches them until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="128"/>
        <source>inbox needs a command: list, or show NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>Tandem&apos;s command line: set up WhatsApp senders (Twilio or Meta&apos;s Cloud API) and send messages.

Commands:
  profile list [--json]                 the senders set up in the database
  profile show NAME [--json]            one sender&apos;s settings (secrets only as set/unset)
  profile add --name N --provider twilio|meta_cloud --set key=value … [--secrets-stdin]
  profile set NAME --set key=value … [--secrets-stdin]
  profile verify NAME                   check the credentials with the provider
  profile remove NAME                   remove the sender and its keychain entries
  send --profile N --to NUMBER (--text T | --media-url U [--caption C] |
       --template NAME --lang CODE [--var 1=value …] | --content-sid HX… [--var 1=value …])
  broadcast start --profile N --recipients FILE.csv (--text T | --template NAME --lang CODE |
       --content-sid HX…) [--var 1={column} …] [--wait]   one message to every row with a phone column
  broadcast status ID [--json] | pause ID | resume ID | cancel ID | retry-failed ID
  broadcast unconfirmed ID [--resend | --drop] [--row N]   sent, but no answer came: the provider may
                                        or may not have them; resend or drop them (one row or all)
  outbox run [--lease-ms MS] [--public-url URL]   send what the outbox holds until Ctrl+C / SIGTERM;
                                        several may share a database (one sends for each sender at a
                                        time). Twilio statuses come to --public-url&apos;s receiver, or
                                        are polled without it
  serve [--port N] [--bind ADDR] [--public-url URL]   the headless Tandem for a server: sends the
                                        outbox, runs the webhook receiver and asks Twilio where no
                                        webhook comes; logs to stdout; until SIGTERM (port 8080)
  db copy --from PATH.sqlite --to postgresql://user@host/tandem   move a desk&apos;s data to a shared
                                        database (PostgreSQL&apos;s password: PGPASSWORD or ~/.pgpass)
  webhooks serve [--port N] [--bind ADDR] [--public-url URL]   the receiver for delivery reports and
                                        customers&apos; messages, until Ctrl+C / SIGTERM (port 8080)
  webhooks urls --public-url URL [--json]   the addresses to give Twilio and Meta, per sender
  webhooks test PROFILE --public-url URL   send a signed test report there and check it arrived
  webhooks meta-override PROFILE --public-url URL   have Meta send this number&apos;s webhooks there
  templates sync NAME                   read the sender&apos;s templates from its account into Tandem
  templates list NAME [--json] | show NAME TEMPLATE [--lang CODE]   the catalogue, with statuses
  templates lint --file T.json [--json] check Meta&apos;s create-template JSON before submitting it
  templates create NAME --file T.json   lint, then submit for WhatsApp&apos;s review (Twilio: as Content)
  inbox list [--json]                   customers who wrote, newest first, with unread counts
  inbox show NUMBER [--json]            one customer&apos;s messages both ways, and their 24-hour window
  contacts import FILE [--region XX] [--json]   CSV with a phone column; bad rows reported by line
  contacts export FILE                  every contact as CSV that import reads back
  sandbox [--port N] [--latency-ms L] [--tls]   a local practice copy of both providers&apos; APIs

Secrets (auth_token, api_key_secret, access_token, app_secret, verify_token) are read as key=value
lines from standard input with --secrets-stdin and kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="106"/>
        <source>profile, send, broadcast, outbox, serve, webhooks, inbox, templates, contacts, db or sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="110"/>
        <source>The database: a file, or postgresql://user@host:5432/tandem for one shared by several computers (default: $TANDEM_DB, then a file in the application-data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="114"/>
        <source>db copy: the database to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="115"/>
        <source>templates lint/create: the template as Meta&apos;s create-template JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="117"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="118"/>
        <source>The sender&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="119"/>
        <source>twilio or meta_cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="120"/>
        <source>A non-secret setting, key=value (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="121"/>
        <source>Read secrets as key=value lines from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="122"/>
        <source>The sender to send with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="123"/>
        <source>The recipient&apos;s number, best with + and country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="124"/>
        <source>Send this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="125"/>
        <source>Send the media at this public link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="126"/>
        <source>image (default), document, video or audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="127"/>
        <source>A caption for the media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="128"/>
        <source>Send this approved Meta template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="129"/>
        <source>The template&apos;s language code, e.g. en_US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="130"/>
        <source>The template header&apos;s text variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="131"/>
        <source>The template header&apos;s image link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="132"/>
        <source>Send this Twilio Content template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="133"/>
        <source>A template variable, name=value (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="134"/>
        <source>sandbox: the port to listen on (default: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="135"/>
        <source>sandbox: delay every answer by this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="137"/>
        <source>sandbox: serve HTTPS with a certificate made at start (trusted through TANDEM_EXTRA_CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="140"/>
        <source>contacts import: the country of numbers written without a country code, e.g. DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="142"/>
        <source>broadcast: a CSV file with a phone column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="143"/>
        <source>broadcast start: send now and show progress until done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="144"/>
        <source>broadcast unconfirmed: send them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="145"/>
        <source>broadcast unconfirmed: do not send them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="146"/>
        <source>broadcast unconfirmed: only this row (see the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="148"/>
        <source>outbox run: how long a claim stays ours without a heartbeat; another worker takes over after it (default 30000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="153"/>
        <source>How long after an unanswered send Tandem asks Twilio whether it arrived (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="156"/>
        <source>How many requests may be under way at once (default 48).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="157"/>
        <source>Give up on a provider request after this long without progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="160"/>
        <source>send: send free text even though the customer has not written in the last 24 hours here (they wrote to you outside Tandem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="164"/>
        <source>The webhook receiver&apos;s public address (its &quot;/&quot;), as Twilio and Meta reach it: behind a proxy or tunnel, the address they sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="168"/>
        <source>webhooks serve: the address to listen on (default 0.0.0.0, every address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="171"/>
        <source>outbox run: first ask Twilio for a message&apos;s status this long after it was accepted (default 60000); later questions come 5, 30, 120, … times as late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="194"/>
        <source>The sandbox could not listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="197"/>
        <source>Tandem sandbox listening on %1 (open it in a browser for the example credentials). Stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="203"/>
        <source>Its certificate: %1 (trust it with TANDEM_EXTRA_CA=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="252"/>
        <source>profile needs a command: list, show, add, set, remove or verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="260"/>
        <source>broadcast needs a command: start, status, pause, resume, cancel, retry-failed or unconfirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="296"/>
        <source>Unknown command &quot;%1&quot;. See tandem-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="21"/>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="35"/>
        <source>Could not read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="44"/>
        <source>Line %1 of standard input is not key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="56"/>
        <source>%1 has no setting &quot;%2&quot;. Its settings are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="64"/>
        <source>%1 is a secret: give it on standard input with --secrets-stdin (a line &quot;%2=…&quot;), never as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="111"/>
        <source>No WhatsApp sender set up yet. Add one with: tandem-cli profile add --name NAME --provider twilio|meta_cloud --set key=value … --secrets-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="117"/>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="118"/>
        <source>verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="119"/>
        <source>check failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="129"/>
        <source>Name the sender: tandem-cli profile show NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="166"/>
        <source>Choose a provider with --provider: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="183"/>
        <source>Added sender &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="190"/>
        <source>Name the sender: tandem-cli profile set NAME --set key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="213"/>
        <source>Updated sender &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="220"/>
        <source>Name the sender: tandem-cli profile remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="226"/>
        <source>Removed sender &quot;%1&quot; and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="233"/>
        <source>Name the sender: tandem-cli profile verify NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="275"/>
        <source>Unknown profile command &quot;%1&quot;. Use list, show, add, set, remove or verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="18"/>
        <source>Choose the sender with --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="42"/>
        <source>Send a template (--template or --content-sid), or add --ignore-window if they wrote to you outside Tandem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="40"/>
        <location filename="../app/cli/webhookcommands.cpp" line="80"/>
        <source>--bind takes an IP address, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="46"/>
        <location filename="../app/cli/webhookcommands.cpp" line="86"/>
        <source>The receiver could not listen on port %1 (in use, or not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="38"/>
        <source>Give the template&apos;s JSON with --file T.json (could not read &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="43"/>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="59"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="59"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="62"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="98"/>
        <source>&quot;%1&quot; has no template %2 (sync first?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="103"/>
        <source>No templates: run templates sync &quot;%1&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="133"/>
        <source>This hour&apos;s %1 template requests to Meta are used up; try again in an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="164"/>
        <source>templates needs a sender: templates sync|list|create NAME, templates show NAME TEMPLATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="175"/>
        <source>templates needs a command: sync, list, show, create or lint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="34"/>
        <source>Give the receiver&apos;s public address with --public-url, for example https://tandem.example.com (what Twilio and Meta call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="56"/>
        <source>%1 (Twilio, id %2)
  status callback: %3
  incoming messages (in the sender&apos;s WhatsApp settings): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="63"/>
        <source>%1 (Meta, id %2)
  callback URL for Meta&apos;s app dashboard (with the sender&apos;s verify token): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="90"/>
        <source>Tandem webhook receiver listening on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="95"/>
        <source>No --public-url: signatures are checked against http://&lt;Host header&gt;/…, which only works without a proxy or tunnel in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="139"/>
        <source>Only Meta senders have webhook overrides; Twilio is told with each message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="146"/>
        <source>Set the sender&apos;s webhook verify token first (profile set NAME --secrets-stdin, a line verify_token=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="155"/>
        <source>Meta now sends this number&apos;s webhooks to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="178"/>
        <source>webhooks needs a command: serve, urls, test PROFILE or meta-override PROFILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="32"/>
        <source>&amp;Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="35"/>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="39"/>
        <source>Utility: about an order, an appointment, an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="40"/>
        <source>Marketing: offers, news, invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="41"/>
        <source>Authentication: one-time codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="44"/>
        <source>No header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="45"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="46"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="47"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="49"/>
        <source>Header text or media example link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="50"/>
        <source>The header&apos;s text, or a link to a sample file for the reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="52"/>
        <source>Hi {{1}}, your order {{2}} is ready for pickup today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="54"/>
        <source>An example for each variable, separated by commas: Ann, A-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="57"/>
        <source>Quick-reply buttons, one per line (up to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="60"/>
        <source>Link button text, e.g. See the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="62"/>
        <source>Link button address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="65"/>
        <source>Problems found before submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="70"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="71"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="72"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="73"/>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="75"/>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="76"/>
        <source>&amp;Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="77"/>
        <source>&amp;Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="78"/>
        <source>&amp;Quick replies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="79"/>
        <source>Link &amp;button:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="81"/>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="88"/>
        <source>What WhatsApp&apos;s reviewers would say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="144"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="144"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="148"/>
        <source>No problems found: it is ready to submit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLinter</name>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="61"/>
        <source>Some {{ }} are not closed or opened: write each variable as {{1}} (or {{name}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="69"/>
        <source>A variable may not be the very first or last thing: add words before and after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="73"/>
        <source>Two variables may not stand next to each other: put words between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="79"/>
        <source>The named variable {{%1}} must use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="89"/>
        <source>Variables are numbered from {{1}} in order without gaps; found {{%1}} where {{%2}} belongs (for named variables, set parameter_format to NAMED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="115"/>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="118"/>
        <source>The name may hold only lowercase letters, digits and underscores, like order_ready_2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="122"/>
        <source>The name may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="125"/>
        <source>Give the template&apos;s language code, like en_US or pt_BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="129"/>
        <source>The category is MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="133"/>
        <source>parameter_format is POSITIONAL ({{1}}) or NAMED ({{name}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="146"/>
        <source>A text header needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="149"/>
        <source>A text header may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="154"/>
        <source>A text header may hold one variable at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="160"/>
        <source>Give an example for the header&apos;s variable (example.header_text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="164"/>
        <source>A %1 header needs a sample file (example.header_handle) for the reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="169"/>
        <source>The header&apos;s format is TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="174"/>
        <source>The body needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="177"/>
        <source>The body may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="188"/>
        <source>Give an example for {{%1}} (example.body_text_named_params).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/templates/templatelinter.cpp" line="195"/>
        <source>Give one example for each of the body&apos;s %n variable(s) (example.body_text); found %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/templates/templatelinter.cpp" line="205"/>
        <source>There are few words for %n variable(s): WhatsApp rejects templates that are mostly variables. Add fixed text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="214"/>
        <source>&quot;%1&quot; sounds like marketing: a utility template with it is re-categorised as marketing (and priced so) or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="226"/>
        <source>The footer may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="228"/>
        <source>The footer may not hold variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="232"/>
        <source>At most %1 buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="241"/>
        <source>Every button needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="244"/>
        <source>A button&apos;s text may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="247"/>
        <source>A button&apos;s text may not hold variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="253"/>
        <source>A link button needs a web address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="256"/>
        <source>A link may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="259"/>
        <source>A link may hold one variable at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="262"/>
        <source>A link&apos;s variable may only come at its very end, like https://shop.example/orders/{{1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="266"/>
        <source>Give an example of the full link (example) for its variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="271"/>
        <source>A call button needs the number with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="275"/>
        <source>A button is QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP or FLOW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="280"/>
        <source>At most %1 link buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="282"/>
        <source>At most one call button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="285"/>
        <source>A component is HEADER, BODY, FOOTER or BUTTONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="289"/>
        <source>Every template needs a body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSync</name>
    <message>
        <location filename="../core/templates/templatesync.cpp" line="28"/>
        <source>Meta allows %1 template requests an hour for an account, and this hour&apos;s are used up. Try again in an hour; the catalogue stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="35"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="43"/>
        <source>S&amp;ync from the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="44"/>
        <source>&amp;New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="57"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="58"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="58"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="58"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="72"/>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/templates/templatesview.cpp" line="146"/>
        <source>%n template(s), synced %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="148"/>
        <source>Not synced yet: press Sync to read this sender&apos;s templates from its account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="160"/>
        <source>Choose a template to see it as your customers will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="191"/>
        <source>Unknown provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="204"/>
        <source>Reading the templates from the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="232"/>
        <source>Submitting %1 for WhatsApp&apos;s review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="239"/>
        <source>This hour&apos;s template requests to Meta are used up; try again in an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="258"/>
        <source>%1 was submitted: WhatsApp usually decides within minutes (at most 24 hours); sync to see the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <location filename="../ui/common/testmessage.cpp" line="17"/>
        <source>Hello from Tandem! Your WhatsApp sender &quot;%1&quot; works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestMessagePage</name>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="22"/>
        <source>Send yourself a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="23"/>
        <source>Optional. Enter your own WhatsApp number to see a message arrive, or press Next to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="26"/>
        <source>Your WhatsApp &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="31"/>
        <source>&amp;Send test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="53"/>
        <source>Tandem sends Meta&apos;s &quot;hello_world&quot; template: WhatsApp only lets a business start a chat with an approved template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="55"/>
        <source>Tandem sends a short text. With Twilio&apos;s sandbox number, first send the sandbox&apos;s join code from your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="76"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="86"/>
        <source>✔ Sent to %1. It should arrive on your phone within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="88"/>
        <source>✘ Not sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwilioCallbacks</name>
    <message>
        <location filename="../core/webhooks/twiliocallbacks.cpp" line="32"/>
        <source>Twilio reports that the message was not delivered (%1) without saying why. Its Messaging logs may tell more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwilioProvider</name>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="14"/>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="15"/>
        <source>Quick to start: a free sandbox in minutes, one bill, $0.005 per message on top of Meta&apos;s price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="17"/>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="17"/>
        <source>On the Twilio Console home page, under Account Info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="19"/>
        <source>starts with AC, followed by 32 letters and digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="20"/>
        <source>Auth Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="21"/>
        <source>Next to the Account SID in the Twilio Console. Also checks the signature of Twilio&apos;s status callbacks. Kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="23"/>
        <source>32 letters and digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="24"/>
        <source>API Key SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="25"/>
        <source>Optional, and safer than the Auth Token: create an API key under Account &gt; API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="27"/>
        <source>starts with SK, followed by 32 letters and digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="28"/>
        <source>API Key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="29"/>
        <source>Shown once when the API key is created. Kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="31"/>
        <source>32 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="32"/>
        <source>WhatsApp sender number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="33"/>
        <source>Your WhatsApp-enabled number in international format. The Twilio Sandbox number is +14155238886.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="35"/>
        <source>+ then the country code and number, digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="36"/>
        <source>Messaging Service SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="37"/>
        <source>Optional instead of a sender number: Twilio picks a sender from the service and queues for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="39"/>
        <source>starts with MG, followed by 32 letters and digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="40"/>
        <source>Default country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="41"/>
        <source>Numbers written without + and a country code are read as numbers of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="43"/>
        <source>a two-letter country code such as US or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="44"/>
        <source>Public status callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="45"/>
        <source>Where Twilio reports delivered/read/failed; only needed when Tandem&apos;s webhook receiver is reachable from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="48"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="48"/>
        <location filename="../core/providers/twiliodescriptor.cpp" line="50"/>
        <source>Leave as is unless you test against a local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="50"/>
        <source>Content API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="63"/>
        <source>Enter the Auth Token, or an API Key SID with its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="66"/>
        <source>The API Key SID needs its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="69"/>
        <source>Enter the WhatsApp sender number, or a Messaging Service SID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioresponses.cpp" line="31"/>
        <source>The Twilio account is %1, not active. Reactivate it in the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioprovider.cpp" line="120"/>
        <source>Twilio named a next page on another host; Tandem did not follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliorequests.cpp" line="188"/>
        <source>Twilio sends templates by their Content SID (HX…), not by name. Find the SID in Twilio&apos;s Content Template Builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliorequests.cpp" line="193"/>
        <source>Through Twilio, buttons and lists are Content templates: create a quick-reply or list-picker template in Twilio&apos;s Content Template Builder and send it by its SID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariableMappingEditor</name>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="26"/>
        <source>Template variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="28"/>
        <source>Each variable of the template, and the contact field or fixed text that fills it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <source>Filled from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="115"/>
        <source>Fixed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <source>If empty, use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="82"/>
        <source>same text for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="85"/>
        <source>leave empty to skip such contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="111"/>
        <source>Contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="112"/>
        <source>Contact&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="114"/>
        <source>Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="18"/>
        <source>Checking the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="19"/>
        <source>Tandem asks the provider whether these credentials work. Nothing is sent to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="31"/>
        <source>Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="33"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="71"/>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="71"/>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="71"/>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="83"/>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="86"/>
        <source>✔ The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="89"/>
        <source>Number: %1
Verified name: %2
Quality rating: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="94"/>
        <source>Account: %1
Status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="97"/>
        <source>✘ The check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="99"/>
        <source>(%1 code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSelfTest</name>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="40"/>
        <source>Enter the receiver&apos;s public address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="60"/>
        <source>Twilio signs its callbacks with the Auth Token, and this sender has none (an API key cannot sign). Add the Auth Token in the sender&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="76"/>
        <source>Meta signs its webhooks with the app&apos;s App Secret, and this sender has none. Add it in the sender&apos;s settings (App Dashboard &gt; App settings &gt; Basic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="115"/>
        <source>The test report reached the receiver and was stored (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="117"/>
        <source>Nothing answered at %1 (%2). Is the receiver running, and does the address (tunnel or proxy) lead to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="121"/>
        <source>The receiver refused the signature. The public address must be exactly the one the provider calls (scheme, host, port and path), and the sender&apos;s secret must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="124"/>
        <source>The receiver answered, but the report is not in this database: is the receiver storing into another one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="127"/>
        <source>The receiver answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookServer</name>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="181"/>
        <source>No Twilio sender here has that account and number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="189"/>
        <source>The request is larger than a webhook can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="203"/>
        <source>There is no sender %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="208"/>
        <source>Sender %1 is not a %2 sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="212"/>
        <source>The sender&apos;s secrets could not be read from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="217"/>
        <source>Twilio&apos;s signature cannot be checked: sender %1 has no Auth Token (an API key does not sign callbacks). Add the Auth Token in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="227"/>
        <source>Twilio&apos;s signature does not match (for %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="239"/>
        <location filename="../core/webhooks/webhookserver.cpp" line="313"/>
        <location filename="../core/webhooks/webhookserver.cpp" line="329"/>
        <source>Meta&apos;s verify token does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="245"/>
        <source>Meta&apos;s signature cannot be checked: sender %1 has no App Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="246"/>
        <source>Meta&apos;s signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="296"/>
        <source>No Meta sender here has the phone number ID &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookserver.cpp" line="498"/>
        <source>Opt-out confirmation to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="13"/>
        <source>Send WhatsApp messages to your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="14"/>
        <source>Tandem connects your business number to WhatsApp, then sends order updates, reminders and offers to your contacts: each one once, at the right pace, with every failure explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="24"/>
        <source>&lt;p&gt;You can send through one of two providers. The next page compares them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Twilio&lt;/b&gt; — quick to start. You need a Twilio account, its &lt;i&gt;Account SID&lt;/i&gt; and &lt;i&gt;Auth Token&lt;/i&gt; (or an API key), and a WhatsApp sender number (Twilio&apos;s free sandbox number works for trying). &lt;a href=&quot;%1&quot;&gt;Sign up at Twilio&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Meta Cloud API (direct)&lt;/b&gt; — no middleman fee, buttons and lists. You need a verified Meta Business portfolio, an app with WhatsApp, the &lt;i&gt;phone number ID&lt;/i&gt; and a &lt;i&gt;System User access token&lt;/i&gt;. &lt;a href=&quot;%2&quot;&gt;Open Meta Business&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Tokens are kept in your computer&apos;s keychain, never in Tandem&apos;s files.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="50"/>
        <source>WhatsApp messages for small businesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>The database: a file, or postgresql://user@host:5432/tandem shared by several computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>Try Tandem against a built-in practice copy of Twilio and Meta: no account needed, nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <location filename="../app/main.cpp" line="82"/>
        <source>Tandem cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>%1

Open this computer&apos;s own file instead? (Settings &gt; Shared database chooses again.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem-cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="53"/>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="77"/>
        <source>Give the recipient with --to NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="82"/>
        <source>--var takes name=value, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="88"/>
        <source>Give exactly one of --text, --media-url, --template or --content-sid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="106"/>
        <source>--media-type is image, document, video or audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="114"/>
        <source>A template needs its language: --lang en_US (for example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="40"/>
        <source>%1, tandem-cli (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
