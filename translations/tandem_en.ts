<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="65"/>
        <source>Every recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="80"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="81"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="82"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="83"/>
        <source>Retry &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="84"/>
        <source>Retry failed &amp;through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="108"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="155"/>
        <source>Could not read the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="194"/>
        <source>%1: %2 after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="198"/>
        <source>(%1 code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="200"/>
        <source>Provider&apos;s message id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="238"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="244"/>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="244"/>
        <source>Paused by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="249"/>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="254"/>
        <source>Cancel broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="255"/>
        <source>Stop this broadcast? Messages already sent stay sent; the rest are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="259"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="264"/>
        <source>Failed messages queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="272"/>
        <source>Failed messages queued again through &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="28"/>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="30"/>
        <source>Content template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="32"/>
        <source>Media: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../ui/appcontext.cpp" line="20"/>
        <source>The demo sandbox could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="23"/>
        <source>&amp;Every contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="24"/>
        <source>Contacts with &amp;any of these tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="25"/>
        <source>The contacts &amp;selected on the Contacts screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="48"/>
        <source>Send to a &amp;CSV list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="50"/>
        <source>Imports the file&apos;s rows as contacts, tagged with the file&apos;s name, and sends to that tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="54"/>
        <source>Who gets this message? Contacts who opted out never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="89"/>
        <source>The %n contact(s) selected on the Contacts screen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="136"/>
        <source>Nobody yet: choose tags, or import contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="137"/>
        <source>%1 contact(s); %2 of them opted out and will not get it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BroadcastListModel</name>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="126"/>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="129"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="152"/>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="154"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="156"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="158"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="160"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="162"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="164"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="166"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="168"/>
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
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="50"/>
        <source>Meta Cloud API (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="51"/>
        <source>Setup time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="51"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="51"/>
        <source>Fee on top of Meta&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="52"/>
        <source>Meta&apos;s price per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="52"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="52"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="52"/>
        <source>Buttons and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="52"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Relationship with Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Estimated cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="60"/>
        <source>Help me choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="73"/>
        <source>Another country (enter Meta&apos;s rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="76"/>
        <source>Utility: orders, appointments, reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="77"/>
        <source>Marketing: offers and news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="78"/>
        <source>Authentication: one-time codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="79"/>
        <source>Service: replies to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="86"/>
        <source>&amp;Messages per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="88"/>
        <source>Main &amp;country of your customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="90"/>
        <source>&amp;Kind of message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="92"/>
        <source>Meta&apos;s &amp;rate per message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="144"/>
        <source> (quicker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="178"/>
        <source>%1 per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="179"/>
        <source>not in Tandem&apos;s data: see Meta&apos;s rate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="181"/>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="182"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="187"/>
        <source>Tandem has no Meta price for this country and kind of message. Enter the rate from Meta&apos;s rate card to compare costs. Twilio is quicker to start either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="195"/>
        <source>At %1 messages a month, going direct to Meta saves about %2 a month (%3 a year). The setup takes longer, but at this volume it pays off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="200"/>
        <source>At %1 messages a month, Twilio costs only %2 a month more than going direct, and you can send today. Start with Twilio; Tandem can switch you to Meta later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="204"/>
        <source>Twilio&apos;s fee: %1 (%2). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="207"/>
        <source>Meta&apos;s rate for %1: from %2, dated %3%4. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="209"/>
        <source> (a third party&apos;s copy of Meta&apos;s rate card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="211"/>
        <source>Current rates: &lt;a href=&quot;%1&quot;&gt;Meta&apos;s rate card&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerView</name>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="32"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="33"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="37"/>
        <source>1. Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="37"/>
        <source>2. Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="37"/>
        <source>3. Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="37"/>
        <source>4. Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="37"/>
        <source>5. Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="132"/>
        <source>The audience is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="137"/>
        <source>Wait for the check to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="138"/>
        <source>Nobody in this audience can receive this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="176"/>
        <source>%1 message(s) through &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="206"/>
        <source>Not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigField</name>
    <message>
        <location filename="../core/providers/configfield.cpp" line="13"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="16"/>
        <source>%1 must be one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="20"/>
        <source>%1 must be a web address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="27"/>
        <source>%1 does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="28"/>
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
        <location filename="../ui/forms/configform.cpp" line="188"/>
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
        <location filename="../core/contacts/contactimporter.cpp" line="80"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="85"/>
        <source>Choose the column with the phone numbers. The columns are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="131"/>
        <source>No phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="142"/>
        <source>A value is longer than 64 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="147"/>
        <source>The line is not valid UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="151"/>
        <source>The line has %1 values but the header names %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="61"/>
        <source>Opted out on %1. Tandem never sends to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="75"/>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="75"/>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="100"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="104"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="106"/>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="110"/>
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
        <location filename="../ui/contacts/contactsview.cpp" line="64"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="66"/>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="83"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="84"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="86"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="87"/>
        <source>Mark &amp;opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="88"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="89"/>
        <source>&amp;Message selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="115"/>
        <source>The contacts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="123"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="137"/>
        <source>%1 of %2 contacts shown, %3 selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="163"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="168"/>
        <location filename="../ui/contacts/contactsview.cpp" line="173"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="176"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="190"/>
        <source>The contact could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="199"/>
        <source>Delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="200"/>
        <source>Delete %n contact(s)? Broadcasts already sent keep their results.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="207"/>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="219"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="50"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="59"/>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="80"/>
        <source>Could not prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="40"/>
        <source>Could not read the database&apos;s version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="42"/>
        <source>This database was written by a newer version of Tandem (data format %1; this program knows up to %2). Update Tandem to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="67"/>
        <source>Updating the database to format %1 (%2) failed: %3</source>
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
        <location filename="../ui/forms/editprofiledialog.cpp" line="61"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="48"/>
        <location filename="../ui/contacts/importdialog.cpp" line="130"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="52"/>
        <source>A CSV file with a column of phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="53"/>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="65"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="70"/>
        <source>optional, for example: spring-sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="85"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="96"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="99"/>
        <source>Numbers without +code are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="100"/>
        <source>&amp;Phone number column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="101"/>
        <source>&amp;Name column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="102"/>
        <source>&amp;Tags column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="103"/>
        <source>&amp;Opted-out column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="104"/>
        <source>Add this tag to &amp;every row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="107"/>
        <source>The first rows of the file. Columns not chosen above become fields you can use in templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="130"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="139"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="150"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="150"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="158"/>
        <source>Choose the column that holds the phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="159"/>
        <source>About %n row(s) to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="215"/>
        <source>Importing… %1 of about %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="221"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="228"/>
        <source>Cancelling… nothing of this file will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="250"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="256"/>
        <source>Import cancelled. Your contacts are as they were before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="259"/>
        <source>%1 new contact(s), %2 merged with existing ones, %3 line(s) rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="265"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="268"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="35"/>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="35"/>
        <source>Tandem — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="45"/>
        <source>&amp;Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="46"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="47"/>
        <source>&amp;New broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="48"/>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="56"/>
        <source>Broadcast queued; it is shown under Activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="66"/>
        <source> DEMO: nothing leaves this computer </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="74"/>
        <source>&quot;%1&quot; works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="74"/>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="80"/>
        <source>Test message sent from &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="81"/>
        <source>Test message from &quot;%1&quot; not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="94"/>
        <source>No WhatsApp sender set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="100"/>
        <source>Tandem sends your WhatsApp messages through Twilio or directly through Meta&apos;s Cloud API. Set up a sender to start: Tandem explains the difference and checks the connection for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Set up WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="131"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="131"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="131"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="131"/>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="151"/>
        <source>Set up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="153"/>
        <source>Check connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="154"/>
        <source>Send test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="155"/>
        <source>Switch provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="156"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="166"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>&amp;Set up WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="170"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="173"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="174"/>
        <source>&amp;About Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="193"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="195"/>
        <source>Working (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="196"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="197"/>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="197"/>
        <source>Meta Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="296"/>
        <source>Checking &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="308"/>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="308"/>
        <source>Your WhatsApp number (with + and the country code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="311"/>
        <source>Sending a test message from &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="320"/>
        <source>Remove sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="321"/>
        <source>Remove &quot;%1&quot;? Its settings are deleted and its tokens removed from the system keychain. Your contacts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="330"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="337"/>
        <source>About Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="338"/>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;WhatsApp messages for small businesses, through Twilio or Meta&apos;s Cloud API directly.&lt;/p&gt;&lt;p&gt;Tokens are kept only in your system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="48"/>
        <source>Hello {{name}}, your order is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="52"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="53"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="54"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="62"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="63"/>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="64"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="66"/>
        <source>Paste the template&apos;s text here, for example: Hi {{1}}, your order {{2}} is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="72"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="73"/>
        <source>Free text only reaches customers who wrote to you in the last 24 hours; for the others, use a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="78"/>
        <source>&amp;Link to the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="79"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="80"/>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="85"/>
        <source>Template &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="86"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="87"/>
        <source>Content &amp;SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="88"/>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="89"/>
        <source>Template &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="95"/>
        <source>&amp;Send through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="96"/>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="100"/>
        <source>Variables: where each {{placeholder}} gets its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="137"/>
        <source>Template (reaches everyone who opted in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="138"/>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="139"/>
        <source>Picture or document by link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="147"/>
        <source>Twilio sends approved templates by their Content SID (Twilio Console → Content Template Builder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="148"/>
        <source>Meta sends approved templates by name and language (WhatsApp Manager → Message templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="236"/>
        <source>Set up a WhatsApp sender first (Senders tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="240"/>
        <source>Write the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="245"/>
        <source>Give the link to the file, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="250"/>
        <source>Give the template&apos;s Content SID (it starts with HX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="252"/>
        <source>Give the template&apos;s name and language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagingProvider</name>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="15"/>
        <source>This provider cannot list sent messages, so Tandem cannot tell whether it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaCloudProvider</name>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="95"/>
        <source>Meta&apos;s answer had no message id, so Tandem cannot tell whether the message was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="106"/>
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
        <location filename="../core/providers/metarequests.cpp" line="204"/>
        <source>Content SIDs (HX…) are Twilio templates. With Meta, send a template by its name and language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/outbox/outbox.cpp" line="147"/>
        <source>There is no broadcast %1.</source>
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
        <location filename="../ui/composer/preflightview.cpp" line="51"/>
        <source>Before anything is sent: who gets it, who does not and why, what it costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="100"/>
        <source>Will receive it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="101"/>
        <source>Opted out (never messaged):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="102"/>
        <source>Outside the 24-hour window (free text can&apos;t reach them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="103"/>
        <source>Missing a variable&apos;s value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="104"/>
        <source>Number WhatsApp can&apos;t reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="108"/>
        <source>Estimated cost: &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="110"/>
        <source>Meta&apos;s price plus Twilio&apos;s fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="110"/>
        <source>Meta&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="114"/>
        <source>%1: %2 message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="116"/>
        <source>%n recipient(s) in countries without a known rate are not in the estimate.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="120"/>
        <source>Sending takes %1 at this sender&apos;s pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="121"/>
        <source>Sending goes as fast as the provider answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="132"/>
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
        <location filename="../core/storage/profilerepository.cpp" line="63"/>
        <source>Give the sender a name, for example your shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="65"/>
        <source>The sender&apos;s name is too long (80 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="69"/>
        <source>Unknown provider &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="74"/>
        <source>%1 has no setting called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="77"/>
        <source>%1 is a secret and is kept in the system keychain, not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="103"/>
        <location filename="../core/storage/profilerepository.cpp" line="166"/>
        <source>A sender called &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="104"/>
        <location filename="../core/storage/profilerepository.cpp" line="167"/>
        <source>Could not save the sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="117"/>
        <source>Could not read senders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="130"/>
        <location filename="../core/storage/profilerepository.cpp" line="170"/>
        <location filename="../core/storage/profilerepository.cpp" line="182"/>
        <source>There is no sender with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="140"/>
        <source>There is no sender called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="180"/>
        <source>Could not remove the sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/profilerepository.cpp" line="195"/>
        <source>Could not record the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="31"/>
        <source>Unknown provider &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="37"/>
        <source>&quot;%1&quot; is not a secret setting of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="87"/>
        <source>The sender was not saved: its token could not be stored in the system keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="113"/>
        <source>The sender&apos;s token could not be stored in the system keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="140"/>
        <source>The sender was kept: its tokens could not be removed from the system keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDescriptor</name>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="14"/>
        <source>Messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="15"/>
        <source>How fast Tandem sends through this sender; 0 sends as fast as the provider answers. The default is the provider&apos;s standard rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="17"/>
        <source>a number, for example 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="18"/>
        <source>Backup sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="19"/>
        <source>The name of another sender that retries the messages this one cannot deliver (for the kinds of failure chosen below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="22"/>
        <source>Send through the backup on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="23"/>
        <source>Comma-separated kinds of failure, for example policy_blocked,rate_limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="25"/>
        <source>names like policy_blocked, separated by commas.</source>
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
    <name>RecipientList</name>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="20"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="27"/>
        <source>The first line must name the columns, one of them &quot;phone&quot;. Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="33"/>
        <source>Variable %1 uses the column &quot;%2&quot;, which the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="64"/>
        <source>No value in column &quot;%1&quot; for variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="68"/>
        <source>%1 is already in the list; sent once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="159"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="161"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="163"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="165"/>
        <source>Problem · code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="167"/>
        <source>What it means</source>
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
        <location filename="../ui/composer/sendpage.cpp" line="16"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="17"/>
        <source>Send &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="21"/>
        <location filename="../ui/composer/sendpage.cpp" line="41"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="25"/>
        <source>Spring sale, 1st reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="41"/>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="45"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="50"/>
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
        <location filename="../core/outbox/senderpool.cpp" line="81"/>
        <source>Unknown provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <location filename="../ui/wizard/setupcontroller.cpp" line="84"/>
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
    <name>StateText</name>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="7"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="9"/>
        <location filename="../ui/activity/statetext.cpp" line="34"/>
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
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="15"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="17"/>
        <source>Will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="19"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="21"/>
        <location filename="../ui/activity/statetext.cpp" line="38"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="23"/>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="32"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="36"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="40"/>
        <source>Finished</source>
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
        <location filename="../ui/wizard/testmessagepage.cpp" line="20"/>
        <source>Send yourself a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="21"/>
        <source>Optional. Enter your own WhatsApp number to see a message arrive, or press Next to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="24"/>
        <source>+44 7700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="25"/>
        <source>Your WhatsApp &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="30"/>
        <source>&amp;Send test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="51"/>
        <source>Tandem sends Meta&apos;s &quot;hello_world&quot; template: WhatsApp only lets a business start a chat with an approved template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="53"/>
        <source>Tandem sends a short text. With Twilio&apos;s sandbox number, first send the sandbox&apos;s join code from your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="64"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="74"/>
        <source>✔ Sent to %1. It should arrive on your phone within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="76"/>
        <source>✘ Not sent. %1</source>
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
        <location filename="../core/providers/twilioprovider.cpp" line="55"/>
        <source>The Twilio account is %1, not active. Reactivate it in the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twilioprovider.cpp" line="99"/>
        <source>Twilio&apos;s answer had no message SID, so Tandem cannot tell whether the message was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwilioRequests</name>
    <message>
        <location filename="../core/providers/twiliorequests.cpp" line="117"/>
        <source>Twilio sends templates by their Content SID (HX…), not by name. Find the SID in Twilio&apos;s Content Template Builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/providers/twiliorequests.cpp" line="121"/>
        <source>Through Twilio, buttons and lists are Content templates: create a quick-reply or list-picker template in Twilio&apos;s Content Template Builder and send it by its SID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariableMappingEditor</name>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="26"/>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="26"/>
        <source>Filled from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="26"/>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="112"/>
        <source>Fixed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="26"/>
        <source>If empty, use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="79"/>
        <source>same text for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="82"/>
        <source>leave empty to skip such contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="108"/>
        <source>Contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="109"/>
        <source>Contact&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="111"/>
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
        <location filename="../ui/wizard/verifypage.cpp" line="30"/>
        <source>Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="32"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="70"/>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="70"/>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="70"/>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="82"/>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="85"/>
        <source>✔ The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="88"/>
        <source>Number: %1
Verified name: %2
Quality rating: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="93"/>
        <source>Account: %1
Status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="96"/>
        <source>✘ The check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="98"/>
        <source>(%1 code %2)</source>
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
        <location filename="../app/main.cpp" line="24"/>
        <source>WhatsApp messages for small businesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="27"/>
        <source>The database file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Try Tandem against a built-in practice copy of Twilio and Meta: no account needed, nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Tandem cannot start</source>
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
    <message numerus="yes">
        <location filename="../app/cli/broadcastcommands.cpp" line="86"/>
        <source>%n message(s) were in flight when Tandem last stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
