<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="68"/>
        <source>Recipients of the selected broadcast</source>
        <translation>Destinatarios de la difusión seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="69"/>
        <source>Broadcasts</source>
        <translation>Difusiones</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="77"/>
        <source>Every recipient</source>
        <translation>Todos los destinatarios</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="81"/>
        <source>Backup sender</source>
        <translation>Remitente de respaldo</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="82"/>
        <source>The sender that retries the failed rows.</source>
        <translation>El remitente que reintenta las filas fallidas.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="92"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="93"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="94"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="95"/>
        <source>Retr&amp;y failed</source>
        <translation>Reintentar &amp;fallidos</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="96"/>
        <source>Retry failed thr&amp;ough:</source>
        <translation>Reintentar fallidos a tra&amp;vés de:</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="97"/>
        <source>Resend &amp;unanswered…</source>
        <translation>Reenviar &amp;sin respuesta…</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="98"/>
        <source>&amp;Drop unanswered…</source>
        <translation>&amp;Descartar sin respuesta…</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="99"/>
        <source>Send to them again</source>
        <translation>Enviárselo de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="100"/>
        <source>Don&apos;t send again</source>
        <translation>No volver a enviar</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="101"/>
        <source>Sent, but no answer came back from the provider: it may or may not have arrived. Tandem asks Twilio itself; Meta cannot be asked, so you decide.</source>
        <translation>Enviado, pero el proveedor no respondió: puede que haya llegado o no. Tandem se lo pregunta a Twilio; a Meta no se le puede preguntar, así que decides tú.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="133"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="194"/>
        <location filename="../ui/activity/activityview.cpp" line="235"/>
        <source>Could not read the outbox: %1</source>
        <translation>No se pudo leer la bandeja de salida: %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="386"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="392"/>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="392"/>
        <source>Paused by you.</source>
        <translation>Pausada por ti.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="400"/>
        <location filename="../ui/activity/activityview.cpp" line="404"/>
        <location filename="../ui/activity/activityview.cpp" line="427"/>
        <location filename="../ui/activity/activityview.cpp" line="442"/>
        <location filename="../ui/activity/activityview.cpp" line="456"/>
        <source>Resumed.</source>
        <translation>Reanudada.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="419"/>
        <source>Raise the budget</source>
        <translation>Subir el presupuesto</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="427"/>
        <source>&quot;%1&quot; is not an amount in US dollars.</source>
        <translation>«%1» no es un importe en dólares estadounidenses.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="436"/>
        <source>This broadcast stopped at its budget of %1: %2 is spent or on its way, and the rest needs about %3 more. Its new budget, in US dollars:</source>
        <translation>Esta difusión se detuvo en su presupuesto de %1: %2 está gastado o en camino, y el resto necesita unos %3 más. Su nuevo presupuesto, en dólares estadounidenses:</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="449"/>
        <source>The sender reached its budget of %1 for %2: %3 is spent or on its way, and what is queued needs about %4 more. Its new budget for each month, in US dollars:</source>
        <translation>El remitente llegó a su presupuesto de %1 para %2: %3 está gastado o en camino, y lo que está en cola necesita unos %4 más. Su nuevo presupuesto para cada mes, en dólares estadounidenses:</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="465"/>
        <source>Cancel broadcast</source>
        <translation>Cancelar la difusión</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="466"/>
        <source>Stop this broadcast? Messages already sent stay sent; the rest are not sent.</source>
        <translation>¿Detener esta difusión? Los mensajes ya enviados quedan enviados; el resto no se envía.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="470"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="475"/>
        <source>Failed messages queued again.</source>
        <translation>Los mensajes fallidos volvieron a la cola.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="484"/>
        <source>Failed messages queued again through &quot;%1&quot;.</source>
        <translation>Los mensajes fallidos volvieron a la cola a través de «%1».</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="494"/>
        <source>%1 gets the message again.</source>
        <translation>%1 recibe el mensaje de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="504"/>
        <source>%1 is not sent the message again.</source>
        <translation>A %1 no se le envía el mensaje de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="512"/>
        <source>Resend unanswered messages</source>
        <translation>Reenviar los mensajes sin respuesta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="513"/>
        <source>%n message(s) were sent but the provider&apos;s answer never came, so some of these customers may already have them. Sending again may give them a second copy. Send again?</source>
        <translation>
            <numerusform>%n mensaje se envió pero la respuesta del proveedor nunca llegó, así que el cliente quizá ya lo tenga. Enviarlo de nuevo puede darle una segunda copia. ¿Enviar de nuevo?</numerusform>
            <numerusform>%n mensajes se enviaron pero la respuesta del proveedor nunca llegó, así que algunos de estos clientes quizá ya los tengan. Enviarlos de nuevo puede darles una segunda copia. ¿Enviar de nuevo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="521"/>
        <source>%n unanswered message(s) queued again.</source>
        <translation>
            <numerusform>%n mensaje sin respuesta volvió a la cola.</numerusform>
            <numerusform>%n mensajes sin respuesta volvieron a la cola.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="528"/>
        <source>Drop unanswered messages</source>
        <translation>Descartar los mensajes sin respuesta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="529"/>
        <source>%n message(s) were sent but the provider&apos;s answer never came. Dropping them means Tandem will not send them again; customers who did not get them will not get them. Drop them?</source>
        <translation>
            <numerusform>%n mensaje se envió pero la respuesta del proveedor nunca llegó. Si lo descartas, Tandem no lo volverá a enviar; si el cliente no lo recibió, no lo recibirá. ¿Descartarlo?</numerusform>
            <numerusform>%n mensajes se enviaron pero la respuesta del proveedor nunca llegó. Si los descartas, Tandem no los volverá a enviar; los clientes que no los recibieron no los recibirán. ¿Descartarlos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="537"/>
        <source>%n unanswered message(s) dropped.</source>
        <translation>
            <numerusform>%n mensaje sin respuesta descartado.</numerusform>
            <numerusform>%n mensajes sin respuesta descartados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="31"/>
        <source>Template %1</source>
        <translation>Plantilla %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="33"/>
        <source>Content template %1</source>
        <translation>Plantilla de contenido %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="35"/>
        <source>Media: %1</source>
        <translation>Multimedia: %1</translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/analyticsview.cpp" line="17"/>
        <source>Over time</source>
        <translation>A lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analyticsview.cpp" line="18"/>
        <source>One broadcast</source>
        <translation>Una difusión</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../app/desktop/appcontext.cpp" line="26"/>
        <source>The demo sandbox could not start.</source>
        <translation>No se pudo iniciar el sandbox de la demo.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appcontext.cpp" line="57"/>
        <source>%1, Tandem window (pid %2)</source>
        <translation>%1, ventana de Tandem (pid %2)</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="24"/>
        <source>&amp;Every contact</source>
        <translation>T&amp;odos los contactos</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="25"/>
        <source>Contacts with &amp;any of these tags:</source>
        <translation>Contactos con alg&amp;una de estas etiquetas:</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="26"/>
        <source>The contacts &amp;selected on the Contacts screen</source>
        <translation>Los contactos se&amp;leccionados en la pantalla Contactos</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="35"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="50"/>
        <source>Send to a &amp;CSV list…</source>
        <translation>Enviar a una lista &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="52"/>
        <source>Imports the file&apos;s rows as contacts, tagged with the file&apos;s name, and sends to that tag.</source>
        <translation>Importa las filas del archivo como contactos, etiquetados con el nombre del archivo, y envía a esa etiqueta.</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="56"/>
        <source>Who gets this message? Contacts who opted out never do.</source>
        <translation>¿Quién recibe este mensaje? Los contactos que se dieron de baja, nunca.</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="72"/>
        <source>Reading the contacts…</source>
        <translation>Leyendo los contactos…</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="93"/>
        <source>The contacts could not be read: %1</source>
        <translation>No se pudieron leer los contactos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="107"/>
        <source>The %n contact(s) selected on the Contacts screen</source>
        <translation>
            <numerusform>El %n contacto seleccionado en la pantalla Contactos</numerusform>
            <numerusform>Los %n contactos seleccionados en la pantalla Contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="157"/>
        <source>Nobody yet: choose tags, or import contacts first.</source>
        <translation>Nadie todavía: elige etiquetas o importa contactos primero.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="158"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="159"/>
        <source>%Ln of them opted out and will not get it.</source>
        <translation>
            <numerusform>%Ln de ellos se dio de baja y no lo recibirá.</numerusform>
            <numerusform>%Ln de ellos se dieron de baja y no lo recibirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="163"/>
        <source>Left out: %n number(s) of your own, where your tests went.</source>
        <translation>
            <numerusform>Fuera: %n número propio, adonde fueron sus pruebas.</numerusform>
            <numerusform>Fuera: %n números propios, adonde fueron sus pruebas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastListModel</name>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="146"/>
        <source>Scheduled for %1</source>
        <translation>Programada para el %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="152"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="153"/>
        <source>%1, %Ln cancelled</source>
        <translation>
            <numerusform>%1, %Ln cancelado</numerusform>
            <numerusform>%1, %Ln cancelados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="180"/>
        <source>Broadcast</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="182"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="184"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="186"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="188"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="190"/>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="192"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="194"/>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="196"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="198"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
</context>
<context>
    <name>BroadcastReports</name>
    <message>
        <location filename="../core/analytics/broadcastreport.cpp" line="73"/>
        <source>There is no broadcast %1.</source>
        <translation>No existe la difusión %1.</translation>
    </message>
</context>
<context>
    <name>BroadcastResults</name>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="40"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="42"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="44"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="46"/>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="48"/>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="50"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="247"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="52"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="84"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="86"/>
        <source>Export report as PDF…</source>
        <translation>Exportar el informe como PDF…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="88"/>
        <source>&amp;Broadcast:</source>
        <translation>&amp;Difusión:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="103"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="105"/>
        <source>Click a bar to see the customers behind it.</source>
        <translation>Haz clic en una barra para ver los clientes que hay detrás.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="125"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="201"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="125"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="125"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="161"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="297"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="170"/>
        <source>No broadcast has been sent yet.</source>
        <translation>Todavía no se ha enviado ninguna difusión.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="179"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="184"/>
        <source>The results could not be read: %1</source>
        <translation>No se pudieron leer los resultados: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="224"/>
        <source>Estimated cost %1 (%2 per delivered, %3 per read).</source>
        <translation>Coste estimado %1 (%2 por entregado, %3 por leído).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="227"/>
        <source>The provider reported %1 for %n message(s).</source>
        <translation>
            <numerusform>El proveedor informó %1 por %n mensaje.</numerusform>
            <numerusform>El proveedor informó %1 por %n mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="230"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="349"/>
        <source>%n customer(s) opted out after it.</source>
        <translation>
            <numerusform>%n cliente se dio de baja después.</numerusform>
            <numerusform>%n clientes se dieron de baja después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="232"/>
        <source>%n message(s) still waiting to go out.</source>
        <translation>
            <numerusform>%n mensaje todavía espera salir.</numerusform>
            <numerusform>%n mensajes todavía esperan salir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="248"/>
        <source>Not sent</source>
        <translation>No enviados</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="259"/>
        <source>%1: reading…</source>
        <translation>%1: leyendo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="294"/>
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1: %n cliente</numerusform>
            <numerusform>%1: %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="313"/>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="313"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="316"/>
        <source>Opted out after it</source>
        <translation>Se dieron de baja después</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="317"/>
        <source>Estimated cost (US$)</source>
        <translation>Coste estimado (US$)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="318"/>
        <source>Reported cost (US$)</source>
        <translation>Coste informado (US$)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="321"/>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="324"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="335"/>
        <source>Broadcast %1</source>
        <translation>Difusión %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="336"/>
        <source>Created %1</source>
        <translation>Creada el %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="344"/>
        <source>Estimated cost %1 (%2 per delivered message, %3 per read message); reported by the provider: %4.</source>
        <translation>Coste estimado %1 (%2 por mensaje entregado, %3 por mensaje leído); informado por el proveedor: %4.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="351"/>
        <source>Why some customers did not get it</source>
        <translation>Por qué algunos clientes no lo recibieron</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="364"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="364"/>
        <source>broadcast-results.csv</source>
        <translation>resultados-difusion.csv</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="369"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="371"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="387"/>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="376"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="376"/>
        <source>broadcast-report.pdf</source>
        <translation>informe-difusion.pdf</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="387"/>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>BudgetGate</name>
    <message>
        <location filename="../core/outbox/budgetgate.cpp" line="108"/>
        <source>Paused: the next message would take this sender past its budget of %1 for %2 (%3 spent or on its way). Raise the budget to go on.</source>
        <translation>En pausa: el próximo mensaje llevaría a este remitente por encima de su presupuesto de %1 para %2 (%3 gastado o en camino). Sube el presupuesto para continuar.</translation>
    </message>
    <message>
        <location filename="../core/outbox/budgetgate.cpp" line="122"/>
        <source>Paused: the next message would take this broadcast past its budget of %1 (%2 spent or on its way). Raise the budget to go on.</source>
        <translation>En pausa: el próximo mensaje llevaría esta difusión por encima de su presupuesto de %1 (%2 gastado o en camino). Sube el presupuesto para continuar.</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <location filename="../core/outbox/budgets.cpp" line="126"/>
        <source>The estimated cost, %1, is above this broadcast&apos;s budget of %2. Raise the budget or send to fewer customers.</source>
        <translation>El coste estimado, %1, supera el presupuesto de esta difusión de %2. Sube el presupuesto o envíala a menos clientes.</translation>
    </message>
    <message>
        <location filename="../core/outbox/budgets.cpp" line="137"/>
        <source>The estimated cost, %1, is more than what is left of this sender&apos;s budget for %2: %3 of %4 (what is sent and what is still queued counts). Raise the monthly budget or send to fewer customers.</source>
        <translation>El coste estimado, %1, es mayor que lo que queda del presupuesto de este remitente para %2: %3 de %4 (cuenta lo enviado y lo que sigue en cola). Sube el presupuesto mensual o envíala a menos clientes.</translation>
    </message>
</context>
<context>
    <name>ComparisonData</name>
    <message>
        <location filename="../core/pricing/comparisondata.cpp" line="31"/>
        <source>The comparison data is not valid JSON: %1</source>
        <translation>Los datos de comparación no son JSON válido: %1</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="12"/>
        <source>North America</source>
        <translation>Norteamérica</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="13"/>
        <source>Rest of Africa</source>
        <translation>Resto de África</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="14"/>
        <source>Rest of Asia Pacific</source>
        <translation>Resto de Asia-Pacífico</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="15"/>
        <source>Rest of Central &amp; Eastern Europe</source>
        <translation>Resto de Europa Central &amp; del Este</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="16"/>
        <source>Rest of Latin America</source>
        <translation>Resto de América Latina</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="17"/>
        <source>Rest of Middle East</source>
        <translation>Resto de Oriente Medio</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="18"/>
        <source>Rest of Western Europe</source>
        <translation>Resto de Europa Occidental</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="19"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="20"/>
        <source>Minutes with Twilio&apos;s free sandbox; a production WhatsApp sender usually takes 1-3 days</source>
        <translation>Minutos con el sandbox gratuito de Twilio; un remitente de WhatsApp de producción suele tardar de 1 a 3 días</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="22"/>
        <source>Twilio account, WhatsApp sender registration in the Twilio Console, Account SID + Auth Token</source>
        <translation>Cuenta de Twilio, registro del remitente de WhatsApp en la Twilio Console, Account SID + Auth Token</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="24"/>
        <source>$0.005 per message, inbound or outbound, on top of Meta&apos;s fee, which Twilio passes through</source>
        <translation>0,005 US$ por mensaje, entrante o saliente, además de la tarifa de Meta, que Twilio traslada</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="26"/>
        <source>80 messages/s per sender (text up to 400/s on request)</source>
        <translation>80 mensajes/s por remitente (texto hasta 400/s a pedido)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="27"/>
        <source>Yes, as Content templates (ContentSid)</source>
        <translation>Sí, como plantillas de contenido (ContentSid)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="28"/>
        <source>As Content templates (quick reply, list picker)</source>
        <translation>Como plantillas de contenido (quick reply, list picker)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="29"/>
        <source>Yes, by link (up to 10 per message)</source>
        <translation>Sí, por enlace (hasta 10 por mensaje)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="30"/>
        <source>Optional: status callbacks need a public address</source>
        <translation>Opcionales: los callbacks de estado necesitan una dirección pública</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="31"/>
        <source>Twilio holds the relationship with Meta and bills you</source>
        <translation>Twilio mantiene la relación con Meta y te factura</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="32"/>
        <source>Days to weeks: Meta business verification, an app and a System User token</source>
        <translation>De días a semanas: verificación del negocio en Meta, una app y un token de usuario del sistema</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="34"/>
        <source>Meta Business portfolio, business verification, an app with WhatsApp, phone number registration, System User token</source>
        <translation>Portfolio comercial de Meta, verificación del negocio, una app con WhatsApp, registro del número de teléfono, token de usuario del sistema</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="37"/>
        <source>No middleman fee: you pay Meta&apos;s per-message price only</source>
        <translation>Sin tarifa de intermediario: solo pagas el precio por mensaje de Meta</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="38"/>
        <source>80 messages/s per number, raised automatically to 1,000/s for large senders</source>
        <translation>80 mensajes/s por número, que sube automáticamente a 1.000/s para remitentes grandes</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="40"/>
        <source>Yes, by name and language; create them in WhatsApp Manager</source>
        <translation>Sí, por nombre e idioma; créalas en WhatsApp Manager</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="41"/>
        <source>Yes: reply buttons and lists</source>
        <translation>Sí: botones de respuesta y listas</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="42"/>
        <source>Yes, by link or uploaded id</source>
        <translation>Sí, por enlace o id de archivo subido</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="43"/>
        <source>Needed for delivered/read statuses and replies (a public HTTPS address)</source>
        <translation>Necesarios para los estados entregado/leído y las respuestas (una dirección HTTPS pública)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="44"/>
        <source>You hold the relationship with Meta directly</source>
        <translation>Tú mantienes la relación con Meta directamente</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="45"/>
        <source>Days: a test key for the 360dialog sandbox at once; a production number through 360dialog&apos;s embedded signup and Meta&apos;s checks</source>
        <translation>Días: una clave de prueba para el entorno de pruebas de 360dialog al momento; un número de producción con el registro integrado de 360dialog y las comprobaciones de Meta</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="48"/>
        <source>360dialog account, Meta Business portfolio connected in the 360dialog hub, phone number registration, an API key per number</source>
        <translation>Cuenta de 360dialog, portafolio comercial de Meta conectado en el panel de 360dialog, registro del número de teléfono, una clave de API por número</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="51"/>
        <source>No mark-up on Meta&apos;s template prices (360dialog&apos;s own, undated statement); a monthly fee per number, amount not in Tandem&apos;s data</source>
        <translation>Sin recargo sobre los precios de plantillas de Meta (según 360dialog, sin fecha); una cuota mensual por número, cuyo importe no está en los datos de Tandem</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="54"/>
        <source>80 messages/s per number (the Cloud API&apos;s default, passed on)</source>
        <translation>80 mensajes/s por número (el valor predeterminado de la API de la nube, que se mantiene)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="55"/>
        <source>Yes, by name and language, through 360dialog&apos;s template API</source>
        <translation>Sí, por nombre e idioma, con la API de plantillas de 360dialog</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="56"/>
        <source>Yes, by link</source>
        <translation>Sí, por enlace</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="57"/>
        <source>Needed for delivered/read statuses and replies; unsigned, so Tandem sets the address itself with a secret key</source>
        <translation>Necesarios para los estados entregado/leído y las respuestas; sin firma, así que Tandem configura la dirección con una clave secreta</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="60"/>
        <source>360dialog is Meta&apos;s solution partner; the WhatsApp Business Account is yours</source>
        <translation>360dialog es socio de soluciones de Meta; la cuenta de WhatsApp Business es tuya</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="62"/>
        <source>Meta charges per delivered template, by category and the recipient&apos;s country. Since 2026-10-01 service (non-template) messages are charged at the utility rate of the market. Rates change on the first day of a quarter.</source>
        <translation>Meta cobra por plantilla entregada, según la categoría y el país del destinatario. Desde el 1 de octubre de 2026, los mensajes de servicio (sin plantilla) se cobran a la tarifa de utilidad del mercado. Las tarifas cambian el primer día de cada trimestre.</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="66"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="67"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="68"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="69"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
</context>
<context>
    <name>ComparisonWidget</name>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="52"/>
        <source>The providers compared</source>
        <translation>Los proveedores comparados</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Meta Cloud API (direct)</source>
        <translation>API de la nube de Meta (directo)</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="57"/>
        <source>Setup time</source>
        <translation>Tiempo de configuración</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="57"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="58"/>
        <source>Fee on top of Meta&apos;s price</source>
        <translation>Tarifa además del precio de Meta</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="58"/>
        <source>Meta&apos;s price per message</source>
        <translation>Precio de Meta por mensaje</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="58"/>
        <source>Throughput</source>
        <translation>Capacidad de envío</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="58"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="59"/>
        <source>Buttons and lists</source>
        <translation>Botones y listas</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="59"/>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="59"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="59"/>
        <source>Relationship with Meta</source>
        <translation>Relación con Meta</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="57"/>
        <source>Estimated cost per month</source>
        <translation>Costo mensual estimado</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="67"/>
        <source>Help me choose</source>
        <translation>Ayúdame a elegir</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="80"/>
        <source>Another country (enter Meta&apos;s rate)</source>
        <translation>Otro país (ingresa la tarifa de Meta)</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="86"/>
        <source>Utility: orders, appointments, reminders</source>
        <translation>Utilidad: pedidos, citas, recordatorios</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="87"/>
        <source>Marketing: offers and news</source>
        <translation>Marketing: ofertas y novedades</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="88"/>
        <source>Authentication: one-time codes</source>
        <translation>Autenticación: códigos de un solo uso</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="89"/>
        <source>Service: replies to customers</source>
        <translation>Servicio: respuestas a clientes</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="96"/>
        <source>&amp;Messages per month:</source>
        <translation>&amp;Mensajes por mes:</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="98"/>
        <source>Main &amp;country of your customers:</source>
        <translation>&amp;País principal de tus clientes:</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="100"/>
        <source>&amp;Kind of message:</source>
        <translation>&amp;Tipo de mensaje:</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="102"/>
        <source>Meta&apos;s &amp;rate per message:</source>
        <translation>&amp;Tarifa de Meta por mensaje:</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="159"/>
        <source> (quicker)</source>
        <translation> (más rápido)</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="203"/>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="204"/>
        <source>%1 with %2, plus its monthly fee</source>
        <translation>%1 con %2, más su cuota mensual</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/comparison/comparisonwidget.cpp" line="206"/>
        <source>Your own %1: %Ln message(s) to your customers&apos; markets would have cost %2.</source>
        <translation>
            <numerusform>Tu propio %1: %Ln mensaje a los mercados de tus clientes habría costado %2.</numerusform>
            <numerusform>Tu propio %1: %Ln mensajes a los mercados de tus clientes habrían costado %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="226"/>
        <source>%1 per message</source>
        <translation>%1 por mensaje</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="227"/>
        <source>not in Tandem&apos;s data: see Meta&apos;s rate card</source>
        <translation>no está en los datos de Tandem: consulta las tarifas de Meta</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="229"/>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="230"/>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="237"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="237"/>
        <source>%1 and its monthly fee per number</source>
        <translation>%1 y su cuota mensual por número</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="243"/>
        <source>Tandem has no Meta price for this country and kind of message. Enter the rate from Meta&apos;s rate card to compare costs. Twilio is quicker to start either way.</source>
        <translation>Tandem no tiene el precio de Meta para este país y tipo de mensaje. Ingresa la tarifa de la lista de precios de Meta para comparar costos. Con Twilio se empieza antes de todos modos.</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="252"/>
        <source>At %1 messages a month, going direct to Meta saves about %2 a month (%3 a year). The setup takes longer, but at this volume it pays off.</source>
        <translation>Con %1 mensajes al mes, ir directo a Meta ahorra unos %2 al mes (%3 al año). La configuración lleva más tiempo, pero con este volumen vale la pena.</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="257"/>
        <source>At %1 messages a month, Twilio costs only %2 a month more than going direct, and you can send today. Start with Twilio; Tandem can switch you to Meta later.</source>
        <translation>Con %1 mensajes al mes, Twilio cuesta solo %2 más al mes que ir directo, y puedes enviar hoy. Empieza con Twilio; Tandem puede pasarte a Meta más adelante.</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="261"/>
        <source>Twilio&apos;s fee: %1 (%2). </source>
        <translation>Tarifa de Twilio: %1 (%2). </translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="267"/>
        <source>Meta&apos;s rate for %1: from %2, dated %3%4. </source>
        <translation>Tarifa de Meta para %1: desde %2, con fecha %3%4. </translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="269"/>
        <source> (a third party&apos;s copy of Meta&apos;s rate card)</source>
        <translation> (una copia de un tercero de la lista de precios de Meta)</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="272"/>
        <source>This price is older than a quarter: Meta may have changed it since. Import Meta&apos;s current rate card (Settings → Prices…) for today&apos;s.</source>
        <translation>Este precio tiene más de un trimestre: puede que Meta lo haya cambiado desde entonces. Importa la tarifa actual de Meta (Configuración → Precios…) para tener la de hoy.</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="277"/>
        <source>Current rates: &lt;a href=&quot;%1&quot;&gt;Meta&apos;s rate card&lt;/a&gt;.</source>
        <translation>Tarifas actuales: &lt;a href=&quot;%1&quot;&gt;lista de precios de Meta&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>ComposerView</name>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="43"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="44"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="48"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="50"/>
        <source>Audience, message, preview, check and send; a later step opens once the ones before it are complete.</source>
        <translation>Audiencia, mensaje, vista previa, comprobación y envío; un paso posterior se abre cuando los anteriores están completos.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="51"/>
        <source>1. Audience</source>
        <translation>1. Audiencia</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="51"/>
        <source>2. Message</source>
        <translation>2. Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="51"/>
        <source>3. Preview</source>
        <translation>3. Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="51"/>
        <source>4. Check</source>
        <translation>4. Comprobación</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="51"/>
        <source>5. Send</source>
        <translation>5. Envío</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="161"/>
        <source>The audience is empty.</source>
        <translation>La audiencia está vacía.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="166"/>
        <source>Wait for the check to finish.</source>
        <translation>Espera a que termine la comprobación.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="169"/>
        <source>Nobody in this audience can receive this message.</source>
        <translation>Nadie de esta audiencia puede recibir este mensaje.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/composerview.cpp" line="215"/>
        <source>%Ln message(s) through &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln mensaje a través de «%1».</numerusform>
            <numerusform>%Ln mensajes a través de «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="257"/>
        <source>So far in %1: %2 sent or on its way, %3 still queued.</source>
        <translation>Hasta ahora en %1: %2 enviado o en camino, %3 todavía en cola.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="261"/>
        <source>This broadcast: about %1.</source>
        <translation>Esta difusión: unos %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="313"/>
        <location filename="../ui/composer/composerview.cpp" line="352"/>
        <location filename="../ui/composer/composerview.cpp" line="359"/>
        <location filename="../ui/composer/composerview.cpp" line="406"/>
        <source>Not queued: %1</source>
        <translation>No se puso en cola: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="328"/>
        <source>%1 did not create the buttons: %2</source>
        <translation>%1 no creó los botones: %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="380"/>
        <source>%1 did not take the file: %2</source>
        <translation>%1 no aceptó el archivo: %2</translation>
    </message>
</context>
<context>
    <name>ConfigField</name>
    <message>
        <location filename="../core/providers/configfield.cpp" line="25"/>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="28"/>
        <source>%1 must be one of the listed values.</source>
        <translation>%1 debe ser uno de los valores de la lista.</translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="32"/>
        <source>%1 must be a web address starting with https://.</source>
        <translation>%1 debe ser una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="37"/>
        <source>%1 must start with https://: your tokens are sent there and must not cross the internet unencrypted (only a sandbox on this computer may use http://).</source>
        <translation>%1 debe empezar por https://: tus tokens se envían allí y no deben cruzar internet sin cifrar (solo un sandbox en este equipo puede usar http://).</translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="46"/>
        <source>%1 does not look right.</source>
        <translation>%1 no parece correcto.</translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <location filename="../ui/forms/configform.cpp" line="81"/>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="123"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="124"/>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que escribiste</translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="203"/>
        <source>Kept for this demo; type to replace</source>
        <translation>Guardado para esta demo; escribe para reemplazarlo</translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="204"/>
        <source>Stored in the system keychain; type to replace</source>
        <translation>Guardado en el llavero del sistema; escribe para reemplazarlo</translation>
    </message>
</context>
<context>
    <name>ConfigurePage</name>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="24"/>
        <source>For example: Corner Bakery</source>
        <translation>Por ejemplo: Panadería La Esquina</translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="25"/>
        <source>&amp;Sender name *</source>
        <translation>Nombre del &amp;remitente *</translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="42"/>
        <source>Fill in the demo credentials</source>
        <translation>Rellenar las credenciales de la demo</translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="77"/>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="78"/>
        <source>Copy these from your %1 account. Fields marked * are needed; hover over a field for where to find it.</source>
        <translation>Cópialos de tu cuenta de %1. Los campos marcados con * son necesarios; pasa el puntero sobre un campo para ver dónde encontrarlo.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="118"/>
        <source>Demo shop</source>
        <translation>Tienda de demostración</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../core/util/whoami.cpp" line="12"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../core/util/whoami.cpp" line="13"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="18"/>
        <source>Opted out: never send to this number</source>
        <translation>Dado de baja: no enviar nunca a este número</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="21"/>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="24"/>
        <source>vip, newsletter</source>
        <translation>vip, boletín</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="27"/>
        <source>first_name: Ana
city: Porto</source>
        <translation>first_name: Ana
city: Oporto</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="37"/>
        <source>To send to them again, use Subscribe again… under Contacts: Tandem keeps your reason with the change.</source>
        <translation>Para volver a enviarle mensajes, usa Volver a suscribir… en Contactos: Tandem guarda tu motivo con el cambio.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="42"/>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="44"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="45"/>
        <source>Other &amp;fields:</source>
        <translation>Otros &amp;campos:</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="88"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="93"/>
        <source>Choose the column with the phone numbers. The columns are: %1.</source>
        <translation>Elige la columna con los números de teléfono. Las columnas son: %1.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="148"/>
        <source>No phone number.</source>
        <translation>Sin número de teléfono.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="163"/>
        <source>A value is longer than 64 KB.</source>
        <translation>Un valor ocupa más de 64 KB.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="168"/>
        <source>The line is not valid UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation>La línea no es texto UTF-8 válido. Guarda el archivo como UTF-8 e impórtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="173"/>
        <source>The line has %1 values but the header names %2 columns.</source>
        <translation>La línea tiene %1 valores pero el encabezado nombra %2 columnas.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="230"/>
        <source>The contact %1 vanished while it was imported.</source>
        <translation>El contacto %1 desapareció mientras se importaba.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="160"/>
        <source>Opted out on %1 (%2). Tandem never sends to this number.</source>
        <translation>Se dio de baja el %1 (%2). Tandem nunca envía a este número.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="164"/>
        <source>Stopped marketing messages on %1: only utility and service messages reach them.</source>
        <translation>Dejó de recibir marketing el %1: solo le llegan mensajes de utilidad y de servicio.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="168"/>
        <source>Free text reaches them until %1.</source>
        <translation>El texto libre le llega hasta el %1.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="170"/>
        <source>Their 24-hour window closed %1: only templates reach them.</source>
        <translation>Su ventana de 24 horas se cerró el %1: solo le llegan plantillas.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="184"/>
        <source>Opted out: %1</source>
        <translation>Dado de baja: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="185"/>
        <source>No marketing</source>
        <translation>Sin marketing</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="186"/>
        <source>Subscribed</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="211"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="213"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="215"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="217"/>
        <source>Other fields</source>
        <translation>Otros campos</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="219"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="221"/>
        <source>Last message from them</source>
        <translation>Su último mensaje</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="44"/>
        <source>Search number, name, tag or field</source>
        <translation>Busca número, nombre, etiqueta o campo</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="49"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="76"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="78"/>
        <source>Ta&amp;g:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="95"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="96"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="99"/>
        <source>Mark &amp;opted out</source>
        <translation>Marcar como &amp;dado de baja</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="100"/>
        <source>S&amp;ubscribe again…</source>
        <translation>Volver a s&amp;uscribir…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="101"/>
        <source>For a customer who opted out and asked to get messages again: Tandem keeps your reason, the date and who did it.</source>
        <translation>Para un cliente que se dio de baja y pidió volver a recibir mensajes: Tandem guarda tu motivo, la fecha y quién lo hizo.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="103"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="104"/>
        <source>&amp;Message selected…</source>
        <translation>Enviar &amp;mensaje a los seleccionados…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="152"/>
        <source>The contacts could not be read: %1</source>
        <translation>No se pudieron leer los contactos: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="160"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="180"/>
        <source>%1 of %2 contacts shown, %3 selected.</source>
        <translation>Se muestran %1 de %2 contactos, %3 seleccionados.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="206"/>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="211"/>
        <location filename="../ui/contacts/contactsview.cpp" line="216"/>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="219"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n contacto a %1.</numerusform>
            <numerusform>Se exportaron %n contactos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="233"/>
        <source>The contact could not be saved: %1</source>
        <translation>No se pudo guardar el contacto: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="242"/>
        <source>Delete contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="243"/>
        <source>Delete %n contact(s)? Broadcasts already sent keep their results.</source>
        <translation>
            <numerusform>¿Eliminar %n contacto? Las difusiones ya enviadas conservan sus resultados.</numerusform>
            <numerusform>¿Eliminar %n contactos? Las difusiones ya enviadas conservan sus resultados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="250"/>
        <source>Not deleted: %1</source>
        <translation>No se eliminó: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="261"/>
        <source>Subscribe again</source>
        <translation>Volver a suscribir</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="262"/>
        <source>%1 opted out. Why may they get messages again? (For example: &quot;asked in the shop on 3 December&quot;.) Tandem keeps your answer with the date.</source>
        <translation>%1 se dio de baja. ¿Por qué puede volver a recibir mensajes? (Por ejemplo: &quot;lo pidió en la tienda el 3 de diciembre&quot;.) Tandem guarda tu respuesta con la fecha.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="268"/>
        <location filename="../ui/contacts/contactsview.cpp" line="282"/>
        <source>Tandem window</source>
        <translation>Ventana de Tandem</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="285"/>
        <source>Not changed: %1</source>
        <translation>No se cambió: %1</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <location filename="../ui/replies/conversationlistmodel.cpp" line="30"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replies/conversationlistmodel.cpp" line="32"/>
        <source>opted out</source>
        <translation>dado de baja</translation>
    </message>
    <message>
        <location filename="../ui/replies/conversationlistmodel.cpp" line="37"/>
        <source>%1 (%2) opted out: %3</source>
        <translation>%1 (%2) se dio de baja: %3</translation>
    </message>
    <message>
        <location filename="../ui/replies/conversationlistmodel.cpp" line="38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/csv/csvreader.cpp" line="76"/>
        <source>A quote (&quot;) opened on this line is never closed, so the line cannot be read. Close the quote or remove it.</source>
        <translation>Unas comillas (&quot;) abiertas en esta línea nunca se cierran, así que la línea no se puede leer. Ciérralas o quítalas.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="76"/>
        <source>the user name or password was not accepted.</source>
        <translation>no se aceptó el usuario o la contraseña.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="78"/>
        <source>the server has no database of that name.</source>
        <translation>el servidor no tiene ninguna base de datos con ese nombre.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="80"/>
        <source>no server of that name was found; check the address.</source>
        <translation>no se encontró ningún servidor con ese nombre; revisa la dirección.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="82"/>
        <source>nothing answers at that address and port. Is PostgreSQL running there, and does it accept connections from other computers?</source>
        <translation>nada responde en esa dirección y puerto. ¿Está PostgreSQL en marcha allí y acepta conexiones de otros equipos?</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="86"/>
        <source>the server did not answer within 10 seconds.</source>
        <translation>el servidor no respondió en 10 segundos.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="88"/>
        <source>the server does not let this computer in (its pg_hba.conf has no line for it).</source>
        <translation>el servidor no deja entrar a este equipo (su pg_hba.conf no tiene ninguna línea para él).</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="91"/>
        <source>the encrypted connection could not be set up (see the sslmode in the address).</source>
        <translation>no se pudo establecer la conexión cifrada (revisa el sslmode de la dirección).</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="94"/>
        <source>the server could not be reached.</source>
        <translation>no se pudo llegar al servidor.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="97"/>
        <source>%1 (The server said: %2)</source>
        <translation>%1 (El servidor dijo: %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="119"/>
        <source>&quot;%1&quot; is not a database address; it looks like postgresql://user@host:5432/tandem.</source>
        <translation>«%1» no es una dirección de base de datos; se parece a postgresql://usuario@servidor:5432/tandem.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="147"/>
        <source>Could not connect to the database %1: %2</source>
        <translation>No se pudo conectar a la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="158"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="167"/>
        <source>Could not open the database %1: %2</source>
        <translation>No se pudo abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="192"/>
        <source>Could not prepare the database %1: %2</source>
        <translation>No se pudo preparar la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="44"/>
        <source>Could not read the database&apos;s version: %1</source>
        <translation>No se pudo leer la versión de la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="46"/>
        <source>This database was written by a newer version of Tandem (data format %1; this program knows up to %2). Update Tandem to open it. The file was not changed.</source>
        <translation>Esta base de datos la escribió una versión más nueva de Tandem (formato de datos %1; este programa conoce hasta el %2). Actualiza Tandem para abrirla. El archivo no se modificó.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="82"/>
        <source>Updating the database to format %1 (%2) failed: %3</source>
        <translation>Falló la actualización de la base de datos al formato %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="23"/>
        <source>Copying %1 failed: %2</source>
        <translation>Falló la copia de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="32"/>
        <source>The two databases have different formats; open both with this Tandem first.</source>
        <translation>Las dos bases de datos tienen formatos distintos; ábrelas antes con este Tandem.</translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="39"/>
        <source>The target database already holds data (%1): Tandem copies only into an empty one, so nothing is mixed up or lost.</source>
        <translation>La base de datos de destino ya tiene datos (%1): Tandem solo copia en una vacía, para que nada se mezcle ni se pierda.</translation>
    </message>
</context>
<context>
    <name>Dialog360Provider</name>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="14"/>
        <source>360dialog</source>
        <translation>360dialog</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="16"/>
        <source>Meta&apos;s Cloud API hosted by a partner: one API key per number, no mark-up on Meta&apos;s template prices (360dialog&apos;s statement), templates and interactive messages as with Meta.</source>
        <translation>La API de la nube de Meta alojada por un socio: una clave de API por número, sin recargo sobre los precios de plantillas de Meta (según 360dialog), plantillas y mensajes interactivos como con Meta.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="19"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="20"/>
        <source>In the 360dialog hub, under the number&apos;s API keys: each number has its own. Kept in your system keychain.</source>
        <translation>En el panel de 360dialog, en las claves de API del número: cada número tiene la suya. Se guarda en el llavero de tu sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="23"/>
        <source>letters, digits, - and _, at least 8 of them.</source>
        <translation>letras, dígitos, - y _, al menos 8.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="24"/>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="25"/>
        <source>The number this API key sends from, as the 360dialog hub shows it. Tandem shows it beside the sender&apos;s name.</source>
        <translation>El número desde el que envía esta clave de API, tal como lo muestra el panel de 360dialog. Tandem lo muestra junto al nombre del remitente.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="28"/>
        <source>+ then the country code and number, digits only.</source>
        <translation>+ y luego el código de país y el número, solo dígitos.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="29"/>
        <source>Webhook key</source>
        <translation>Clave del webhook</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="30"/>
        <source>360dialog does not sign its webhooks. Tandem makes this key itself and gives it to 360dialog with the webhook address (Webhooks &gt; Point this number&apos;s webhooks here); 360dialog sends it back with every report, and Tandem believes only reports that carry it. Kept in your system keychain.</source>
        <translation>360dialog no firma sus webhooks. Tandem crea esta clave y se la da a 360dialog junto con la dirección del webhook (Webhooks &gt; Dirigir aquí los webhooks de este número); 360dialog la devuelve con cada informe, y Tandem solo cree los informes que la traen. Se guarda en el llavero de tu sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="35"/>
        <source>16 to 128 letters, digits and dashes.</source>
        <translation>de 16 a 128 letras, dígitos y guiones.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="36"/>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="37"/>
        <source>Numbers written without + and a country code are read as numbers of this country.</source>
        <translation>Los números escritos sin + ni código de país se leen como números de este país.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="39"/>
        <source>a two-letter country code such as US or DE.</source>
        <translation>un código de país de dos letras, como AR o MX.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="40"/>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="41"/>
        <source>Leave as is. 360dialog&apos;s test sandbox, for a test key sent to your own phone, is https://waba-sandbox.360dialog.io.</source>
        <translation>Déjalo como está. El entorno de pruebas de 360dialog, para una clave de prueba enviada a tu propio teléfono, es https://waba-sandbox.360dialog.io.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360provider.cpp" line="73"/>
        <source>360dialog cannot be asked for a message&apos;s status; it reports delivered and read through the webhook.</source>
        <translation>A 360dialog no se le puede preguntar el estado de un mensaje; informa de entregado y leído por el webhook.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360provider.cpp" line="100"/>
        <source>This sender has no webhook key yet; save its settings again so Tandem makes one.</source>
        <translation>Este remitente todavía no tiene clave de webhook; guarda de nuevo su configuración para que Tandem cree una.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360requests.cpp" line="86"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360requests.cpp" line="91"/>
        <source>360dialog posts only to https:// addresses.</source>
        <translation>360dialog solo envía a direcciones https://.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360requests.cpp" line="93"/>
        <source>360dialog takes no port in a webhook address (&quot;:%1&quot;): give the receiver an address on the standard port, for example through a tunnel.</source>
        <translation>360dialog no acepta un puerto en la dirección de un webhook («:%1»): dale al receptor una dirección en el puerto estándar, por ejemplo con un túnel.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360requests.cpp" line="98"/>
        <source>360dialog takes no underscore (_) in a webhook&apos;s host name.</source>
        <translation>360dialog no acepta guiones bajos (_) en el nombre del servidor de un webhook.</translation>
    </message>
</context>
<context>
    <name>Dialog360Responses</name>
    <message>
        <location filename="../core/providers/dialog360responses.cpp" line="40"/>
        <source>API key accepted</source>
        <translation>Clave de API aceptada</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <location filename="../core/outbox/dispatcher.cpp" line="29"/>
        <source>The Tandem that was sending it stopped (or stopped responding) before the provider answered, so it is not known whether it went out.</source>
        <translation>El Tandem que lo estaba enviando se detuvo (o dejó de responder) antes de que el proveedor contestara, así que no se sabe si salió.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="17"/>
        <source>Saving your sender</source>
        <translation>Guardando tu remitente</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="22"/>
        <source>Try saving again</source>
        <translation>Intentar guardar de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="44"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="54"/>
        <source>All set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="56"/>
        <source>&quot;%1&quot; is ready. Its settings are saved in Tandem and its token in your system keychain. Press Finish to see your senders.</source>
        <translation>«%1» está listo. Su configuración está guardada en Tandem y su token en el llavero del sistema. Pulsa Finalizar para ver tus remitentes.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="59"/>
        <source>&quot;%1&quot; is ready for the demo. Its token stays in memory until Tandem closes. Press Finish to see your senders.</source>
        <translation>«%1» está listo para la demo. Su token queda en memoria hasta que Tandem se cierre. Pulsa Finalizar para ver tus remitentes.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="64"/>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>EditProfileDialog</name>
    <message>
        <location filename="../ui/forms/editprofiledialog.cpp" line="21"/>
        <source>Edit &quot;%1&quot;</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <location filename="../ui/forms/editprofiledialog.cpp" line="23"/>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <location filename="../ui/forms/editprofiledialog.cpp" line="65"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>ExtraCa</name>
    <message>
        <location filename="../core/util/extraca.cpp" line="20"/>
        <source>No certificate could be read from %1 (TANDEM_EXTRA_CA): it must be a PEM file.</source>
        <translation>No se pudo leer ningún certificado de %1 (TANDEM_EXTRA_CA): debe ser un archivo PEM.</translation>
    </message>
    <message>
        <location filename="../core/util/extraca.cpp" line="59"/>
        <source>There is no file %1: check the name and the folder.</source>
        <translation>No existe el archivo %1: revisa el nombre y la carpeta.</translation>
    </message>
    <message>
        <location filename="../core/util/extraca.cpp" line="62"/>
        <source>%1 cannot be read: it is a folder, or Tandem may not open it.</source>
        <translation>No se puede leer %1: es una carpeta, o Tandem no tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../core/util/extraca.cpp" line="66"/>
        <source>%1 holds no certificate Tandem can read: it must be a PEM file (text that starts with &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>%1 no contiene ningún certificado que Tandem pueda leer: debe ser un archivo PEM (texto que empieza con «-----BEGIN CERTIFICATE-----»).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="54"/>
        <location filename="../ui/contacts/importdialog.cpp" line="148"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="57"/>
        <source>A CSV file with a column of phone numbers: type or paste its path, or choose it</source>
        <translation>Un archivo CSV con una columna de números de teléfono: escribe o pega su ruta, o elígelo</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="58"/>
        <source>CSV file path</source>
        <translation>Ruta del archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="61"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="75"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="84"/>
        <source>optional, for example: spring-sale</source>
        <translation>opcional, por ejemplo: rebajas-primavera</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="87"/>
        <source>The file&apos;s first rows</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="101"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="114"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="117"/>
        <source>Numbers without +code are in:</source>
        <translation>Los números sin +código son de:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="118"/>
        <source>&amp;Phone number column:</source>
        <translation>Columna del &amp;teléfono:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="119"/>
        <source>&amp;Name column:</source>
        <translation>Columna del &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="120"/>
        <source>&amp;Tags column:</source>
        <translation>Columna de las eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="121"/>
        <source>&amp;Opted-out column:</source>
        <translation>Columna de &amp;bajas:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="122"/>
        <source>Add this tag to &amp;every row:</source>
        <translation>Añadir esta etiqueta a &amp;cada fila:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="125"/>
        <source>The first rows of the file. Columns not chosen above become fields you can use in templates.</source>
        <translation>Las primeras filas del archivo. Las columnas que no elijas arriba se convierten en campos que puedes usar en las plantillas.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="148"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="158"/>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="169"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="169"/>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="177"/>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Elige la columna que contiene los números de teléfono.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="178"/>
        <source>About %n row(s) to import.</source>
        <translation>
            <numerusform>Alrededor de %n fila por importar.</numerusform>
            <numerusform>Alrededor de %n filas por importar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="233"/>
        <source>Will be read as</source>
        <translation>Se leerá como</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="242"/>
        <source>rejected: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="284"/>
        <source>Importing… %1 of about %2 rows</source>
        <translation>Importando… %1 de unas %2 filas</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="290"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="297"/>
        <source>Cancelling… nothing of this file will be kept.</source>
        <translation>Cancelando… no se conservará nada de este archivo.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="319"/>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="325"/>
        <source>Import cancelled. Your contacts are as they were before.</source>
        <translation>Importación cancelada. Tus contactos están como antes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="328"/>
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n contacto nuevo</numerusform>
            <numerusform>%n contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="329"/>
        <source>%n merged with existing ones</source>
        <translation>
            <numerusform>%n combinado con uno existente</numerusform>
            <numerusform>%n combinados con los existentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="330"/>
        <source>%n line(s) rejected.</source>
        <translation>
            <numerusform>%n línea rechazada.</numerusform>
            <numerusform>%n líneas rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="333"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="336"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="56"/>
        <source>Template %1</source>
        <translation>Plantilla %1</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="57"/>
        <source>Template %1: %2</source>
        <translation>Plantilla %1: %2</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="69"/>
        <source>[photo]</source>
        <translation>[foto]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="71"/>
        <source>[video]</source>
        <translation>[vídeo]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="73"/>
        <source>[voice or audio message]</source>
        <translation>[mensaje de voz o audio]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="75"/>
        <source>[document]</source>
        <translation>[documento]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="77"/>
        <source>[sticker]</source>
        <translation>[sticker]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="79"/>
        <source>[location]</source>
        <translation>[ubicación]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="81"/>
        <source>[contact card]</source>
        <translation>[tarjeta de contacto]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="82"/>
        <source>[a message Tandem cannot show: %1]</source>
        <translation>[un mensaje que Tandem no puede mostrar: %1]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="90"/>
        <source>%1 has not written to you, so WhatsApp only lets you send an approved template.</source>
        <translation>%1 no te ha escrito, así que WhatsApp solo te deja enviar una plantilla aprobada.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="92"/>
        <source>More than 24 hours have passed since %1 last wrote (the window closed %2): WhatsApp only lets you send an approved template now.</source>
        <translation>Pasaron más de 24 horas desde que %1 escribió por última vez (la ventana se cerró %2): WhatsApp ahora solo te deja enviar una plantilla aprobada.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="250"/>
        <source>That contact no longer exists.</source>
        <translation>Ese contacto ya no existe.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="271"/>
        <source>Reply to %1</source>
        <translation>Responder a %1</translation>
    </message>
</context>
<context>
    <name>InboxText</name>
    <message>
        <location filename="../core/inbox/inboxledger.cpp" line="85"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
</context>
<context>
    <name>InteractiveMessage</name>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="30"/>
        <source>%1 &quot;%2&quot; is %3 characters long; WhatsApp allows %4.</source>
        <translation>%1 «%2» tiene %3 caracteres; WhatsApp permite %4.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="79"/>
        <source>Write the message above the choices.</source>
        <translation>Escribe el mensaje que va sobre las opciones.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="80"/>
        <source>The message</source>
        <translation>El mensaje</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="81"/>
        <source>The header</source>
        <translation>El encabezado</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="82"/>
        <source>The footer</source>
        <translation>El pie</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="85"/>
        <source>Write at least one button, one per line.</source>
        <translation>Escribe al menos un botón, uno por línea.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="87"/>
        <source>WhatsApp shows at most %1 reply buttons; there are %2.</source>
        <translation>WhatsApp muestra como máximo %1 botones de respuesta; hay %2.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="92"/>
        <source>The button</source>
        <translation>El botón</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="94"/>
        <source>Two buttons say &quot;%1&quot;; each needs its own title.</source>
        <translation>Dos botones dicen «%1»; cada uno necesita su propio título.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="100"/>
        <source>Give the list&apos;s button a text, such as &quot;See the options&quot;.</source>
        <translation>Dale un texto al botón de la lista, como «Ver las opciones».</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="101"/>
        <source>The list&apos;s button</source>
        <translation>El botón de la lista</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="107"/>
        <source>The option</source>
        <translation>La opción</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="108"/>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="110"/>
        <source>An option has a description but no title.</source>
        <translation>Una opción tiene descripción pero no título.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="112"/>
        <source>Two options say &quot;%1&quot;; each needs its own title.</source>
        <translation>Dos opciones dicen «%1»; cada una necesita su propio título.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="117"/>
        <source>Write at least one option, one per line.</source>
        <translation>Escribe al menos una opción, una por línea.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="119"/>
        <source>A WhatsApp list holds at most %1 options; there are %2.</source>
        <translation>Una lista de WhatsApp admite como máximo %1 opciones; hay %2.</translation>
    </message>
</context>
<context>
    <name>LeftOut</name>
    <message>
        <location filename="../core/admission/leftout.cpp" line="39"/>
        <source>opted out</source>
        <translation>se dio de baja</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="41"/>
        <source>stopped marketing</source>
        <translation>no quiere marketing</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="43"/>
        <source>24-hour window closed</source>
        <translation>ventana de 24 horas cerrada</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="45"/>
        <source>a value is missing</source>
        <translation>falta un valor</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="47"/>
        <source>not a valid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="56"/>
        <source>They opted out (they wrote STOP, or the provider said they did): Tandem never sends them anything until you subscribe them again under Contacts.</source>
        <translation>Se dieron de baja (escribieron STOP, o el proveedor lo indicó): Tandem no les envía nada hasta que vuelvas a suscribirlos en Contactos.</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="60"/>
        <source>They stopped marketing messages: only utility, authentication and service messages reach them.</source>
        <translation>Dejaron de recibir marketing: solo les llegan mensajes de utilidad, autenticación y servicio.</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="63"/>
        <source>They have not written in the last 24 hours, so WhatsApp only lets you send them an approved template.</source>
        <translation>No escribieron en las últimas 24 horas, así que WhatsApp solo te deja enviarles una plantilla aprobada.</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="66"/>
        <source>A value the message needs (a variable, or the header&apos;s link) is empty for them.</source>
        <translation>Un valor que el mensaje necesita (una variable, o el enlace del encabezado) está vacío para ellos.</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="69"/>
        <source>Their number is not one WhatsApp can reach.</source>
        <translation>Su número no es uno al que WhatsApp pueda llegar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="60"/>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="60"/>
        <source>Tandem — demo</source>
        <translation>Tandem — demo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="97"/>
        <source>%n new message(s) from customers, under Replies.</source>
        <translation>
            <numerusform>%n mensaje nuevo de un cliente, en Respuestas.</numerusform>
            <numerusform>%n mensajes nuevos de clientes, en Respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="127"/>
        <source>Broadcast queued; it is shown under Activity.</source>
        <translation>Difusión en cola; aparece en Actividad.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="137"/>
        <source> DEMO: nothing leaves this computer </source>
        <translation> DEMO: nada sale de este equipo </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="145"/>
        <source>&quot;%1&quot; works.</source>
        <translation>«%1» funciona.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="145"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="157"/>
        <source>Test message sent from &quot;%1&quot; to %2.</source>
        <translation>Mensaje de prueba enviado desde «%1» a %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="158"/>
        <source>Test message from &quot;%1&quot; not sent: %2</source>
        <translation>El mensaje de prueba desde «%1» no se envió: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="164"/>
        <source>Tandem could not save a sending result, and will try again: %1</source>
        <translation>Tandem no pudo guardar un resultado de envío y lo volverá a intentar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>%n message(s) without an answer were found at the provider: they arrived.</source>
        <translation>
            <numerusform>Se encontró en el proveedor %n mensaje sin respuesta: llegó.</numerusform>
            <numerusform>Se encontraron en el proveedor %n mensajes sin respuesta: llegaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="171"/>
        <source>%n message(s) without an answer had not reached the provider and were sent again.</source>
        <translation>
            <numerusform>%n mensaje sin respuesta no había llegado al proveedor y se envió de nuevo.</numerusform>
            <numerusform>%n mensajes sin respuesta no habían llegado al proveedor y se enviaron de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="197"/>
        <source>No WhatsApp sender set up yet</source>
        <translation>Todavía no hay ningún remitente de WhatsApp configurado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="203"/>
        <source>Tandem sends your WhatsApp messages through Twilio or directly through Meta&apos;s Cloud API. Set up a sender to start: Tandem explains the difference and checks the connection for you.</source>
        <translation>Tandem envía tus mensajes de WhatsApp a través de Twilio o directamente con la API de la nube de Meta. Configura un remitente para empezar: Tandem te explica la diferencia y comprueba la conexión por ti.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="210"/>
        <source>Set up WhatsApp…</source>
        <translation>Configurar WhatsApp…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="74"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="234"/>
        <source>Senders</source>
        <translation>Remitentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="75"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="76"/>
        <source>New broadcast</source>
        <translation>Nueva difusión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="77"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="78"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="79"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="80"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92"/>
        <source>Replies (%1)</source>
        <translation>Respuestas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>&quot;%1&quot; now reports to %2.</source>
        <translation>«%1» ahora informa a %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="153"/>
        <source>&quot;%1&quot; could not be told where to report: %2</source>
        <translation>No se le pudo indicar a «%1» adónde informar: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>Last check</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="255"/>
        <source>Set up…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="256"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="257"/>
        <source>Check connection</source>
        <translation>Comprobar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="258"/>
        <source>Send test message…</source>
        <translation>Enviar mensaje de prueba…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="259"/>
        <source>Switch provider…</source>
        <translation>Cambiar de proveedor…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="260"/>
        <source>Move number…</source>
        <translation>Trasladar número…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="261"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="271"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="272"/>
        <source>&amp;Set up WhatsApp…</source>
        <translation>&amp;Configurar WhatsApp…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="275"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>Se&amp;ttings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="280"/>
        <source>&amp;Delivery reports and replies…</source>
        <translation>&amp;Informes de entrega y respuestas…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="282"/>
        <source>&amp;Shared database…</source>
        <translation>Base de datos &amp;compartida…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>Not in the demo</source>
        <translation>No en la demo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="288"/>
        <source>P&amp;rices…</source>
        <translation>P&amp;recios…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="291"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="294"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="295"/>
        <source>&amp;About Tandem</source>
        <translation>&amp;Acerca de Tandem</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="336"/>
        <source>Tandem&apos;s receiver takes delivery reports and customers&apos; messages on port %1.</source>
        <translation>El receptor de Tandem recibe los informes de entrega y los mensajes de los clientes en el puerto %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="339"/>
        <source>Reports: %1 received</source>
        <translation>Informes: %1 recibidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="340"/>
        <source>%n customer message(s)</source>
        <translation>
            <numerusform>%n mensaje de clientes</numerusform>
            <numerusform>%n mensajes de clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="342"/>
        <source>Reports: receiver stopped (%1)</source>
        <translation>Informes: receptor detenido (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="344"/>
        <source>Reports: asking Twilio (no receiver)</source>
        <translation>Informes: se le pregunta a Twilio (sin receptor)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="370"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="371"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="372"/>
        <source>Not checked yet</source>
        <translation>Sin comprobar todavía</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="374"/>
        <source>Working (%1)</source>
        <translation>Funciona (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="375"/>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="398"/>
        <source>Token needed on this computer</source>
        <translation>Se necesita el token en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="401"/>
        <source>This computer&apos;s keychain has no token for this sender. Broadcasts you compose here are sent by a computer that has it (for example the server running tandem-cli serve), or add the token here with Edit.</source>
        <translation>El llavero de este equipo no tiene el token de este remitente. Las difusiones que prepares aquí las envía un equipo que sí lo tiene (por ejemplo, el servidor que ejecuta tandem-cli serve), o añade el token aquí con Editar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="542"/>
        <source>Set up the sender of the other provider first (Switch provider…), then move &quot;%1&quot; to it.</source>
        <translation>Configura primero el remitente del otro proveedor (Cambiar de proveedor…) y luego traslada «%1» a él.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="549"/>
        <source>Move number</source>
        <translation>Trasladar número</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="549"/>
        <source>Move &quot;%1&quot; and its pending broadcasts to:</source>
        <translation>Trasladar «%1» y sus difusiones pendientes a:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="583"/>
        <source>Checking &quot;%1&quot;…</source>
        <translation>Comprobando «%1»…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="595"/>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="595"/>
        <source>Your WhatsApp number (with + and the country code):</source>
        <translation>Tu número de WhatsApp (con + y el código de país):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="598"/>
        <source>Sending a test message from &quot;%1&quot;…</source>
        <translation>Enviando un mensaje de prueba desde «%1»…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="609"/>
        <source>Its settings are deleted and its tokens removed from the system keychain.</source>
        <translation>Se borra su configuración y se quitan sus tokens del llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="610"/>
        <source>Its settings and tokens are deleted.</source>
        <translation>Se borran su configuración y sus tokens.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="611"/>
        <source>Remove sender</source>
        <translation>Quitar remitente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="612"/>
        <source>Remove &quot;%1&quot;? %2 Broadcasts already sent through it stay under Activity; whatever it still had to send is cancelled. Your contacts stay.</source>
        <translation>¿Quitar «%1»? %2 Las difusiones ya enviadas con él siguen en Actividad; lo que aún tenía por enviar se cancela. Tus contactos se quedan.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="621"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="629"/>
        <source>About Tandem</source>
        <translation>Acerca de Tandem</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="630"/>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;WhatsApp messages for small businesses, through Twilio or Meta&apos;s Cloud API directly.&lt;/p&gt;&lt;p&gt;Tokens are kept only in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Mensajes de WhatsApp para pequeños negocios, a través de Twilio o directamente con la API de la nube de Meta.&lt;/p&gt;&lt;p&gt;Los tokens se guardan solo en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MediaFile</name>
    <message>
        <location filename="../core/media/mediafile.cpp" line="22"/>
        <source>picture</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="24"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="26"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="28"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="70"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="72"/>
        <source>Documents (*.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)</source>
        <translation>Documentos (*.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="74"/>
        <source>Videos (*.mp4 *.3gp)</source>
        <translation>Vídeos (*.mp4 *.3gp)</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="76"/>
        <source>Audio (*.aac *.amr *.mp3 *.m4a *.ogg)</source>
        <translation>Audio (*.aac *.amr *.mp3 *.m4a *.ogg)</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="85"/>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="87"/>
        <source>Tandem may not read %1.</source>
        <translation>Tandem no tiene permiso para leer %1.</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="110"/>
        <source>%1 is a %2 file; WhatsApp takes a %3 only as %4.</source>
        <translation>%1 es un archivo %2; WhatsApp solo acepta un(a) %3 como %4.</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="114"/>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="117"/>
        <source>%1 is %2; WhatsApp takes a %3 of at most %4.</source>
        <translation>%1 ocupa %2; WhatsApp acepta un(a) %3 de como máximo %4.</translation>
    </message>
    <message>
        <location filename="../core/providers/mediaform.cpp" line="36"/>
        <source>Tandem could not read %1: %2</source>
        <translation>Tandem no pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="67"/>
        <source>Hello {{name}}, your order is ready.</source>
        <translation>Hola {{name}}, tu pedido está listo.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="80"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="81"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="82"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="93"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="94"/>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="95"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="98"/>
        <source>Paste the template&apos;s text here, for example: Hi {{1}}, your order {{2}} is ready.</source>
        <translation>Pega aquí el texto de la plantilla, por ejemplo: Hola {{1}}, tu pedido {{2}} está listo.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="102"/>
        <source>Where the header&apos;s file comes from</source>
        <translation>De dónde sale el archivo del encabezado</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="104"/>
        <source>Reply buttons (up to %1)</source>
        <translation>Botones de respuesta (hasta %1)</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="106"/>
        <source>A list to choose from (up to %1 options)</source>
        <translation>Una lista para elegir (hasta %1 opciones)</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="109"/>
        <source>optional, shown in bold above</source>
        <translation>opcional, en negrita arriba</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="112"/>
        <source>Hello {{name}}, when should we deliver your order?</source>
        <translation>Hola {{name}}, ¿cuándo te entregamos tu pedido?</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="119"/>
        <source>See the options</source>
        <translation>Ver las opciones</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="122"/>
        <source>optional, in small grey letters below</source>
        <translation>opcional, en letra pequeña gris abajo</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="129"/>
        <source>Free text only reaches customers who wrote to you in the last 24 hours; for the others, use a template.</source>
        <translation>El texto libre solo llega a los clientes que te escribieron en las últimas 24 horas; para los demás, usa una plantilla.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="135"/>
        <source>&amp;Link to the file:</source>
        <translation>En&amp;lace al archivo:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="142"/>
        <source>&amp;Caption:</source>
        <translation>Pie de &amp;foto:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="148"/>
        <source>From the &amp;account:</source>
        <translation>De la &amp;cuenta:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="150"/>
        <source>Header &amp;image link:</source>
        <translation>Enlace de la imagen del encabe&amp;zado:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="152"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="159"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="162"/>
        <source>&amp;Choices:</source>
        <translation>&amp;Opciones:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="128"/>
        <location filename="../ui/composer/messagepage.cpp" line="161"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="39"/>
        <source>Ch&amp;oose…</source>
        <translation>Eleg&amp;ir…</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="71"/>
        <source>or a picture or document on this computer</source>
        <translation>o una imagen o documento de este ordenador</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="136"/>
        <source>Or a fil&amp;e:</source>
        <translation>O un arc&amp;hivo:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="139"/>
        <source>File on this computer</source>
        <translation>Archivo de este ordenador</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="141"/>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="149"/>
        <source>Header f&amp;rom:</source>
        <translation>Encabezado &amp;desde:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="151"/>
        <source>Templat&amp;e name:</source>
        <translation>&amp;Nombre de la plantilla:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="153"/>
        <source>C&amp;ontent SID:</source>
        <translation>Conte&amp;nt SID:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="154"/>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="155"/>
        <source>Template te&amp;xt:</source>
        <translation>Te&amp;xto de la plantilla:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="160"/>
        <source>Hea&amp;der:</source>
        <translation>Encabe&amp;zado:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="164"/>
        <source>List b&amp;utton:</source>
        <translation>&amp;Botón de la lista:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="165"/>
        <source>F&amp;ooter:</source>
        <translation>P&amp;ie:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="172"/>
        <source>&amp;Send through:</source>
        <translation>&amp;Enviar a través de:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="173"/>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="177"/>
        <source>Variables: where each {{placeholder}} gets its value</source>
        <translation>Variables: de dónde saca su valor cada {{marcador}}</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="203"/>
        <source>Choose the file to send</source>
        <translation>Elige el archivo que quieres enviar</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="203"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="235"/>
        <source>Tomorrow morning | 9:00 to 12:00
Tomorrow afternoon | 14:00 to 18:00
Pick it up at the shop</source>
        <translation>Mañana por la mañana | 9:00 a 12:00
Mañana por la tarde | 14:00 a 18:00
Lo recojo en la tienda</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="237"/>
        <source>Yes, please
Not now</source>
        <translation>Sí, por favor
Ahora no</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="239"/>
        <source>One option a line, at most %1; after a | its description.</source>
        <translation>Una opción por línea, como máximo %1; tras una | su descripción.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="240"/>
        <source>One button a line, at most %1.</source>
        <translation>Un botón por línea, como máximo %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="278"/>
        <source>Template (reaches everyone who opted in)</source>
        <translation>Plantilla (llega a todos los que aceptaron recibir mensajes)</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="279"/>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="280"/>
        <source>Picture or document by link</source>
        <translation>Imagen o documento por enlace</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="280"/>
        <source>Picture or document</source>
        <translation>Imagen o documento</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="281"/>
        <source>Reply buttons or a list (customers who wrote in the last 24 hours)</source>
        <translation>Botones de respuesta o una lista (clientes que escribieron en las últimas 24 horas)</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="289"/>
        <source>Twilio sends approved templates by their Content SID (Twilio Console → Content Template Builder).</source>
        <translation>Twilio envía las plantillas aprobadas por su Content SID (Twilio Console → Content Template Builder).</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="290"/>
        <source>Meta sends approved templates by name and language (WhatsApp Manager → Message templates).</source>
        <translation>Meta envía las plantillas aprobadas por nombre e idioma (WhatsApp Manager → Plantillas de mensajes).</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="319"/>
        <source>A file from this computer is sent to %1 once, before the broadcast is queued, and every customer gets that copy. Pictures: JPEG or PNG up to 5 MB; documents up to 100 MB.</source>
        <translation>Un archivo de este ordenador se envía a %1 una sola vez, antes de poner el envío en cola, y cada cliente recibe esa copia. Imágenes: JPEG o PNG de hasta 5 MB; documentos de hasta 100 MB.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="322"/>
        <source>%1 fetches the file from its link when it sends, so it must be public (https://).</source>
        <translation>%1 descarga el archivo de su enlace al enviar, así que debe ser público (https://).</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="338"/>
        <source>None synced yet (Templates tab): type it in below</source>
        <translation>Ninguna sincronizada todavía (pestaña Plantillas): escríbela abajo</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="339"/>
        <source>Choose one, or type it in below</source>
        <translation>Elige una o escríbela abajo</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="383"/>
        <source>Header %1 link:</source>
        <translation>Enlace del %1 del encabezado:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="418"/>
        <source>One link for everyone</source>
        <translation>Un enlace para todos</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="420"/>
        <source>Each contact&apos;s field: %1</source>
        <translation>Campo de cada contacto: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="524"/>
        <source>Set up a WhatsApp sender first (Senders tab).</source>
        <translation>Configura primero un remitente de WhatsApp (pestaña Remitentes).</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="528"/>
        <source>Write the message.</source>
        <translation>Escribe el mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="532"/>
        <source>Give a link or a file, not both.</source>
        <translation>Indica un enlace o un archivo, no ambos.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="539"/>
        <source>Give the link to the file, starting with https://, or choose a file.</source>
        <translation>Indica el enlace al archivo, que empiece por https://, o elige un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="540"/>
        <source>Give the link to the file, starting with https://.</source>
        <translation>Indica el enlace al archivo, que empiece por https://.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="545"/>
        <source>Give the template&apos;s Content SID (it starts with HX).</source>
        <translation>Indica el Content SID de la plantilla (empieza por HX).</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="547"/>
        <source>Give the template&apos;s name and language.</source>
        <translation>Indica el nombre y el idioma de la plantilla.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="551"/>
        <source>The template shows a %1 at the top: give the link to the file.</source>
        <translation>La plantilla muestra un %1 arriba: indica el enlace al archivo.</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="43"/>
        <source>Waiting for WhatsApp&apos;s review (usually minutes, at most 24 hours).</source>
        <translation>Esperando la revisión de WhatsApp (suele tardar minutos, como máximo 24 horas).</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="45"/>
        <source>Rejected by WhatsApp.</source>
        <translation>Rechazada por WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="46"/>
        <source>Rejected by WhatsApp: %1</source>
        <translation>Rechazada por WhatsApp: %1</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="48"/>
        <source>Paused by WhatsApp because customers reported or blocked it (error 132015).</source>
        <translation>En pausa por WhatsApp porque los clientes la denunciaron o bloquearon (error 132015).</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="50"/>
        <source>Disabled by WhatsApp for good (error 132016).</source>
        <translation>Desactivada por WhatsApp definitivamente (error 132016).</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="52"/>
        <source>Not submitted to WhatsApp for approval yet.</source>
        <translation>Todavía no se envió a WhatsApp para su aprobación.</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="53"/>
        <source>Not approved (%1).</source>
        <translation>No aprobada (%1).</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="59"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="61"/>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="63"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="70"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="72"/>
        <source>under review</source>
        <translation>en revisión</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="74"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="76"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="78"/>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="80"/>
        <source>not submitted</source>
        <translation>sin enviar a revisión</translation>
    </message>
</context>
<context>
    <name>MessagingProvider</name>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="41"/>
        <source>This provider cannot list sent messages, so Tandem cannot tell whether it was sent.</source>
        <translation>Este proveedor no puede listar los mensajes enviados, así que Tandem no puede saber si se envió.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="54"/>
        <source>This provider reports customers&apos; messages only to a webhook.</source>
        <translation>Este proveedor informa de los mensajes de los clientes solo a un webhook.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="66"/>
        <source>This provider does not say what each day cost.</source>
        <translation>Este proveedor no dice lo que costó cada día.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="74"/>
        <source>This provider is told where to report with each message; there is nothing to set.</source>
        <translation>A este proveedor se le indica con cada mensaje adónde informar; no hay nada que configurar.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="82"/>
        <source>This provider takes files only from a public link (https://…); it cannot be sent one from this computer.</source>
        <translation>Este proveedor solo acepta archivos desde un enlace público (https://…); no se le puede enviar uno desde este ordenador.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="92"/>
        <source>This provider cannot copy templates between accounts.</source>
        <translation>Este proveedor no puede copiar plantillas entre cuentas.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="99"/>
        <location filename="../core/providers/messagingprovider.cpp" line="106"/>
        <source>This provider registers numbers in its own console; Tandem cannot do it for you.</source>
        <translation>Este proveedor registra los números en su propia consola; Tandem no puede hacerlo por usted.</translation>
    </message>
</context>
<context>
    <name>MetaCloudProvider</name>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="53"/>
        <location filename="../core/providers/metacloudprovider.cpp" line="64"/>
        <location filename="../core/providers/metacloudprovider.cpp" line="163"/>
        <source>Enter the WhatsApp Business Account ID in the sender&apos;s settings: templates belong to the account.</source>
        <translation>Ingresa el ID de la cuenta de WhatsApp Business en la configuración del remitente: las plantillas pertenecen a la cuenta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="77"/>
        <source>Enter the WhatsApp Business Account ID in the sender&apos;s settings: Meta reports costs per account.</source>
        <translation>Escriba el ID de la cuenta de WhatsApp Business en los ajustes del remitente: Meta informa los costos por cuenta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="99"/>
        <source>The PIN is 6 digits: the number&apos;s two-step verification PIN, which you choose.</source>
        <translation>El PIN tiene 6 dígitos: el PIN de verificación en dos pasos del número, que usted elige.</translation>
    </message>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="111"/>
        <source>Enter the WhatsApp Business Account ID in the sender&apos;s settings: webhooks come per account.</source>
        <translation>Introduzca el ID de la cuenta de WhatsApp Business en los ajustes del remitente: los webhooks llegan por cuenta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="147"/>
        <source>The Cloud API cannot be asked for a message&apos;s status; Meta reports delivered and read through the webhook.</source>
        <translation>A la API de la nube no se le puede preguntar el estado de un mensaje; Meta informa de entregados y leídos a través del webhook.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="14"/>
        <source>Meta Cloud API (direct)</source>
        <translation>API de la nube de Meta (directo)</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="16"/>
        <source>No middleman fee, templates and interactive messages; setup takes longer (Meta business verification, an app, a System User token).</source>
        <translation>Sin tarifa de intermediario, con plantillas y mensajes interactivos; la configuración lleva más tiempo (verificación del negocio en Meta, una app, un token de usuario del sistema).</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="19"/>
        <source>Phone number ID</source>
        <translation>ID del número de teléfono</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="20"/>
        <source>In Meta&apos;s App Dashboard under WhatsApp &gt; API Setup (not the phone number itself).</source>
        <translation>En el panel de apps de Meta, en WhatsApp &gt; Configuración de la API (no es el número de teléfono en sí).</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="21"/>
        <location filename="../core/providers/metadescriptor.cpp" line="24"/>
        <location filename="../core/providers/metadescriptor.cpp" line="26"/>
        <source>digits only.</source>
        <translation>solo dígitos.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="22"/>
        <source>WhatsApp Business Account ID</source>
        <translation>ID de la cuenta de WhatsApp Business</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="23"/>
        <source>Next to the phone number ID. Needed to list and create templates.</source>
        <translation>Junto al ID del número de teléfono. Se necesita para listar y crear plantillas.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="25"/>
        <source>App ID</source>
        <translation>ID de la app</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="25"/>
        <source>At the top of your app in Meta&apos;s App Dashboard.</source>
        <translation>Arriba de tu app en el panel de apps de Meta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="27"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="28"/>
        <source>A System User token with whatsapp_business_messaging (Business Settings &gt; System users). Temporary tokens expire after 24 hours. Kept in your system keychain.</source>
        <translation>Un token de usuario del sistema con whatsapp_business_messaging (Configuración del negocio &gt; Usuarios del sistema). Los tokens temporales caducan a las 24 horas. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="31"/>
        <source>a long token, usually starting with EAA.</source>
        <translation>un token largo, que suele empezar por EAA.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="32"/>
        <source>App secret</source>
        <translation>Clave secreta de la app</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="33"/>
        <source>App Dashboard &gt; App settings &gt; Basic. Checks the signature of Meta&apos;s webhooks. Kept in your system keychain.</source>
        <translation>Panel de apps &gt; Configuración de la app &gt; Básica. Comprueba la firma de los webhooks de Meta. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="35"/>
        <source>32 letters and digits (0-9, a-f).</source>
        <translation>32 letras y dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="36"/>
        <source>Webhook verify token</source>
        <translation>Token de verificación del webhook</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="37"/>
        <source>Any phrase you choose; enter the same one in the App Dashboard&apos;s webhook settings. Kept in your system keychain.</source>
        <translation>Cualquier frase que elijas; ingresa la misma en la configuración del webhook del panel de apps. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="39"/>
        <source>at least 8 characters, no spaces.</source>
        <translation>al menos 8 caracteres, sin espacios.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="40"/>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="41"/>
        <source>Numbers written without + and a country code are read as numbers of this country.</source>
        <translation>Los números escritos sin + ni código de país se leen como números de este país.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="43"/>
        <source>a two-letter country code such as US or DE.</source>
        <translation>un código de país de dos letras, como AR o MX.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="44"/>
        <source>Graph API version</source>
        <translation>Versión de la Graph API</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="44"/>
        <source>Leave as is unless Meta retires this version.</source>
        <translation>Déjala como está, salvo que Meta retire esta versión.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="45"/>
        <source>like v23.0.</source>
        <translation>como v23.0.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="46"/>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="46"/>
        <source>Leave as is unless you test against a local sandbox.</source>
        <translation>Déjala como está, salvo que pruebes contra un sandbox local.</translation>
    </message>
    <message>
        <location filename="../core/providers/metarequests.cpp" line="315"/>
        <source>Content SIDs (HX…) are Twilio templates. With Meta, send a template by its name and language.</source>
        <translation>Los Content SID (HX…) son plantillas de Twilio. Con Meta, envía una plantilla por su nombre e idioma.</translation>
    </message>
</context>
<context>
    <name>MetaResponses</name>
    <message>
        <location filename="../core/providers/metaresponses.cpp" line="50"/>
        <source>Meta did not confirm the webhook address; try again in a moment.</source>
        <translation>Meta no confirmó la dirección del webhook; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaresponses.cpp" line="56"/>
        <source>Meta did not confirm the registration; try again in a moment.</source>
        <translation>Meta no confirmó el registro; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaresponses.cpp" line="62"/>
        <source>Meta did not confirm the webhook subscription; try again in a moment.</source>
        <translation>Meta no confirmó la suscripción a los webhooks; vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>MetaWebhook</name>
    <message>
        <location filename="../core/webhooks/metawebhook.cpp" line="59"/>
        <source>Meta reports that the message failed without saying why.</source>
        <translation>Meta informa de que el mensaje falló sin decir por qué.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/metawebhook.cpp" line="130"/>
        <source>The webhook&apos;s body is not JSON: %1</source>
        <translation>El cuerpo del webhook no es JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/webhooks/metawebhook.cpp" line="139"/>
        <source>The webhook&apos;s body is not a JSON object.</source>
        <translation>El cuerpo del webhook no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="50"/>
        <source>&amp;Register the number</source>
        <translation>&amp;Registrar el número</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="52"/>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="53"/>
        <source>The test message &amp;arrived: the number works at the new provider</source>
        <translation>El mensaje de prueba &amp;llegó: el número funciona con el nuevo proveedor</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="55"/>
        <source>&amp;Move the broadcasts now</source>
        <translation>&amp;Trasladar las difusiones ahora</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="56"/>
        <source>&amp;Undo the move</source>
        <translation>&amp;Deshacer el traslado</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="57"/>
        <source>&amp;Create the missing templates at %1</source>
        <translation>&amp;Crear las plantillas que faltan en %1</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="61"/>
        <source>Move &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Trasladar «%1» a «%2»</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="68"/>
        <source>A 6-digit PIN you choose for the number</source>
        <translation>Un PIN de 6 dígitos que usted elige para el número</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="69"/>
        <source>Two-step verification PIN</source>
        <translation>PIN de verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="72"/>
        <source>Your WhatsApp number, with + and the country code</source>
        <translation>Tu número de WhatsApp, con + y el código de país</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="73"/>
        <source>Your WhatsApp number</source>
        <translation>Tu número de WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="113"/>
        <source>The number is registered for sending through &quot;%1&quot;. Keep the PIN; now send the test message.</source>
        <translation>El número está registrado para enviar a través de &quot;%1&quot;. Guarde el PIN; ahora envíe el mensaje de prueba.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="116"/>
        <source>The number was not registered: %1</source>
        <translation>El número no se registró: %1</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="127"/>
        <source>The test message left through &quot;%1&quot;. Check your phone, then tick the box.</source>
        <translation>El mensaje de prueba salió por «%1». Mira tu teléfono y luego marca la casilla.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="128"/>
        <source>The test message was not sent: %1</source>
        <translation>El mensaje de prueba no se envió: %1</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="135"/>
        <source>The new number&apos;s webhooks could not be pointed at %1: %2. Nothing was moved; try again.</source>
        <translation>No se pudieron dirigir los webhooks del nuevo número a %1: %2. No se trasladó nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="166"/>
        <source>Reading the plan and trying the pending broadcasts on &quot;%1&quot;…</source>
        <translation>Leyendo el plan y probando las difusiones pendientes en &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="185"/>
        <source>WhatsApp carries over by itself</source>
        <translation>WhatsApp conserva por sí solo</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="186"/>
        <source>Stays behind</source>
        <translation>Se queda atrás</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="187"/>
        <source>What you do, in order</source>
        <translation>Lo que hace usted, en orden</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="191"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="194"/>
        <source>What Tandem changes</source>
        <translation>Lo que cambia Tandem</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="196"/>
        <source>Pending broadcasts on &quot;%1&quot;</source>
        <translation>Difusiones pendientes en «%1»</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="202"/>
        <source>Broadcast %1</source>
        <translation>Difusión %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="203"/>
        <source>%n message(s) move</source>
        <translation>
            <numerusform>se traslada %n mensaje</numerusform>
            <numerusform>se trasladan %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="206"/>
        <source>as template %1</source>
        <translation>como plantilla %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="237"/>
        <source>Moved %n broadcast(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>Se trasladó %n difusión a «%1»</numerusform>
            <numerusform>Se trasladaron %n difusiones a «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="238"/>
        <source>&quot;%1&quot; is archived with its history. Until &quot;%2&quot; sends, Undo takes it all back.</source>
        <translation>«%1» está archivado con su historial. Hasta que «%2» envíe, Deshacer lo revierte todo.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="241"/>
        <source>A broadcast cannot go through the new sender yet (see above): link or create its template under Templates, then open this again.</source>
        <translation>Una difusión todavía no puede salir por el nuevo remitente (ver arriba): enlaza o crea su plantilla en Plantillas y vuelve a abrir esto.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="249"/>
        <source>Type your WhatsApp number first.</source>
        <translation>Escribe primero tu número de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="254"/>
        <source>Sending a test message from &quot;%1&quot;…</source>
        <translation>Enviando un mensaje de prueba desde «%1»…</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="263"/>
        <source>Choose a PIN of 6 digits first.</source>
        <translation>Elija primero un PIN de 6 dígitos.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="268"/>
        <source>Registering the number for sending through &quot;%1&quot;…</source>
        <translation>Registrando el número para enviar a través de &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="285"/>
        <source>Pointing the new number&apos;s webhooks at Tandem&apos;s receiver…</source>
        <translation>Dirigiendo los webhooks del nuevo número al receptor de Tandem…</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="319"/>
        <source>The move is undone: &quot;%1&quot; sends its broadcasts again.</source>
        <translation>El traslado se deshizo: «%1» vuelve a enviar sus difusiones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="325"/>
        <source>Creating %n template(s) at %1…</source>
        <translation>
            <numerusform>Creando %n plantilla en %1…</numerusform>
            <numerusform>Creando %n plantillas en %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="343"/>
        <source>Copied %n approved template(s) to %1&apos;s account; the broadcasts can move.</source>
        <translation>
            <numerusform>%n plantilla aprobada copiada a la cuenta de %1; los envíos pueden trasladarse.</numerusform>
            <numerusform>%n plantillas aprobadas copiadas a la cuenta de %1; los envíos pueden trasladarse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="345"/>
        <source>Submitted for WhatsApp&apos;s review at %1. Once approved (sync under Templates), the broadcasts can move.</source>
        <translation>Enviadas a revisión de WhatsApp en %1. Cuando se aprueben (sincroniza en Plantillas), las difusiones podrán trasladarse.</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="29"/>
        <source>%1 cannot send pictures or files.</source>
        <translation>%1 no puede enviar imágenes ni archivos.</translation>
    </message>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="32"/>
        <source>its file was uploaded to the old sender and only it can send that upload; cancel the broadcast, and send it again with the file from the new sender after the move.</source>
        <translation>su archivo se subió al remitente antiguo y solo él puede enviar esa subida; cancela el envío y vuelve a enviarlo con el archivo desde el remitente nuevo después del traslado.</translation>
    </message>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="39"/>
        <source>%1 cannot send reply buttons or lists.</source>
        <translation>%1 no puede enviar botones de respuesta ni listas.</translation>
    </message>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="47"/>
        <source>%1 cannot send templates.</source>
        <translation>%1 no puede enviar plantillas.</translation>
    </message>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="70"/>
        <source>The new sender has no template that is the same message as &quot;%1&quot;: link one under Templates (sync the new sender&apos;s templates first), or create it there.</source>
        <translation>El nuevo remitente no tiene ninguna plantilla que sea el mismo mensaje que «%1»: enlaza una en Plantillas (sincroniza antes las plantillas del nuevo remitente) o créala allí.</translation>
    </message>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="76"/>
        <source>The new sender&apos;s template &quot;%1&quot; cannot be sent yet: %2</source>
        <translation>La plantilla «%1» del nuevo remitente todavía no se puede enviar: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="39"/>
        <source>if sent now, %n would get it</source>
        <translation>
            <numerusform>si se enviara ahora, %n lo recibiría</numerusform>
            <numerusform>si se enviara ahora, %n lo recibirían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="41"/>
        <source>%n left out: %1</source>
        <translation>
            <numerusform>%n queda fuera: %1</numerusform>
            <numerusform>%n quedan fuera: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="43"/>
        <source>about %1 through %2, against %3 through %4</source>
        <translation>unos %1 a través de %2, frente a %3 a través de %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="46"/>
        <source>%n with no price in Tandem&apos;s rate card</source>
        <translation>
            <numerusform>%n sin precio en la tabla de precios de Tandem</numerusform>
            <numerusform>%n sin precio en la tabla de precios de Tandem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="48"/>
        <source>%1 at the new sender&apos;s pace</source>
        <translation>%1 al ritmo del nuevo remitente</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="99"/>
        <source>A sender cannot move to itself.</source>
        <translation>Un remitente no puede pasarse a sí mismo.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="103"/>
        <source>Tandem does not know one of these senders&apos; providers.</source>
        <translation>Tandem no conoce el proveedor de uno de estos remitentes.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="111"/>
        <source>The number&apos;s display name and its quality rating</source>
        <translation>El nombre visible del número y su calificación de calidad</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="112"/>
        <source>Its messaging limit (how many customers it may start conversations with a day)</source>
        <translation>Su límite de mensajes (con cuántos clientes puede iniciar conversaciones al día)</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="113"/>
        <source>Its approved templates of high quality, when both providers use the same business account</source>
        <translation>Sus plantillas aprobadas de alta calidad, cuando ambos proveedores usan la misma cuenta comercial</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="114"/>
        <source>The chat history kept at %1</source>
        <translation>El historial de chats guardado en %1</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="115"/>
        <source>Templates that were not approved or not of high quality: create them again at %1</source>
        <translation>Las plantillas no aprobadas o sin alta calidad: vuelve a crearlas en %1</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="117"/>
        <source>Turn off two-step verification at %1</source>
        <translation>Desactiva la verificación en dos pasos en %1</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="118"/>
        <source>WhatsApp asks for the number&apos;s PIN when a number moves; no provider can turn it off for you. Do it where %1 manages the number.</source>
        <translation>WhatsApp pide el PIN del número cuando un número se traslada; ningún proveedor puede desactivarlo por ti. Hazlo donde %1 administra el número.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="122"/>
        <source>Start the move at %1 and enter the code</source>
        <translation>Inicia el traslado en %1 e introduce el código</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="123"/>
        <source>%1 asks WhatsApp to move the number; WhatsApp sends a 6-digit code to it by text message or call, which you enter at %1. Sending through %2 stops then.</source>
        <translation>%1 le pide a WhatsApp que traslade el número; WhatsApp le envía un código de 6 dígitos por SMS o llamada, que introduces en %1. Entonces se deja de enviar por %2.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="130"/>
        <source>Register the number at %1 with a PIN you choose</source>
        <translation>Registrar el número en %1 con un PIN que usted elige</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="131"/>
        <source>Once the code is entered, the number must be registered for sending, with a 6-digit PIN that becomes its two-step verification PIN, and its account&apos;s webhooks must reach Tandem&apos;s app. Tandem does both for you (Register the number). Keep the PIN: WhatsApp asks for it when the number moves again.</source>
        <translation>Una vez introducido el código, el número debe registrarse para enviar, con un PIN de 6 dígitos que pasa a ser su PIN de verificación en dos pasos, y los webhooks de su cuenta deben llegar a la aplicación de Tandem. Tandem hace ambas cosas por usted (Registrar el número). Guarde el PIN: WhatsApp lo pide cuando el número vuelve a trasladarse.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="137"/>
        <source>Check the number works at %1</source>
        <translation>Comprueba que el número funciona en %1</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="138"/>
        <source>Send a test message from &quot;%1&quot; in Tandem and confirm it arrived. Nothing moves before that.</source>
        <translation>Envía un mensaje de prueba desde «%1» en Tandem y confirma que llegó. Antes de eso no se traslada nada.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="196"/>
        <source>Point the number&apos;s webhooks at Tandem&apos;s receiver, through %1</source>
        <translation>Dirigir los webhooks del número al receptor de Tandem, a través de %1</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="198"/>
        <source>Tell %1 where to report with each message</source>
        <translation>Indicarle a %1 adónde informar con cada mensaje</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="201"/>
        <source>Nothing to move: no broadcast of &quot;%1&quot; is waiting to be sent</source>
        <translation>Nada que trasladar: ninguna difusión de «%1» espera ser enviada</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="204"/>
        <source>Move %n broadcast(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>Trasladar %n difusión a «%1»</numerusform>
            <numerusform>Trasladar %n difusiones a «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="206"/>
        <source>with %n message(s) not sent yet; scheduled and paused ones stay so</source>
        <translation>
            <numerusform>con %n mensaje aún sin enviar; las programadas y pausadas siguen así</numerusform>
            <numerusform>con %n mensajes aún sin enviar; las programadas y pausadas siguen así</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="208"/>
        <source>Keep %n message(s) whose answer was lost with &quot;%1&quot;, for you to resend or drop under Activity</source>
        <translation>
            <numerusform>Dejar %n mensaje cuya respuesta se perdió con «%1», para que lo reenvíes o descartes en Actividad</numerusform>
            <numerusform>Dejar %n mensajes cuya respuesta se perdió con «%1», para que los reenvíes o descartes en Actividad</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="212"/>
        <source>Archive &quot;%1&quot; with its history</source>
        <translation>Archivar «%1» con su historial</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="213"/>
        <source>Contacts, opt-outs and 24-hour windows stay as they are: they belong to your customers, not to a sender</source>
        <translation>Los contactos, las bajas y las ventanas de 24 horas quedan como están: son de tus clientes, no de un remitente</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="42"/>
        <source>The move could not be stored: %1</source>
        <translation>No se pudo guardar el traslado: %1</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="76"/>
        <source>There is no move %1.</source>
        <translation>No existe el traslado %1.</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="139"/>
        <source>This sender is already moving to another sender: finish or undo that move first.</source>
        <translation>Este remitente ya se está trasladando a otro remitente: termina o deshaz ese traslado primero.</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="179"/>
        <source>First check the number works at the new sender: send a test message and confirm it arrived.</source>
        <translation>Primero comprueba que el número funciona en el nuevo remitente: envía un mensaje de prueba y confirma que llegó.</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="189"/>
        <source>Tandem does not know the new sender&apos;s provider.</source>
        <translation>Tandem no conoce el proveedor del nuevo remitente.</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="211"/>
        <source>Nothing was moved. Broadcast %1: %2</source>
        <translation>No se trasladó nada. Difusión %1: %2</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="265"/>
        <source>Move the broadcasts first; the old sender is archived last.</source>
        <translation>Traslada primero las difusiones; el remitente anterior se archiva al final.</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="305"/>
        <source>The new sender has sent moved messages already; the move can no longer be undone.</source>
        <translation>El nuevo remitente ya envió mensajes trasladados; el traslado ya no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopy.cpp" line="32"/>
        <source>its %1 header</source>
        <translation>su encabezado %1</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopy.cpp" line="53"/>
        <source>its buttons</source>
        <translation>sus botones</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopyjob.cpp" line="69"/>
        <source>%1: Tandem does not have its text; sync &quot;%2&quot;&apos;s templates first.</source>
        <translation>%1: Tandem no tiene su texto; sincronice primero las plantillas de &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopyjob.cpp" line="91"/>
        <source>The templates were not copied between the accounts (%1); each one is submitted for review instead.</source>
        <translation>Las plantillas no se copiaron entre las cuentas (%1); cada una se envía a revisión en su lugar.</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopyjob.cpp" line="104"/>
        <source>not copied</source>
        <translation>no copiada</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopyjob.cpp" line="112"/>
        <source>Copied, but &quot;%1&quot;&apos;s templates could not be read: %2</source>
        <translation>Copiadas, pero no se pudieron leer las plantillas de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <location filename="../core/providers/networkerrors.cpp" line="72"/>
        <source>The message was sent, but the provider did not answer in time, so Tandem cannot tell whether it went out. It is not sent again by itself.</source>
        <translation>El mensaje se envió, pero el proveedor no respondió a tiempo, así que Tandem no puede saber si salió. No se vuelve a enviar solo.</translation>
    </message>
    <message>
        <location filename="../core/providers/networkerrors.cpp" line="78"/>
        <source>The message was sent, but the connection closed before the provider answered, so Tandem cannot tell whether it went out. It is not sent again by itself.</source>
        <translation>El mensaje se envió, pero la conexión se cerró antes de que el proveedor respondiera, así que Tandem no puede saber si salió. No se vuelve a enviar solo.</translation>
    </message>
    <message>
        <location filename="../core/providers/networkerrors.cpp" line="92"/>
        <source>%1 answered that the message was taken, but the answer could not be read (perhaps a proxy changed it), so Tandem has no message id for it. It is not sent again by itself.</source>
        <translation>%1 respondió que recibió el mensaje, pero la respuesta no se pudo leer (quizá un proxy la cambió), así que Tandem no tiene su id. No se vuelve a enviar solo.</translation>
    </message>
</context>
<context>
    <name>OptOutKeywords</name>
    <message>
        <location filename="../core/consent/optoutkeywords.cpp" line="15"/>
        <source>The opt-out keyword list needs &quot;stop&quot; and &quot;start&quot; lists.</source>
        <translation>La lista de palabras de baja necesita las listas «stop» y «start».</translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <location filename="../core/consent/optouts.cpp" line="111"/>
        <source>Say why they may get messages again (for example &quot;asked in the shop on 3 December&quot;): it is kept with the change.</source>
        <translation>Di por qué pueden volver a recibir mensajes (por ejemplo &quot;lo pidió en la tienda el 3 de diciembre&quot;): se guarda con el cambio.</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="121"/>
        <location filename="../core/contacts/contactrepository.cpp" line="277"/>
        <source>There is no contact %1.</source>
        <translation>No hay ningún contacto %1.</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="145"/>
        <source>replied &quot;%1&quot;</source>
        <translation>respondió «%1»</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="152"/>
        <source>%1 refused a message: they had replied STOP (21610)</source>
        <translation>%1 rechazó un mensaje: el cliente había respondido STOP (21610)</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="154"/>
        <source>%1 refused a message: opted out (%2)</source>
        <translation>%1 rechazó un mensaje: se dio de baja (%2)</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="158"/>
        <source>marked by you</source>
        <translation>marcado por ti</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="160"/>
        <source>imported as opted out</source>
        <translation>importado como dado de baja</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/outbox/broadcasts.cpp" line="136"/>
        <source>The broadcast was cancelled before it started.</source>
        <translation>La difusión se canceló antes de empezar.</translation>
    </message>
    <message>
        <location filename="../core/outbox/broadcasts.cpp" line="151"/>
        <source>There is no broadcast %1.</source>
        <translation>No existe la difusión %1.</translation>
    </message>
</context>
<context>
    <name>PeriodResults</name>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="49"/>
        <source>week of %1</source>
        <translation>semana del %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="62"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="63"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="64"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="65"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="68"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="69"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="70"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="73"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="76"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="78"/>
        <source>B&amp;y:</source>
        <translation>P&amp;or:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="80"/>
        <source>Se&amp;nder:</source>
        <translation>Remi&amp;tente:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <location filename="../ui/analytics/periodresults.cpp" line="294"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <location filename="../ui/analytics/periodresults.cpp" line="294"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <location filename="../ui/analytics/periodresults.cpp" line="294"/>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <location filename="../ui/analytics/periodresults.cpp" line="294"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="103"/>
        <source>Cost (estimated)</source>
        <translation>Coste (estimado)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="103"/>
        <source>Cost (reported)</source>
        <translation>Coste (informado)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="103"/>
        <source>Per delivered</source>
        <translation>Por entregado</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="103"/>
        <source>Per read</source>
        <translation>Por leído</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="121"/>
        <source>Ask Meta a&amp;gain</source>
        <translation>Preguntar de &amp;nuevo a Meta</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="123"/>
        <source>Meta says what each day cost the account; Tandem asks at most once an hour by itself.</source>
        <translation>Meta dice lo que costó cada día a la cuenta; Tandem pregunta por sí solo como mucho una vez por hora.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="145"/>
        <source>Asking Meta what the days cost…</source>
        <translation>Preguntando a Meta lo que costaron los días…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="168"/>
        <source>Every sender</source>
        <translation>Todos los remitentes</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="251"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="231"/>
        <location filename="../ui/analytics/periodresults.cpp" line="265"/>
        <source>The results could not be read: %1</source>
        <translation>No se pudieron leer los resultados: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="312"/>
        <source>Nothing was sent in this period.</source>
        <translation>No se envió nada en este periodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/periodresults.cpp" line="339"/>
        <source>%n message(s) sent, %1 delivered. Estimated cost %2 (Meta&apos;s rate card and the provider&apos;s fee); reported by the providers: %3.</source>
        <translation>
            <numerusform>%n mensaje enviado, %1 entregados. Coste estimado %2 (la tarifa de Meta y la comisión del proveedor); informado por los proveedores: %3.</numerusform>
            <numerusform>%n mensajes enviados, %1 entregados. Coste estimado %2 (la tarifa de Meta y la comisión del proveedor); informado por los proveedores: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="345"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="346"/>
        <source>Why messages failed: %1</source>
        <translation>Por qué fallaron los mensajes: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="366"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="366"/>
        <source>results.csv</source>
        <translation>resultados.csv</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="371"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="373"/>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="30"/>
        <source>The phone number is empty.</source>
        <translation>El número de teléfono está vacío.</translation>
    </message>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="38"/>
        <source>&quot;%1&quot; has no country code. Write it with + and the country code, or choose a default country.</source>
        <translation>«%1» no tiene código de país. Escríbelo con + y el código de país, o elige un país predeterminado.</translation>
    </message>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="42"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="45"/>
        <source>&quot;%1&quot; is not a valid phone number for its country. Check the digits and the country code.</source>
        <translation>«%1» no es un número de teléfono válido para su país. Revisa los dígitos y el código de país.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="28"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="34"/>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="43"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="48"/>
        <source>Tandem speaks the new language from its next start.</source>
        <translation>Tandem hablará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="52"/>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation>ninguno: solo las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="54"/>
        <source>Extra certificate authorities file</source>
        <translation>Archivo de autoridades de certificación adicionales</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="60"/>
        <source>Choose a PEM file of certificate authorities</source>
        <translation>Elige un archivo PEM de autoridades de certificación</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="62"/>
        <source>Certificate authorities</source>
        <translation>Autoridades de certificación</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="63"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="73"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="74"/>
        <source>An antivirus or a company network that inspects secure connections signs them with its own certificate. Name its PEM file here and Tandem trusts it besides the system&apos;s, to reach Twilio and Meta.</source>
        <translation>Un antivirus o una red de empresa que inspecciona las conexiones seguras las firma con su propio certificado. Indica aquí su archivo PEM y Tandem confiará en él, además de en los del sistema, para llegar a Twilio y Meta.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="83"/>
        <source>Extra &amp;certificates:</source>
        <translation>&amp;Certificados adicionales:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/preferencesdialog.cpp" line="117"/>
        <source>%n certificate(s): %1</source>
        <translation>
            <numerusform>%n certificado: %1</numerusform>
            <numerusform>%n certificados: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../core/admission/admission.cpp" line="29"/>
        <source>The template %1 has no %2 version; it exists in %3 (error 132001).</source>
        <translation>La plantilla %1 no tiene versión en %2; existe en %3 (error 132001).</translation>
    </message>
    <message>
        <location filename="../core/admission/admission.cpp" line="32"/>
        <source>The sender&apos;s account has no template %1 (error 132001); sync the templates, or check the name.</source>
        <translation>La cuenta del remitente no tiene la plantilla %1 (error 132001); sincroniza las plantillas o revisa el nombre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/admission/admission.cpp" line="41"/>
        <source>The template takes %n value(s) in its text, and the message gives %1 (error 132000).</source>
        <translation>
            <numerusform>La plantilla lleva %n valor en su texto y el mensaje da %1 (error 132000).</numerusform>
            <numerusform>La plantilla lleva %n valores en su texto y el mensaje da %1 (error 132000).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/admission/admission.cpp" line="47"/>
        <source>The template has a %1 header: give the link to the file (error 132012).</source>
        <translation>La plantilla tiene un encabezado de tipo %1: indica el enlace al archivo (error 132012).</translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message>
        <location filename="../core/util/sendingtime.cpp" line="12"/>
        <source>under a second</source>
        <translation>menos de un segundo</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/util/sendingtime.cpp" line="17"/>
        <source>about %n second(s)</source>
        <translation>
            <numerusform>alrededor de %n segundo</numerusform>
            <numerusform>alrededor de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/util/sendingtime.cpp" line="19"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/util/sendingtime.cpp" line="20"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>alrededor de %n hora</numerusform>
            <numerusform>alrededor de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="42"/>
        <source>Before anything is sent: who gets it, who does not and why, what it costs.</source>
        <translation>Antes de enviar nada: quién lo recibe, quién no y por qué, y cuánto cuesta.</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="64"/>
        <source>Meta&apos;s price plus %1&apos;s fee</source>
        <translation>Precio de Meta más la comisión de %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="102"/>
        <source>It cannot be sent as it is:</source>
        <translation>No se puede enviar tal como está:</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="104"/>
        <source>Will receive it:</source>
        <translation>Lo recibirán:</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="105"/>
        <source>Opted out (never messaged):</source>
        <translation>Dados de baja (nunca se les escribe):</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="107"/>
        <source>Outside the 24-hour window (free text can&apos;t reach them):</source>
        <translation>Fuera de la ventana de 24 horas (el texto libre no les llega):</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="109"/>
        <source>Missing a variable&apos;s value:</source>
        <translation>Les falta el valor de una variable:</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="111"/>
        <source>Number WhatsApp can&apos;t reach:</source>
        <translation>Número al que WhatsApp no puede llegar:</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="116"/>
        <source>Estimated cost: &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Costo estimado: &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="65"/>
        <source>Meta&apos;s price</source>
        <translation>Precio de Meta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="120"/>
        <source>%1: %Ln message(s), no known price</source>
        <translation>
            <numerusform>%1: %Ln mensaje, sin precio conocido</numerusform>
            <numerusform>%1: %Ln mensajes, sin precio conocido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="124"/>
        <source>%1: %Ln message(s) × %2 = %3 (Meta&apos;s price of %4)</source>
        <translation>
            <numerusform>%1: %Ln mensaje × %2 = %3 (precio de Meta del %4)</numerusform>
            <numerusform>%1: %Ln mensajes × %2 = %3 (precio de Meta del %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="127"/>
        <source>&lt;i&gt;older than a quarter: import Meta&apos;s current rate card&lt;/i&gt;</source>
        <translation>&lt;i&gt;tiene más de un trimestre: importa la tarifa actual de Meta&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="130"/>
        <source>&lt;i&gt;Meta&apos;s volume tier: %1. Meta charges less than this list price.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nivel de volumen de Meta: %1. Meta cobra menos que este precio de lista.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="135"/>
        <source>%n recipient(s) in countries without a known rate are not in the estimate.</source>
        <translation>
            <numerusform>%n destinatario en un país sin tarifa conocida no está en la estimación.</numerusform>
            <numerusform>%n destinatarios en países sin tarifa conocida no están en la estimación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="139"/>
        <source>Sending takes %1 at this sender&apos;s pace.</source>
        <translation>El envío tarda %1 al ritmo de este remitente.</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="140"/>
        <source>Sending goes as fast as the provider answers.</source>
        <translation>El envío va tan rápido como responda el proveedor.</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="158"/>
        <source>Show…</source>
        <translation>Mostrar…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="24"/>
        <source>As &amp;read by:</source>
        <translation>Como lo &amp;lee:</translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="60"/>
        <source>Choose an audience with at least one contact to see the message.</source>
        <translation>Elige una audiencia con al menos un contacto para ver el mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="75"/>
        <location filename="../ui/composer/previewpage.cpp" line="77"/>
        <location filename="../ui/composer/previewpage.cpp" line="79"/>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="85"/>
        <source>Template %1 (%2)</source>
        <translation>Plantilla %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="88"/>
        <source>Content template %1</source>
        <translation>Plantilla de contenido %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="111"/>
        <source>Not sent: no value for %1. Give a fallback or fill the field.</source>
        <translation>No se envía: no hay valor para %1. Indica un valor de respaldo o rellena el campo.</translation>
    </message>
</context>
<context>
    <name>PricesDialog</name>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="29"/>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="30"/>
        <source>Meta&apos;s price for each delivered message, in US dollars, by the customer&apos;s market. Tandem estimates costs and keeps budgets with these. Meta changes them on the first day of a quarter: import its current rate card (the CSV in US dollars from its pricing page) when they change.</source>
        <translation>El precio de Meta por cada mensaje entregado, en dólares estadounidenses, según el mercado del cliente. Tandem estima los costes y mantiene los presupuestos con estos precios. Meta los cambia el primer día de cada trimestre: importa su tarifa actual (el CSV en dólares de su página de precios) cuando cambien.</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="39"/>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="39"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="39"/>
        <source>Utility and service</source>
        <translation>Utilidad y servicio</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="39"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="39"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="47"/>
        <source>&amp;Import Meta&apos;s rate card…</source>
        <translation>&amp;Importar la tarifa de Meta…</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="62"/>
        <source>Meta&apos;s rate card</source>
        <translation>Tarifa de Meta</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="62"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="68"/>
        <source>Prices take &amp;effect on (when the file does not say):</source>
        <translation>Los precios entran en &amp;vigor el (si el archivo no lo dice):</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="90"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="97"/>
        <source> (older than a quarter)</source>
        <translation> (tiene más de un trimestre)</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="116"/>
        <source>Meta&apos;s volume tiers this month (utility and authentication cost less per message in a higher tier):</source>
        <translation>Niveles de volumen de Meta este mes (utilidad y autenticación cuestan menos por mensaje en un nivel más alto):</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="119"/>
        <source>Tandem estimates with the prices above; Results shows what Meta reports it charged, with the discount.</source>
        <translation>Tandem estima con los precios de arriba; Resultados muestra lo que Meta informa que cobró, con el descuento.</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="127"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="130"/>
        <source>rate card imported from %1</source>
        <translation>tarifa importada de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/pricesdialog.cpp" line="149"/>
        <source>%n market(s) updated, with prices from %1.</source>
        <translation>
            <numerusform>%n mercado actualizado, con precios desde el %1.</numerusform>
            <numerusform>%n mercados actualizados, con precios desde el %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="12"/>
        <source>Left out: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="15"/>
        <source>Taken by the provider</source>
        <translation>Aceptado por el proveedor</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="20"/>
        <source>Provider or network trouble</source>
        <translation>Problema del proveedor o de la red</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="22"/>
        <source>Sent too fast, slowed down</source>
        <translation>Demasiado rápido, se frenó</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="24"/>
        <source>The sender&apos;s key was refused</source>
        <translation>Se rechazó la clave del remitente</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="26"/>
        <source>Not a WhatsApp number</source>
        <translation>No es un número de WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="28"/>
        <source>24-hour window closed</source>
        <translation>Ventana de 24 horas cerrada</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="30"/>
        <source>Problem with the template</source>
        <translation>Problema con la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="32"/>
        <source>The customer opted out</source>
        <translation>El cliente se dio de baja</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="34"/>
        <source>Blocked by WhatsApp&apos;s rules</source>
        <translation>Bloqueado por las reglas de WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="36"/>
        <source>The provider refused the message</source>
        <translation>El proveedor rechazó el mensaje</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="38"/>
        <location filename="../ui/common/problemtext.cpp" line="42"/>
        <source>Failed for an unknown reason</source>
        <translation>Falló por un motivo desconocido</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="40"/>
        <source>No answer from the provider</source>
        <translation>Sin respuesta del proveedor</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="52"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="68"/>
        <source>Give the sender a name, for example your shop&apos;s name.</source>
        <translation>Ponle un nombre al remitente, por ejemplo el nombre de tu tienda.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="70"/>
        <source>The sender&apos;s name is too long (80 characters at most).</source>
        <translation>El nombre del remitente es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="73"/>
        <source>Unknown provider &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Proveedor desconocido «%1». Elige uno de: %2.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="80"/>
        <source>%1 has no setting called &quot;%2&quot;.</source>
        <translation>%1 no tiene ningún ajuste llamado «%2».</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="83"/>
        <source>%1 is a secret and is kept in the system keychain, not in the database.</source>
        <translation>%1 es un secreto y se guarda en el llavero del sistema, no en la base de datos.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="111"/>
        <location filename="../core/profiles/profilerepository.cpp" line="177"/>
        <source>A sender called &quot;%1&quot; already exists.</source>
        <translation>Ya existe un remitente llamado «%1».</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="113"/>
        <location filename="../core/profiles/profilerepository.cpp" line="178"/>
        <source>Could not save the sender: %1</source>
        <translation>No se pudo guardar el remitente: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="127"/>
        <source>Could not read senders: %1</source>
        <translation>No se pudieron leer los remitentes: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="140"/>
        <location filename="../core/profiles/profilerepository.cpp" line="181"/>
        <location filename="../core/profiles/profilerepository.cpp" line="213"/>
        <source>There is no sender with id %1.</source>
        <translation>No hay ningún remitente con id %1.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="150"/>
        <source>There is no sender called &quot;%1&quot;.</source>
        <translation>No hay ningún remitente llamado «%1».</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="190"/>
        <source> (moved, #%1)</source>
        <translation> (trasladado, n.º %1)</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="193"/>
        <source>Could not archive the sender: %1</source>
        <translation>No se pudo archivar el remitente: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="211"/>
        <location filename="../core/profiles/profilerepository.cpp" line="233"/>
        <location filename="../core/profiles/profilerepository.cpp" line="240"/>
        <source>Could not remove the sender: %1</source>
        <translation>No se pudo quitar el remitente: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="220"/>
        <source>%1 (removed, #%2)</source>
        <translation>%1 (quitado, n.º %2)</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="263"/>
        <source>Could not record the check: %1</source>
        <translation>No se pudo registrar la comprobación: %1</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="44"/>
        <source>Unknown provider &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Proveedor desconocido «%1». Elige uno de: %2.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="50"/>
        <source>&quot;%1&quot; is not a secret setting of %2.</source>
        <translation>«%1» no es un ajuste secreto de %2.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="117"/>
        <source>The sender was not saved: its token could not be stored in the system keychain. %1</source>
        <translation>El remitente no se guardó: su token no se pudo guardar en el llavero del sistema. %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="144"/>
        <source>The sender&apos;s token could not be stored in the system keychain. %1</source>
        <translation>El token del remitente no se pudo guardar en el llavero del sistema. %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="176"/>
        <source>&quot;%1&quot; was removed, but its tokens could not be deleted from the system keychain (%2). Delete the entries named tandem, profile/%3/… there.</source>
        <translation>Se quitó «%1», pero sus tokens no se pudieron borrar del llavero del sistema (%2). Borra allí las entradas llamadas tandem, profile/%3/….</translation>
    </message>
</context>
<context>
    <name>ProviderDescriptor</name>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="19"/>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="20"/>
        <source>How fast Tandem sends through this sender; 0 sends as fast as the provider answers. The default is the provider&apos;s standard rate.</source>
        <translation>Qué tan rápido envía Tandem con este remitente; 0 envía tan rápido como responda el proveedor. El valor predeterminado es el ritmo estándar del proveedor.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="24"/>
        <source>a number, for example 80.</source>
        <translation>un número, por ejemplo 80.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="25"/>
        <source>Backup sender</source>
        <translation>Remitente de respaldo</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="26"/>
        <source>The name of another sender that retries the messages this one cannot deliver (for the kinds of failure chosen below).</source>
        <translation>El nombre de otro remitente que reintenta los mensajes que este no puede entregar (para los tipos de fallo elegidos abajo).</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="30"/>
        <source>Send through the backup on</source>
        <translation>Enviar con el de respaldo cuando haya</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="31"/>
        <source>Comma-separated kinds of failure, for example policy_blocked,rate_limited.</source>
        <translation>Tipos de fallo separados por comas, por ejemplo policy_blocked,rate_limited.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="33"/>
        <source>names like policy_blocked, separated by commas.</source>
        <translation>nombres como policy_blocked, separados por comas.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="34"/>
        <source>Answer STOP with</source>
        <translation>Responder a STOP con</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="35"/>
        <source>Optional: a short confirmation sent to a customer who opts out by writing STOP (or the like), for example &quot;You won&apos;t get our offers any more. Write START to come back.&quot; Leave empty to send nothing.</source>
        <translation>Opcional: una confirmación breve enviada al cliente que se da de baja escribiendo STOP (o algo parecido), por ejemplo «Ya no recibirás nuestras ofertas. Escribe START para volver.». Déjalo vacío para no enviar nada.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="46"/>
        <source>Resend unanswered messages after (minutes)</source>
        <translation>Reenviar los mensajes sin respuesta después de (minutos)</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="47"/>
        <source>When a message was sent but the provider&apos;s answer never came (the connection dropped), Tandem cannot know whether it arrived, and by default waits for you to resend or drop it under Activity. With a number of minutes here, Tandem sends it again by itself once, after that long: a customer whose message did arrive then gets it twice. Leave empty to decide yourself.</source>
        <translation>Cuando un mensaje se envió pero la respuesta del proveedor nunca llegó (se cortó la conexión), Tandem no puede saber si llegó y, por defecto, espera a que lo reenvíes o lo descartes en Actividad. Con un número de minutos aquí, Tandem lo vuelve a enviar solo una vez, pasado ese tiempo: un cliente cuyo mensaje sí llegó lo recibe dos veces. Déjalo vacío para decidir tú.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="53"/>
        <source>a whole number of minutes, for example 30.</source>
        <translation>un número entero de minutos, por ejemplo 30.</translation>
    </message>
</context>
<context>
    <name>ProviderErrors</name>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="14"/>
        <source>Meta could not authenticate the access token: it has expired or was revoked. Create a new token (a System User token does not expire) and enter it in the sender&apos;s settings.</source>
        <translation>Meta no pudo autenticar el token de acceso: caducó o fue revocado. Crea un token nuevo (un token de usuario del sistema no caduca) e ingrésalo en la configuración del remitente.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="19"/>
        <source>Meta reported an unknown API error. Check the request details below.</source>
        <translation>Meta informó de un error desconocido de la API. Revisa los detalles de la solicitud abajo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="21"/>
        <source>Meta&apos;s service is temporarily down. Tandem will try again.</source>
        <translation>El servicio de Meta no está disponible por ahora. Tandem lo intentará de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="23"/>
        <source>The app lacks the capability or permission for this call. Check the app&apos;s WhatsApp permissions in Meta&apos;s App Dashboard.</source>
        <translation>La app no tiene la capacidad o el permiso para esta llamada. Revisa los permisos de WhatsApp de la app en el panel de apps de Meta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="27"/>
        <source>The Meta app made too many API calls. Tandem waits and tries again.</source>
        <translation>La app de Meta hizo demasiadas llamadas a la API. Tandem espera y lo intenta de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="29"/>
        <source>Permission denied: the token lacks the whatsapp_business_messaging permission, or it was removed. Create a token with that permission.</source>
        <translation>Permiso denegado: al token le falta el permiso whatsapp_business_messaging, o se le quitó. Crea un token con ese permiso.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="33"/>
        <source>Meta rejected a parameter (unknown, misspelled or too long), or the phone number ID is wrong. The details below name it.</source>
        <translation>Meta rechazó un parámetro (desconocido, mal escrito o demasiado largo), o el ID del número de teléfono es incorrecto. Los detalles de abajo lo indican.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="37"/>
        <source>The Meta access token has expired or is not valid. Create a new one (a System User token does not expire) and enter it in the sender&apos;s settings.</source>
        <translation>El token de acceso de Meta caducó o no es válido. Crea uno nuevo (un token de usuario del sistema no caduca) e ingrésalo en la configuración del remitente.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="42"/>
        <source>The token is missing a permission this call needs. Give the System User whatsapp_business_messaging and whatsapp_business_management.</source>
        <translation>Al token le falta un permiso que esta llamada necesita. Dale al usuario del sistema whatsapp_business_messaging y whatsapp_business_management.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="46"/>
        <source>The account is temporarily blocked for policy violations. See the account&apos;s status in WhatsApp Manager.</source>
        <translation>La cuenta está bloqueada temporalmente por infringir las políticas. Consulta el estado de la cuenta en WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="50"/>
        <source>The WhatsApp Business Account reached its API rate limit. Tandem waits and tries again.</source>
        <translation>La cuenta de WhatsApp Business alcanzó su límite de llamadas a la API. Tandem espera y lo intenta de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="54"/>
        <source>The number&apos;s sending rate was exceeded. Tandem slows down and tries again.</source>
        <translation>Se superó el ritmo de envío del número. Tandem va más despacio y lo intenta de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="58"/>
        <location filename="../core/providers/twilioerrors.cpp" line="100"/>
        <source>WhatsApp held back this marketing message because the customer is in a Meta experiment. You are not charged; sending again would fail too.</source>
        <translation>WhatsApp retuvo este mensaje de marketing porque el cliente está en un experimento de Meta. No se te cobra; enviarlo de nuevo también fallaría.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="62"/>
        <source>Your business account may not message customers in this country.</source>
        <translation>Tu cuenta comercial no puede escribir a clientes de este país.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="64"/>
        <source>Something went wrong at Meta. Tandem tries a few more times; if it keeps failing, open a Meta support ticket.</source>
        <translation>Algo salió mal en Meta. Tandem lo intenta unas veces más; si sigue fallando, abre un ticket de soporte con Meta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="68"/>
        <source>Access denied: the token has no permission for this phone number.</source>
        <translation>Acceso denegado: el token no tiene permiso para este número de teléfono.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="70"/>
        <source>A required parameter is missing. The details below name it.</source>
        <translation>Falta un parámetro obligatorio. Los detalles de abajo lo indican.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="72"/>
        <source>A parameter value is not valid. The details below say which.</source>
        <translation>El valor de un parámetro no es válido. Los detalles de abajo dicen cuál.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="74"/>
        <source>Meta&apos;s service is temporarily unavailable. Tandem will try again.</source>
        <translation>El servicio de Meta no está disponible temporalmente. Tandem lo intentará de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="76"/>
        <source>The recipient is your own business number. Choose another recipient.</source>
        <translation>El destinatario es tu propio número comercial. Elige otro destinatario.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="78"/>
        <source>This number cannot receive the message: it is not on WhatsApp, has not accepted the latest terms, or uses a very old app.</source>
        <translation>Este número no puede recibir el mensaje: no está en WhatsApp, no aceptó los términos más recientes o usa una app muy antigua.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="82"/>
        <source>Your test number may only message numbers on its allowed list. Add this number to the list in the App Dashboard, or use a production number.</source>
        <translation>Tu número de prueba solo puede escribir a los números de su lista permitida. Añade este número a la lista en el panel de apps, o usa un número de producción.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="86"/>
        <source>The business account is locked (a policy violation or a wrong two-step PIN). See WhatsApp Manager.</source>
        <translation>La cuenta comercial está bloqueada (una infracción de políticas o un PIN de dos pasos incorrecto). Consulta WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="90"/>
        <source>Meta refused because of a payment problem: add or fix the payment method of the WhatsApp Business Account.</source>
        <translation>Meta lo rechazó por un problema de pago: añade o corrige el método de pago de la cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="94"/>
        <source>The phone number is not registered correctly. Register it again in WhatsApp Manager.</source>
        <translation>El número de teléfono no está bien registrado. Regístralo de nuevo en WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="98"/>
        <location filename="../core/providers/twilioerrors.cpp" line="75"/>
        <source>More than 24 hours since this customer wrote to you: WhatsApp only allows an approved template now. Send a template instead.</source>
        <translation>Pasaron más de 24 horas desde que este cliente te escribió: WhatsApp ahora solo permite una plantilla aprobada. Envía una plantilla.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="102"/>
        <source>Too many earlier messages were blocked or reported as spam, so WhatsApp is limiting this number. Improve message quality and try later.</source>
        <translation>Demasiados mensajes anteriores se bloquearon o denunciaron como spam, así que WhatsApp limita este número. Mejora la calidad de los mensajes e inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="106"/>
        <source>WhatsApp did not deliver this marketing message to keep the customer&apos;s engagement healthy. Do not resend within 24 hours.</source>
        <translation>WhatsApp no entregó este mensaje de marketing para mantener sana la interacción del cliente. No lo reenvíes en 24 horas.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="110"/>
        <source>This customer stopped marketing messages from your business. Tandem marks them as opted out; do not resend.</source>
        <translation>Este cliente dejó de recibir mensajes de marketing de tu negocio. Tandem lo marca como dado de baja; no lo reenvíes.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="114"/>
        <source>WhatsApp does not support this message type.</source>
        <translation>WhatsApp no admite este tipo de mensaje.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="116"/>
        <source>The media could not be processed. Check the link opens without a login and the file type and size are ones WhatsApp accepts.</source>
        <translation>No se pudo procesar el archivo multimedia. Comprueba que el enlace se abre sin iniciar sesión y que el tipo y el tamaño del archivo los acepta WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="120"/>
        <source>Too many messages to this one customer in a short time. Tandem waits before sending to them again; other customers are not affected.</source>
        <translation>Demasiados mensajes a este mismo cliente en poco tiempo. Tandem espera antes de volver a escribirle; los demás clientes no se ven afectados.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="124"/>
        <source>The account is in maintenance for a minute. Tandem tries again shortly.</source>
        <translation>La cuenta está en mantenimiento durante un minuto. Tandem lo intentará de nuevo enseguida.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="126"/>
        <source>Marketing templates are switched off for Cloud API on this account.</source>
        <translation>Las plantillas de marketing están desactivadas para la API de la nube en esta cuenta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="128"/>
        <source>The messaging limit was lowered because of template classification violations. Wait until the enforcement ends.</source>
        <translation>El límite de mensajes se redujo por infracciones en la clasificación de plantillas. Espera a que termine la sanción.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="132"/>
        <location filename="../core/providers/twilioerrors.cpp" line="94"/>
        <source>The number of template variables does not match the template. Give every variable a value.</source>
        <translation>El número de variables no coincide con la plantilla. Dale un valor a cada variable.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="136"/>
        <source>This template does not exist in this language or is not approved yet. Check its name and language in WhatsApp Manager.</source>
        <translation>Esta plantilla no existe en este idioma o todavía no está aprobada. Revisa su nombre e idioma en WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="140"/>
        <source>With its variables filled in, the template is too long. Shorten the values.</source>
        <translation>Con sus variables completadas, la plantilla es demasiado larga. Acorta los valores.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="144"/>
        <source>A variable breaks WhatsApp&apos;s formatting rules (for example a newline, a tab or more than four spaces in a row).</source>
        <translation>Una variable incumple las reglas de formato de WhatsApp (por ejemplo, un salto de línea, una tabulación o más de cuatro espacios seguidos).</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="148"/>
        <source>A template variable has the wrong format for the template (for example text where an image is expected).</source>
        <translation>Una variable de la plantilla tiene un formato incorrecto (por ejemplo, texto donde se espera una imagen).</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="152"/>
        <source>A template variable contains a line break, a tab or more than four spaces in a row, which WhatsApp does not allow. Edit the value.</source>
        <translation>Una variable de la plantilla contiene un salto de línea, una tabulación o más de cuatro espacios seguidos, que WhatsApp no permite. Edita el valor.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="156"/>
        <source>This template was paused or disabled by WhatsApp for low quality. Edit it or use another template.</source>
        <translation>WhatsApp puso en pausa o desactivó esta plantilla por baja calidad. Edítala o usa otra plantilla.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="160"/>
        <source>The phone number is not registered for sending through the Cloud API yet. Register it with a 6-digit PIN: Register the number in the migration assistant, or tandem-cli migrate register.</source>
        <translation>El número de teléfono aún no está registrado para enviar a través de la API de la nube. Regístrelo con un PIN de 6 dígitos: Registrar el número en el asistente de traslado, o tandem-cli migrate register.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="164"/>
        <source>Meta rejected the request with a generic user error. Check the details below.</source>
        <translation>Meta rechazó la solicitud con un error genérico del usuario. Revisa los detalles de abajo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="179"/>
        <source>Meta reported error %1: %2</source>
        <translation>Meta informó del error %1: %2</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="198"/>
        <source>Its answer was not the JSON the Cloud API sends; check the API address.</source>
        <translation>Su respuesta no era el JSON que envía la API de la nube; revisa la dirección de la API.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="13"/>
        <source>Twilio did not accept the Account SID and Auth Token (or API key). Copy them again from the Twilio Console and check the account is active.</source>
        <translation>Twilio no aceptó el Account SID y el Auth Token (o la clave de API). Cópialos de nuevo desde la Twilio Console y comprueba que la cuenta esté activa.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="17"/>
        <source>Twilio could not find this account or message. Check the Account SID.</source>
        <translation>Twilio no encontró esta cuenta o este mensaje. Revisa el Account SID.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="19"/>
        <source>Twilio is receiving too many requests at once from this account. Tandem slows down and tries again.</source>
        <translation>Twilio está recibiendo demasiadas solicitudes a la vez de esta cuenta. Tandem va más despacio y lo intenta de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="23"/>
        <source>This phone number is not valid. Check it, including the country code.</source>
        <translation>Este número de teléfono no es válido. Revísalo, incluido el código de país.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="25"/>
        <source>Your Twilio account may not send to this country. Enable it under Messaging &gt; Settings &gt; Geo permissions in the Twilio Console; the change takes effect at once.</source>
        <translation>Tu cuenta de Twilio no puede enviar a este país. Actívalo en Messaging &gt; Settings &gt; Geo permissions de la Twilio Console; el cambio se aplica al instante.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="30"/>
        <source>The message has no text. Write a message or choose a template.</source>
        <translation>El mensaje no tiene texto. Escribe un mensaje o elige una plantilla.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="32"/>
        <source>The sender has neither a WhatsApp number nor a Messaging Service. Set one of them in the sender&apos;s settings.</source>
        <translation>El remitente no tiene ni un número de WhatsApp ni un Messaging Service. Indica uno de los dos en la configuración del remitente.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="36"/>
        <source>The message has no recipient number.</source>
        <translation>El mensaje no tiene número de destinatario.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="38"/>
        <source>This customer replied STOP to your number. Twilio will not deliver to them until they send START; Tandem marks them as opted out.</source>
        <translation>Este cliente respondió STOP a tu número. Twilio no le entregará nada hasta que envíe START; Tandem lo marca como dado de baja.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="42"/>
        <source>The text is longer than Twilio&apos;s 1,600-character limit. Shorten it.</source>
        <translation>El texto supera el límite de 1.600 caracteres de Twilio. Acórtalo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="44"/>
        <source>The message needs text, a media link or a template.</source>
        <translation>El mensaje necesita texto, un enlace a un archivo multimedia o una plantilla.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="46"/>
        <source>A media link is not a valid public web address. Use a link that starts with https:// and opens without a login.</source>
        <translation>Un enlace a un archivo multimedia no es una dirección web pública válida. Usa un enlace que empiece por https:// y se abra sin iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="50"/>
        <source>Twilio does not know this Content template (ContentSid). Check the template&apos;s SID (HX…) in Twilio&apos;s Content Template Builder.</source>
        <translation>Twilio no conoce esta plantilla de contenido (ContentSid). Revisa el SID de la plantilla (HX…) en el Content Template Builder de Twilio.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="54"/>
        <source>The template&apos;s variables were not accepted. Check that every variable of the template has a value.</source>
        <translation>No se aceptaron las variables de la plantilla. Comprueba que cada variable de la plantilla tenga un valor.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="58"/>
        <source>The message was filtered as possible spam. Change the wording; if it keeps happening, contact Twilio support with a few message SIDs.</source>
        <translation>El mensaje se filtró como posible spam. Cambia la redacción; si sigue pasando, contacta con el soporte de Twilio con algunos SID de mensajes.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="62"/>
        <source>The message waited too long in Twilio&apos;s queue and expired. It can be sent again.</source>
        <translation>El mensaje esperó demasiado en la cola de Twilio y caducó. Se puede enviar de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="66"/>
        <source>WhatsApp could not find this recipient. Check the number is on WhatsApp.</source>
        <translation>WhatsApp no encontró a este destinatario. Comprueba que el número esté en WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="70"/>
        <source>Twilio has no WhatsApp sender for your &apos;From&apos; number on this account. Check the number, and that it is approved for WhatsApp in the Twilio Console.</source>
        <translation>Twilio no tiene un remitente de WhatsApp para tu número «From» en esta cuenta. Revisa el número y que esté aprobado para WhatsApp en la Twilio Console.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="79"/>
        <source>Your Twilio account is sending faster than its limit. Tandem slows down and tries again.</source>
        <translation>Tu cuenta de Twilio envía más rápido de lo que permite su límite. Tandem va más despacio y lo intenta de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="83"/>
        <source>WhatsApp&apos;s sending limit for this number was reached (the Twilio Sandbox allows one message every 3 seconds; business numbers have a daily limit of new customers). Tandem waits and tries again.</source>
        <translation>Se alcanzó el límite de envío de WhatsApp para este número (el Twilio Sandbox permite un mensaje cada 3 segundos; los números comerciales tienen un límite diario de clientes nuevos). Tandem espera y lo intenta de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="88"/>
        <source>This number cannot receive WhatsApp messages: it is not on WhatsApp, has not accepted WhatsApp&apos;s terms, or uses a very old app.</source>
        <translation>Este número no puede recibir mensajes de WhatsApp: no está en WhatsApp, no aceptó los términos de WhatsApp o usa una app muy antigua.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="92"/>
        <source>The template does not exist in this language or is not approved yet.</source>
        <translation>La plantilla no existe en este idioma o todavía no está aprobada.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="98"/>
        <source>WhatsApp could not deliver this message to the customer&apos;s app.</source>
        <translation>WhatsApp no pudo entregar este mensaje en la app del cliente.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="114"/>
        <source>Twilio reported error %1: %2 See https://www.twilio.com/docs/errors/%1 for what to do.</source>
        <translation>Twilio informó del error %1: %2 Consulta https://www.twilio.com/docs/errors/%1 para saber qué hacer.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="136"/>
        <source>Twilio said: %1</source>
        <translation>Twilio dijo: %1</translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="66"/>
        <source>The provider did not accept the sender&apos;s credentials. Check them in the sender&apos;s settings.</source>
        <translation>El proveedor no aceptó las credenciales del remitente. Revísalas en la configuración del remitente.</translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="69"/>
        <source>The provider asked Tandem to slow down. Tandem waits and tries again.</source>
        <translation>El proveedor le pidió a Tandem que vaya más despacio. Tandem espera y lo intenta de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="71"/>
        <source>The provider had a temporary problem (HTTP %1). Tandem will try again.</source>
        <translation>El proveedor tuvo un problema temporal (HTTP %1). Tandem lo intentará de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="74"/>
        <source>The provider rejected the request (HTTP %1). The details below say what it objected to.</source>
        <translation>El proveedor rechazó la solicitud (HTTP %1). Los detalles de abajo dicen qué objetó.</translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="78"/>
        <source>The provider gave an unexpected answer (HTTP %1).</source>
        <translation>El proveedor dio una respuesta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="27"/>
        <source>360dialog says this number sent requests faster than its endpoint allows. Tandem slows down and tries again.</source>
        <translation>360dialog dice que este número envió solicitudes más rápido de lo que permite su servicio. Tandem va más despacio y lo vuelve a intentar.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="31"/>
        <source>360dialog stopped sending for this number because an invoice is overdue. Settle it in the 360dialog hub, then send again.</source>
        <translation>360dialog dejó de enviar para este número porque hay una factura vencida. Págala en el panel de 360dialog y vuelve a enviar.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="35"/>
        <source>360dialog has turned off API access for this number. Ask 360dialog&apos;s support why.</source>
        <translation>360dialog desactivó el acceso a la API para este número. Pregúntale al soporte de 360dialog por qué.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="38"/>
        <source>360dialog did not accept the API key. Each number has its own key: copy this number&apos;s key from the 360dialog hub again, or make a new one there.</source>
        <translation>360dialog no aceptó la clave de API. Cada número tiene su propia clave: vuelve a copiar la de este número desde el panel de 360dialog o crea una nueva allí.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="42"/>
        <source>360dialog blocks this request for your account. Ask 360dialog&apos;s support to enable it.</source>
        <translation>360dialog bloquea esta solicitud para tu cuenta. Pídele al soporte de 360dialog que la habilite.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="45"/>
        <source>360dialog had an internal error. Tandem tries again later.</source>
        <translation>360dialog tuvo un error interno. Tandem lo vuelve a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="47"/>
        <source>360dialog could not reach WhatsApp for this number just now. Tandem tries again later.</source>
        <translation>360dialog no pudo comunicarse con WhatsApp para este número en este momento. Tandem lo vuelve a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="92"/>
        <source>360dialog says: %1</source>
        <translation>360dialog dice: %1</translation>
    </message>
</context>
<context>
    <name>ProviderFactory</name>
    <message>
        <location filename="../core/profiles/providerfactory.cpp" line="25"/>
        <source>Tandem does not know the provider &quot;%1&quot;.</source>
        <translation>Tandem no conoce el proveedor &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="23"/>
        <source>Choose how to send</source>
        <translation>Elige cómo enviar</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="24"/>
        <source>They all deliver the same WhatsApp messages. They differ in cost, setup time and features; you can switch later without losing your contacts.</source>
        <translation>Todos entregan los mismos mensajes de WhatsApp. Se diferencian en costo, tiempo de configuración y funciones; puedes cambiar más adelante sin perder tus contactos.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="130"/>
        <source>Your numbers point to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Tus números apuntan a &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <location filename="../core/pricing/ratecard.cpp" line="46"/>
        <source>The rate card is not valid JSON: %1</source>
        <translation>La tarifa no es un JSON válido: %1</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecard.cpp" line="48"/>
        <source>Tandem keeps Meta&apos;s prices in US dollars.</source>
        <translation>Tandem guarda los precios de Meta en dólares estadounidenses.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecard.cpp" line="62"/>
        <source>The rate card has no &quot;Other&quot; market for the countries it does not name.</source>
        <translation>La tarifa no tiene un mercado «Otros» para los países que no nombra.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecard.cpp" line="93"/>
        <source>A market of the rate card has no key or name.</source>
        <translation>Un mercado de la tarifa no tiene clave ni nombre.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecard.cpp" line="95"/>
        <source>The prices for %1 have no date or source.</source>
        <translation>Los precios de %1 no tienen fecha ni fuente.</translation>
    </message>
</context>
<context>
    <name>RateCardImport</name>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="113"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="139"/>
        <source>Line %1: Tandem does not know the market &quot;%2&quot;.</source>
        <translation>Línea %1: Tandem no conoce el mercado «%2».</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="143"/>
        <source>Line %1: the prices are in %2; import Meta&apos;s rate card in US dollars.</source>
        <translation>Línea %1: los precios están en %2; importa la tarifa de Meta en dólares estadounidenses.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="164"/>
        <source>Line %1: &quot;%2&quot; is not a price for %3.</source>
        <translation>Línea %1: «%2» no es un precio para %3.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="170"/>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="171"/>
        <source>utility</source>
        <translation>utilidad</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="172"/>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="173"/>
        <source>authentication-international</source>
        <translation>autenticación internacional</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="178"/>
        <source>No header with a Market column and prices was found: is this Meta&apos;s rate card?</source>
        <translation>No se encontró una cabecera con una columna Market y precios: ¿es la tarifa de Meta?</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="182"/>
        <source>The file does not say when its prices take effect: give the date.</source>
        <translation>El archivo no dice cuándo entran en vigor sus precios: indica la fecha.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="184"/>
        <source>The file has no prices.</source>
        <translation>El archivo no tiene precios.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="187"/>
        <source>The rate card was not imported; nothing changed.</source>
        <translation>La tarifa no se importó; no cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/pricing/ratecardimport.cpp" line="191"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverDialog</name>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="36"/>
        <source>Receive delivery reports and customers&apos; replies</source>
        <translation>Recibir informes de entrega y respuestas de los clientes</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="38"/>
        <source>Also listen on this computer&apos;s network addresses</source>
        <translation>Escuchar también en las direcciones de red de esta computadora</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="43"/>
        <source>Send a test report</source>
        <translation>Enviar un informe de prueba</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="44"/>
        <source>Point this number&apos;s webhooks here</source>
        <translation>Dirigir aquí los webhooks de este número</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="45"/>
        <source>Show the verify token</source>
        <translation>Mostrar el token de verificación</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="46"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="50"/>
        <source>Delivery reports and replies</source>
        <translation>Informes de entrega y respuestas</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="56"/>
        <source>Off (the safe choice): only programs on this computer reach the receiver, which is all a tunnel such as cloudflared or ngrok needs. On: other computers on your network reach it too; choose this only when a proxy on another computer forwards the providers&apos; calls here.</source>
        <translation>Desactivado (lo seguro): solo los programas de esta computadora llegan al receptor, que es todo lo que necesita un túnel como cloudflared o ngrok. Activado: también llegan otras computadoras de tu red; elígelo solo cuando un proxy en otra computadora reenvía aquí las llamadas de los proveedores.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="75"/>
        <source>Addresses per sender</source>
        <translation>Direcciones por remitente</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="76"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="76"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="76"/>
        <source>Address to give the provider</source>
        <translation>Dirección que darle al proveedor</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="84"/>
        <source>Twilio and Meta tell Tandem when a message was delivered or read, when one failed later, and when a customer writes back, by calling a web address (a webhook). Tandem&apos;s receiver listens on this computer. The internet reaches it through a tunnel: a small free program that gives this computer a public web address while it runs, such as Cloudflare&apos;s cloudflared (start it with &quot;cloudflared tunnel --url http://localhost:8080&quot;) or ngrok (&quot;ngrok http 8080&quot;). Enter the address it prints below. A business with a small server that is always on can run the receiver there instead, with Tandem&apos;s command-line program: &quot;tandem-cli webhooks serve&quot;.

Without a receiver Tandem asks Twilio about each message itself, a minute after sending and then less often. Meta cannot be asked: its reports and replies only arrive through a webhook.</source>
        <translation>Twilio y Meta le avisan a Tandem cuando un mensaje se entregó o se leyó, cuando uno falló más tarde y cuando un cliente responde, llamando a una dirección web (un webhook). El receptor de Tandem escucha en este equipo. Internet llega a él a través de un túnel: un pequeño programa gratuito que le da a este equipo una dirección web pública mientras funciona, como cloudflared de Cloudflare (se inicia con «cloudflared tunnel --url http://localhost:8080») o ngrok («ngrok http 8080»). Ingresa abajo la dirección que muestra. Un negocio con un pequeño servidor siempre encendido puede ejecutar allí el receptor, con el programa de línea de comandos de Tandem: «tandem-cli webhooks serve».

Sin receptor, Tandem le pregunta a Twilio por cada mensaje, un minuto después de enviarlo y luego con menos frecuencia. A Meta no se le puede preguntar: sus informes y respuestas solo llegan por un webhook.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="98"/>
        <source>Twilio: Tandem gives the status address with every message; paste the incoming-messages address into your WhatsApp sender&apos;s settings in the Twilio Console. Meta: in your app&apos;s dashboard, under WhatsApp &gt; Configuration, enter the address and the sender&apos;s webhook verify token, subscribe to &quot;messages&quot;, and make sure the sender has the App Secret (it checks Meta&apos;s signature) - or let Tandem point the number&apos;s webhooks here.</source>
        <translation>Twilio: Tandem da la dirección de estado con cada mensaje; pega la dirección de mensajes entrantes en la configuración de tu remitente de WhatsApp en la Twilio Console. Meta: en el panel de tu app, en WhatsApp &gt; Configuración, ingresa la dirección y el token de verificación del webhook del remitente, suscríbete a «messages» y asegúrate de que el remitente tenga la clave secreta de la app (comprueba la firma de Meta), o deja que Tandem apunte aquí los webhooks del número.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="109"/>
        <source>Port on this computer:</source>
        <translation>Puerto en este equipo:</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="111"/>
        <source>Public address:</source>
        <translation>Dirección pública:</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="191"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="200"/>
        <source>&lt;public address&gt;</source>
        <translation>&lt;dirección pública&gt;</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="209"/>
        <source>incoming messages: %1</source>
        <translation>mensajes entrantes: %1</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="215"/>
        <source>Twilio is told where to send delivery reports with each message (%1).</source>
        <translation>A Twilio se le indica con cada mensaje adónde enviar los informes de entrega (%1).</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="218"/>
        <source>Tandem gives this address to %1 itself, with the sender&apos;s webhook key: choose &quot;Point this number&apos;s webhooks here&quot;.</source>
        <translation>Tandem le da esta dirección a %1, con la clave de webhook del remitente: elige «Dirigir aquí los webhooks de este número».</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="221"/>
        <source>Paste this into Meta&apos;s app dashboard with the sender&apos;s webhook verify token.</source>
        <translation>Pega esto en el panel de la app de Meta junto con el token de verificación del webhook del remitente.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="235"/>
        <source>The receiver is listening on port %1.</source>
        <translation>El receptor escucha en el puerto %1.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="237"/>
        <source>The receiver is not running: %1</source>
        <translation>El receptor no está en marcha: %1</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="239"/>
        <source>The receiver is off: Tandem asks Twilio for each message&apos;s status; Meta&apos;s reports cannot arrive.</source>
        <translation>El receptor está apagado: Tandem le pregunta a Twilio el estado de cada mensaje; los informes de Meta no pueden llegar.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="266"/>
        <source>This sender has no webhook verify token yet: choose a phrase and enter it under Edit, then the same phrase in Meta&apos;s dashboard.</source>
        <translation>Este remitente todavía no tiene token de verificación del webhook: elige una frase e ingrésala en Editar, y luego la misma frase en el panel de Meta.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="270"/>
        <source>Verify token for Meta&apos;s dashboard: %1</source>
        <translation>Token de verificación para el panel de Meta: %1</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="294"/>
        <source>Sending a signed test report to %1…</source>
        <translation>Enviando un informe de prueba firmado a %1…</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="315"/>
        <source>Asking %1 to send this number&apos;s webhooks to %2…</source>
        <translation>Pidiéndole a %1 que envíe los webhooks de este número a %2…</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="334"/>
        <source>%1 now sends this number&apos;s webhooks to %2.</source>
        <translation>%1 ahora envía los webhooks de este número a %2.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="325"/>
        <source>Set the sender&apos;s webhook verify token first (Edit).</source>
        <translation>Indica primero el token de verificación del webhook del remitente (Editar).</translation>
    </message>
</context>
<context>
    <name>ReceiverSettings</name>
    <message>
        <location filename="../core/webhooks/publicurl.cpp" line="25"/>
        <source>The public address must be a web address such as https://shop.trycloudflare.com.</source>
        <translation>La dirección pública debe ser una dirección web como https://tienda.trycloudflare.com.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/publicurl.cpp" line="28"/>
        <source>The public address is the receiver&apos;s root: leave out anything after ? or #.</source>
        <translation>La dirección pública es la raíz del receptor: quita lo que vaya después de ? o #.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/publicurl.cpp" line="31"/>
        <source>The public address cannot carry a user name or password.</source>
        <translation>La dirección pública no puede llevar un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/publicurl.cpp" line="34"/>
        <source>Meta only calls https:// addresses; a tunnel (cloudflared, ngrok) gives you one.</source>
        <translation>Meta solo llama a direcciones https://; un túnel (cloudflared, ngrok) te da una.</translation>
    </message>
</context>
<context>
    <name>ReceiverThread</name>
    <message>
        <location filename="../core/webhooks/receiverthread.cpp" line="41"/>
        <source>Port %1 is in use or not allowed: choose another in the delivery report settings.</source>
        <translation>El puerto %1 está en uso o no está permitido: elige otro en la configuración de los informes de entrega.</translation>
    </message>
</context>
<context>
    <name>RecipientDetail</name>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="33"/>
        <source>Selected recipient</source>
        <translation>Destinatario seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="34"/>
        <source>Attempts for the selected recipient</source>
        <translation>Intentos del destinatario seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="50"/>
        <source>Choose a recipient to see what happened to their message.</source>
        <translation>Elige un destinatario para ver qué pasó con su mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="64"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/recipientdetail.cpp" line="66"/>
        <source>%1: %2 after %n attempt(s).</source>
        <translation>
            <numerusform>%1: %2 tras %n intento.</numerusform>
            <numerusform>%1: %2 tras %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="70"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="76"/>
        <source>Provider&apos;s message id: %1</source>
        <translation>Id. del mensaje en el proveedor: %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="86"/>
        <source>Not handed to a provider yet.</source>
        <translation>Todavía no se entregó a ningún proveedor.</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="90"/>
        <source>Every attempt:</source>
        <translation>Todos los intentos:</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="94"/>
        <source>a sender since removed</source>
        <translation>un remitente ya eliminado</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="95"/>
        <source>%1, through %2: %3</source>
        <translation>%1, a través de %2: %3</translation>
    </message>
</context>
<context>
    <name>RecipientList</name>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="26"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="33"/>
        <source>The first line must name the columns, one of them &quot;phone&quot;. Found: %1</source>
        <translation>La primera línea debe nombrar las columnas, una de ellas «phone». Se encontró: %1</translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="40"/>
        <source>Variable %1 uses the column &quot;%2&quot;, which the file does not have.</source>
        <translation>La variable %1 usa la columna «%2», que el archivo no tiene.</translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="78"/>
        <source>No value in column &quot;%1&quot; for variable.</source>
        <translation>No hay valor en la columna «%1» para la variable.</translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="83"/>
        <source>%1 is already in the list; sent once.</source>
        <translation>%1 ya está en la lista; se envía una vez.</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="266"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="268"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="270"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="272"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="274"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="276"/>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="278"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="280"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="282"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <location filename="../core/outbox/reconciler.cpp" line="146"/>
        <source>Tandem could not ask the provider whether it arrived (%1) and will try again.</source>
        <translation>Tandem no pudo preguntar al proveedor si llegó (%1) y lo intentará de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/outbox/reconciler.cpp" line="166"/>
        <source>The provider has no record of this message, even after Tandem sent it once more without an answer. Resend it or drop it.</source>
        <translation>El proveedor no tiene registro de este mensaje, ni siquiera después de que Tandem lo enviara una vez más sin respuesta. Reenvíalo o descártalo.</translation>
    </message>
</context>
<context>
    <name>RepliesView</name>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="38"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Enviar respuesta</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="41"/>
        <source>Send te&amp;mplate</source>
        <translation>Enviar &amp;plantilla</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="47"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="56"/>
        <source>Messages with this customer</source>
        <translation>Mensajes con este cliente</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="69"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="70"/>
        <source>Write a reply…</source>
        <translation>Escribe una respuesta…</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="74"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="76"/>
        <source>Outside the 24-hour window a reply must be a template: its name (Meta) or Content SID (Twilio).</source>
        <translation>Fuera de la ventana de 24 horas, una respuesta debe ser una plantilla: su nombre (Meta) o su Content SID (Twilio).</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="77"/>
        <source>Template name (Meta) or Content SID HX… (Twilio)</source>
        <translation>Nombre de la plantilla (Meta) o Content SID HX… (Twilio)</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="79"/>
        <source>Template language</source>
        <translation>Idioma de la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="80"/>
        <source>Language, e.g. en_US</source>
        <translation>Idioma, p. ej. es_AR</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="235"/>
        <source>Choose a conversation on the left.</source>
        <translation>Elige una conversación a la izquierda.</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="245"/>
        <source>They opted out: Tandem sends them nothing, not even a reply, until they write START or you subscribe them again under Contacts.</source>
        <translation>Se dieron de baja: Tandem no les envía nada, ni siquiera una respuesta, hasta que escriban START o vuelvas a suscribirlos en Contactos.</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="254"/>
        <source>Free text reaches them until %1.</source>
        <translation>El texto libre le llega hasta el %1.</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="257"/>
        <source>Choose a template below.</source>
        <translation>Elige una plantilla abajo.</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="284"/>
        <source>Reply queued; it goes out in a moment.</source>
        <translation>Respuesta en cola; sale en un momento.</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="310"/>
        <source>Template queued; it goes out in a moment.</source>
        <translation>Plantilla en cola; sale en un momento.</translation>
    </message>
</context>
<context>
    <name>ReportedCostFetcher</name>
    <message numerus="yes">
        <location filename="../ui/analytics/reportedcostfetcher.cpp" line="66"/>
        <source>What Meta charged: asked at %1 for %n sender(s).</source>
        <translation>
            <numerusform>Lo que cobró Meta: preguntado a las %1 para %n remitente.</numerusform>
            <numerusform>Lo que cobró Meta: preguntado a las %1 para %n remitentes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/reportedcostfetcher.cpp" line="67"/>
        <source>What Meta charged could not be read: %1</source>
        <translation>No se pudo leer lo que cobró Meta: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="22"/>
        <source>This secret is not in the system keychain. Enter it again in the sender&apos;s settings.</source>
        <translation>Este secreto no está en el llavero del sistema. Ingrésalo de nuevo en la configuración del remitente.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="28"/>
        <source>No system keychain is available. Tandem keeps tokens only in the keychain: on Linux, start a Secret Service such as GNOME Keyring or KWallet and try again.</source>
        <translation>No hay ningún llavero del sistema disponible. Tandem guarda los tokens solo en el llavero: en Linux, inicia un Secret Service como GNOME Keyring o KWallet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="35"/>
        <source>The system keychain refused access. Unlock it (or allow Tandem when asked) and try again.</source>
        <translation>El llavero del sistema denegó el acceso. Desbloquéalo (o permite a Tandem cuando te lo pida) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="40"/>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="20"/>
        <source>Send n&amp;ow</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="21"/>
        <source>Send &amp;at:</source>
        <translation>Enviar e&amp;l:</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="23"/>
        <source>Stop it if it would cost &amp;more than:</source>
        <translation>Detenerla si costara &amp;más de:</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="29"/>
        <location filename="../ui/composer/sendpage.cpp" line="68"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="31"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="35"/>
        <source>Spring sale, 1st reminder</source>
        <translation>Rebajas de primavera, 1.er recordatorio</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="56"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="68"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="71"/>
        <location filename="../ui/composer/sendpage.cpp" line="112"/>
        <source>Preparing %v of %m messages…</source>
        <translation>Preparando %v de %m mensajes…</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="78"/>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="82"/>
        <source>This sender&apos;s bu&amp;dget for each month:</source>
        <translation>Presupuesto de este &amp;remitente para cada mes:</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="86"/>
        <source>A scheduled broadcast starts when Tandem is running at that time; if it is closed then, it starts the next time Tandem opens.</source>
        <translation>Una difusión programada empieza si Tandem está abierto a esa hora; si está cerrado, empieza la próxima vez que se abra Tandem.</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="124"/>
        <source>Uploading %1…</source>
        <translation>Subiendo %1…</translation>
    </message>
</context>
<context>
    <name>SenderPool</name>
    <message>
        <location filename="../core/outbox/senderpool.cpp" line="145"/>
        <source>Unknown provider.</source>
        <translation>Proveedor desconocido.</translation>
    </message>
    <message>
        <location filename="../core/outbox/senderpool.cpp" line="148"/>
        <source>The token of &quot;%1&quot; is not in this computer&apos;s keychain: another computer sharing the database sends for it, or add the token here (Edit).</source>
        <translation>El token de «%1» no está en el llavero de este equipo: otro equipo que comparte la base de datos envía por él, o añade el token aquí (Editar).</translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <location filename="../ui/wizard/setupcontroller.cpp" line="109"/>
        <source>%1 (replaced)</source>
        <translation>%1 (reemplazado)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="19"/>
        <source>Set up WhatsApp</source>
        <translation>Configurar WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="38"/>
        <source>Switch &quot;%1&quot; to another provider</source>
        <translation>Pasar «%1» a otro proveedor</translation>
    </message>
</context>
<context>
    <name>SharedDatabase</name>
    <message>
        <location filename="../core/storage/shareddatabase.cpp" line="47"/>
        <source>A shared database&apos;s address starts with postgresql://, for example postgresql://shop@db.example.com:5432/tandem.</source>
        <translation>La dirección de una base de datos compartida empieza por postgresql://, por ejemplo postgresql://tienda@db.example.com:5432/tandem.</translation>
    </message>
    <message>
        <location filename="../core/storage/shareddatabase.cpp" line="51"/>
        <source>The address needs a server and a database name, for example postgresql://shop@db.example.com:5432/tandem.</source>
        <translation>La dirección necesita un servidor y un nombre de base de datos, por ejemplo postgresql://tienda@db.example.com:5432/tandem.</translation>
    </message>
    <message>
        <location filename="../core/storage/shareddatabase.cpp" line="54"/>
        <source>Leave the password out of the address and type it in the password field: Tandem keeps it in this computer&apos;s keychain, never in its settings.</source>
        <translation>No pongas la contraseña en la dirección; escríbela en el campo de la contraseña: Tandem la guarda en el llavero de este equipo, nunca en su configuración.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="22"/>
        <source>&amp;Check connection</source>
        <translation>&amp;Comprobar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="23"/>
        <source>&amp;Use this database</source>
        <translation>&amp;Usar esta base de datos</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="24"/>
        <source>Use this computer&apos;s &amp;file</source>
        <translation>Usar el &amp;archivo de este equipo</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="28"/>
        <source>Shared database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="31"/>
        <source>Several computers (a second desk, or a small server running tandem-cli serve) can share one PostgreSQL database: every desk sees the same contacts, broadcasts and replies. Tokens stay in each computer&apos;s keychain; a computer without a sender&apos;s token shows it as &quot;token needed on this computer&quot; and the sending happens where the token is. Tandem opens the database at its next start.</source>
        <translation>Varios equipos (un segundo puesto o un servidor pequeño con tandem-cli serve) pueden compartir una base de datos PostgreSQL: todos los puestos ven los mismos contactos, difusiones y respuestas. Los tokens se quedan en el llavero de cada equipo; un equipo sin el token de un remitente lo muestra como «se necesita el token en este equipo» y el envío se hace donde está el token. Tandem abre la base de datos en su próximo inicio.</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="43"/>
        <source>kept in this computer&apos;s keychain</source>
        <translation>se guarda en el llavero de este equipo</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="52"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="53"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="98"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="105"/>
        <source>✔ Connected. The database is ready for Tandem (format %1). &quot;Use this database&quot; saves it for the next start.</source>
        <translation>✔ Conectado. La base de datos está lista para Tandem (formato %1). «Usar esta base de datos» la guarda para el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="131"/>
        <source>Saved. Tandem opens %1 at its next start; restart it now to switch.</source>
        <translation>Guardado. Tandem abre %1 en su próximo inicio; reinícialo ahora para cambiar.</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="140"/>
        <source>Tandem opens this computer&apos;s own file again at its next start.</source>
        <translation>Tandem vuelve a abrir el archivo propio de este equipo en su próximo inicio.</translation>
    </message>
</context>
<context>
    <name>StateText</name>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="7"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="9"/>
        <location filename="../ui/activity/statetext.cpp" line="40"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="11"/>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="13"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="15"/>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="17"/>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="19"/>
        <source>Will retry</source>
        <translation>Se reintentará</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="21"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="23"/>
        <location filename="../ui/activity/statetext.cpp" line="44"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="25"/>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="27"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="36"/>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="38"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="42"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="46"/>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>TandemCli</name>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="75"/>
        <source>broadcast %1 %2: %3/%4 done, %5 accepted, %6 failed, %7 skipped, %8 waiting to retry</source>
        <translation>difusión %1 %2: %3/%4 hechos, %5 aceptados, %6 fallidos, %7 omitidos, %8 esperando reintento</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="149"/>
        <location filename="../app/cli/contactcommands.cpp" line="23"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="160"/>
        <location filename="../app/cli/contactcommands.cpp" line="43"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="186"/>
        <source>%1 left out: %2</source>
        <translation>%1 quedan fuera: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="192"/>
        <source>Nobody on the list may receive this message.</source>
        <translation>Nadie de la lista puede recibir este mensaje.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="201"/>
        <source>--budget takes an amount in US dollars, like 25 or 12.50.</source>
        <translation>--budget recibe un importe en dólares estadounidenses, como 25 o 12.50.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="133"/>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="244"/>
        <source>Paused by the owner.</source>
        <translation>En pausa por el dueño.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="266"/>
        <source>Choose --resend or --drop, not both.</source>
        <translation>Elige --resend o --drop, no los dos.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="285"/>
        <source>Row %1 of broadcast %2 is not unconfirmed.</source>
        <translation>La fila %1 de la difusión %2 no está sin confirmar.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="303"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/broadcastcommands.cpp" line="307"/>
        <source>%n unanswered message(s) were found at the provider: accepted.</source>
        <translation>
            <numerusform>%n mensaje sin respuesta se encontró en el proveedor: aceptado.</numerusform>
            <numerusform>%n mensajes sin respuesta se encontraron en el proveedor: aceptados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/broadcastcommands.cpp" line="311"/>
        <source>%n unanswered message(s) had not reached the provider: sent once more.</source>
        <translation>
            <numerusform>%n mensaje sin respuesta no había llegado al proveedor: se envió una vez más.</numerusform>
            <numerusform>%n mensajes sin respuesta no habían llegado al proveedor: se enviaron una vez más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="338"/>
        <source>Unknown broadcast command &quot;%1&quot;. Use start, status, pause, resume, cancel, retry-failed or unconfirmed.</source>
        <translation>Orden de difusión desconocida «%1». Usa start, status, pause, resume, cancel, retry-failed o unconfirmed.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="351"/>
        <source>Sending what the outbox holds; stop with Ctrl+C.</source>
        <translation>Enviando lo que hay en la bandeja de salida; detén con Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="37"/>
        <source>%1 imported, %2 merged, %3 rejected</source>
        <translation>%1 importados, %2 combinados, %3 rechazados</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="52"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="57"/>
        <source>%1 contacts written to %2</source>
        <translation>%1 contactos escritos en %2</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="74"/>
        <source>There is no contact %1.</source>
        <translation>No hay ningún contacto %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="81"/>
        <source>They may get messages again; your reason is kept with the change.</source>
        <translation>Pueden volver a recibir mensajes; tu motivo se guarda con el cambio.</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="82"/>
        <source>They had not opted out: nothing changed.</source>
        <translation>No se habían dado de baja: no cambió nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="89"/>
        <source>Name the file: tandem-cli contacts %1 FILE</source>
        <translation>Nombra el archivo: tandem-cli contacts %1 ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="96"/>
        <source>Unknown contacts command &quot;%1&quot;. Use import, export or opt-in.</source>
        <translation>Comando de contacts desconocido &quot;%1&quot;. Usa import, export u opt-in.</translation>
    </message>
    <message>
        <location filename="../app/cli/databasecommands.cpp" line="17"/>
        <source>db copy --from PATH.sqlite --to postgresql://user@host:5432/tandem</source>
        <translation>db copy --from RUTA.sqlite --to postgresql://usuario@servidor:5432/tandem</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/databasecommands.cpp" line="29"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n fila</numerusform>
            <numerusform>%1: %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/databasecommands.cpp" line="37"/>
        <source>Copied %n row(s) from %1 to %2. Each computer keeps the senders&apos; tokens in its own keychain: add them where Tandem sends.</source>
        <translation>
            <numerusform>Se copió %n fila de %1 a %2. Cada equipo guarda los tokens de los remitentes en su propio llavero: añádelos donde Tandem envía.</numerusform>
            <numerusform>Se copiaron %n filas de %1 a %2. Cada equipo guarda los tokens de los remitentes en su propio llavero: añádelos donde Tandem envía.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="55"/>
        <source>No customer has written yet.</source>
        <translation>Ningún cliente ha escrito todavía.</translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="60"/>
        <source>%1  %2  %3 unread  %4%5</source>
        <translation>%1  %2  %3 sin leer  %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="65"/>
        <source>  [opted out: %1]</source>
        <translation>  [dado de baja: %1]</translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="86"/>
        <source>Nobody with the number %1 has written to you.</source>
        <translation>Nadie con el número %1 te ha escrito.</translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="114"/>
        <source>Free text reaches them until %1.</source>
        <translation>El texto libre le llega hasta el %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="128"/>
        <source>inbox needs a command: list, or show NUMBER.</source>
        <translation>inbox necesita una orden: list, o show NÚMERO.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="157"/>
        <source>The database: a file, or postgresql://user@host:5432/tandem for one shared by several computers (default: $TANDEM_DB, then a file in the application-data folder).</source>
        <translation>La base de datos: un archivo, o postgresql://usuario@servidor:5432/tandem para una compartida entre varios equipos (por defecto: $TANDEM_DB, y si no, un archivo en la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="163"/>
        <source>templates lint/create: the template as Meta&apos;s create-template JSON.</source>
        <translation>templates lint/create: la plantilla como JSON de creación de plantillas de Meta.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="165"/>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="166"/>
        <source>The sender&apos;s name.</source>
        <translation>El nombre del remitente.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="167"/>
        <source>twilio, meta_cloud or 360dialog.</source>
        <translation>twilio, meta_cloud o 360dialog.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="168"/>
        <source>A non-secret setting, key=value (repeatable).</source>
        <translation>Un ajuste no secreto, clave=valor (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="169"/>
        <source>Read secrets as key=value lines from standard input.</source>
        <translation>Leer los secretos como líneas clave=valor de la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="170"/>
        <source>The sender to send with.</source>
        <translation>El remitente con el que enviar.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="88"/>
        <source>Tandem&apos;s command line: set up WhatsApp senders (Twilio, Meta&apos;s Cloud API or 360dialog) and send messages.

Commands:
  profile list [--json]                 the senders set up in the database
  profile show NAME [--json]            one sender&apos;s settings (secrets only as set/unset)
  profile add --name N --provider twilio|meta_cloud|360dialog --set key=value … [--secrets-stdin]
  profile set NAME --set key=value … [--secrets-stdin]
  profile verify NAME                   check the credentials with the provider
  profile remove NAME                   remove the sender and its keychain entries
  send --profile N --to NUMBER (--text T | (--media-url U | --media-file F) [--caption C] |
       --template NAME --lang CODE [--var 1=value …] | --content-sid HX… [--var 1=value …])
  broadcast start --profile N --recipients FILE.csv (--text T | --media-url U | --media-file F |
       --template NAME --lang CODE | --content-sid HX…) [--var 1={column} …] [--budget USD] [--wait]
                                        one message to every row with a phone column; refused when its
                                        cost would pass a budget. --media-file is uploaded to the sender
                                        once (Meta, 360dialog) and sent to everyone by its id
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
  webhooks point PROFILE --public-url URL   have Meta or 360dialog send this number&apos;s webhooks there
  migrate plan SENDER --to NEW [--json]   moving the sender&apos;s number and pending broadcasts to NEW (a
                                        sender of another provider): what moves, what you do, what is missing
  migrate run SENDER --to NEW [--number-works] [--public-url URL]   the move, step by step; stops until
                                        --number-works says the test message arrived; resumes where it was;
                                        --create-templates first submits the templates NEW lacks
  migrate register SENDER --to NEW      register NEW&apos;s number for sending (Meta) with the 6-digit PIN
                                        read from standard input
  migrate status SENDER [--json] | undo SENDER   where the move is; take it back until NEW sends
  rates show [--country XX] [--json]    Meta&apos;s price per message by market, with the date of each
  rates import FILE.csv [--effective YYYY-MM-DD]   update the prices from the rate card Meta publishes
  budget set SENDER USD|none            the sender&apos;s budget for each month (budget show SENDER)
  budget set --broadcast ID USD|none    one broadcast&apos;s budget (budget show --broadcast ID)
  report broadcast ID [--json|--csv]    sent, delivered, read, replied, failed by reason, and the cost
  report costs --from DATE --to DATE [--sender N] [--by day|week|month] [--json|--csv] [--ask-meta]
  templates sync NAME                   read the sender&apos;s templates from its account into Tandem
  templates list NAME [--json] | show NAME TEMPLATE [--lang CODE]   the catalogue, with statuses
  templates lint --file T.json [--json] check Meta&apos;s create-template JSON before submitting it
  templates create NAME --file T.json   lint, then submit for WhatsApp&apos;s review (Twilio: as Content)
  inbox list [--json]                   customers who wrote, newest first, with unread counts
  inbox show NUMBER [--json]            one customer&apos;s messages both ways, and their 24-hour window
  contacts import FILE [--region XX] [--json]   CSV with a phone column; bad rows reported by line
  contacts export FILE                  every contact as CSV that import reads back
  contacts opt-in NUMBER --reason TEXT  subscribe a customer who opted out again (kept with your reason)
  sandbox [--port N] [--latency-ms L] [--tls]   a local practice copy of both providers&apos; APIs

Secrets (auth_token, api_key_secret, access_token, app_secret, verify_token, api_key) are read as
key=value lines from standard input with --secrets-stdin and kept only in the system keychain.</source>
        <translation>La línea de órdenes de Tandem: configura remitentes de WhatsApp (Twilio, la API de la nube de Meta o 360dialog) y envía mensajes.

Órdenes:
  profile list [--json]                 los remitentes configurados en la base de datos
  profile show NOMBRE [--json]          la configuración de un remitente (los secretos solo como puestos/no puestos)
  profile add --name N --provider twilio|meta_cloud|360dialog --set clave=valor … [--secrets-stdin]
  profile set NOMBRE --set clave=valor … [--secrets-stdin]
  profile verify NOMBRE                 comprueba las credenciales con el proveedor
  profile remove NOMBRE                 quita el remitente y sus entradas del llavero
  send --profile N --to NÚMERO (--text T | (--media-url U | --media-file A) [--caption C] |
       --template NOMBRE --lang CÓDIGO [--var 1=valor …] | --content-sid HX… [--var 1=valor …])
  broadcast start --profile N --recipients ARCHIVO.csv (--text T | --media-url U | --media-file A |
       --template NOMBRE --lang CÓDIGO | --content-sid HX…) [--var 1={columna} …] [--budget USD] [--wait]
                                        un mensaje a cada fila con una columna phone; se rechaza si su
                                        coste pasaría un presupuesto. --media-file se sube al remitente
                                        una vez (Meta, 360dialog) y llega a todos por su id
  broadcast status ID [--json] | pause ID | resume ID | cancel ID | retry-failed ID
  broadcast unconfirmed ID [--resend | --drop] [--row N]   enviados, pero sin respuesta: el proveedor
                                        puede tenerlos o no; reenvíalos o descártalos (una fila o todas)
  outbox run [--lease-ms MS] [--public-url URL]   envía lo que hay en la bandeja de salida hasta Ctrl+C / SIGTERM;
                                        varios pueden compartir una base de datos (uno envía por cada
                                        remitente a la vez). Los estados de Twilio llegan al receptor de
                                        --public-url, o se consultan sin él
  serve [--port N] [--bind DIRECCIÓN] [--public-url URL]   el Tandem sin ventana para un servidor:
                                        envía la bandeja de salida, ejecuta el receptor de webhooks y le
                                        pregunta a Twilio donde no llega ningún webhook; registra en
                                        stdout; hasta SIGTERM (puerto 8080)
  db copy --from RUTA.sqlite --to postgresql://usuario@servidor/tandem   pasa los datos de un puesto a
                                        una base de datos compartida (contraseña de PostgreSQL:
                                        PGPASSWORD o ~/.pgpass)
  webhooks serve [--port N] [--bind DIRECCIÓN] [--public-url URL]   el receptor de informes de
                                        entrega y mensajes de clientes, hasta Ctrl+C / SIGTERM (puerto 8080)
  webhooks urls --public-url URL [--json]   las direcciones que darles a Twilio y Meta, por remitente
  webhooks test PERFIL --public-url URL   envía allí un informe de prueba firmado y comprueba que llegó
  webhooks point PERFIL --public-url URL   hace que Meta o 360dialog envíen allí los webhooks de este número
  migrate plan REMITENTE --to NUEVO [--json]   el traslado del número y las difusiones pendientes del
                                        remitente a NUEVO (un remitente de otro proveedor): qué se traslada, qué
                                        haces tú, qué falta
  migrate run REMITENTE --to NUEVO [--number-works] [--public-url URL]   el traslado, paso a paso; se
                                        detiene hasta que --number-works dice que llegó el mensaje de prueba;
                                        sigue donde quedó;
                                        --create-templates primero envía las plantillas que le faltan a NUEVO
  migrate register REMITENTE --to NUEVO   registra el número de NUEVO para enviar (Meta) con el PIN de
                                        6 dígitos leído de la entrada estándar
  migrate status REMITENTE [--json] | undo REMITENTE   dónde está el traslado; deshacerlo hasta que NUEVO envíe
  rates show [--country XX] [--json]    el precio de Meta por mensaje en cada mercado, con la fecha de cada uno
  rates import ARCHIVO.csv [--effective AAAA-MM-DD]   actualiza los precios con la tarifa que publica Meta
  budget set REMITENTE USD|none         el presupuesto del remitente para cada mes (budget show REMITENTE)
  budget set --broadcast ID USD|none    el presupuesto de una difusión (budget show --broadcast ID)
  report broadcast ID [--json|--csv]    enviados, entregados, leídos, respondidos, fallidos por motivo y el coste
  report costs --from FECHA --to FECHA [--sender N] [--by day|week|month] [--json|--csv] [--ask-meta]
  templates sync NOMBRE                 lee las plantillas del remitente desde su cuenta a Tandem
  templates list NOMBRE [--json] | show NOMBRE PLANTILLA [--lang CÓDIGO]   el catálogo, con estados
  templates lint --file T.json [--json] revisa el JSON de creación de plantillas de Meta antes de enviarlo
  templates create NOMBRE --file T.json   revisa y envía a la revisión de WhatsApp (Twilio: como Content)
  inbox list [--json]                   los clientes que escribieron, primero los más recientes, con no leídos
  inbox show NÚMERO [--json]            los mensajes de un cliente en ambos sentidos, y su ventana de 24 horas
  contacts import ARCHIVO [--region XX] [--json]   CSV con una columna phone; filas erróneas por línea
  contacts export ARCHIVO               todos los contactos como CSV que import vuelve a leer
  contacts opt-in NÚMERO --reason TEXTO  vuelve a suscribir a un cliente que se dio de baja (con tu motivo)
  sandbox [--port N] [--latency-ms L] [--tls]   una copia local de práctica de las API de ambos proveedores

Los secretos (auth_token, api_key_secret, access_token, app_secret, verify_token, api_key) se leen como líneas
clave=valor de la entrada estándar con --secrets-stdin y se guardan solo en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="152"/>
        <source>profile, send, broadcast, outbox, serve, webhooks, inbox, templates, contacts, migrate, rates, budget, report, db or sandbox</source>
        <translation>profile, send, broadcast, outbox, serve, webhooks, inbox, templates, contacts, migrate, rates, budget, report, db o sandbox</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="161"/>
        <source>db copy: the database to copy from; report costs: the first day (YYYY-MM-DD).</source>
        <translation>db copy: la base de datos de origen; report costs: el primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="172"/>
        <source>The recipient&apos;s number, best with + and country code; migrate: the sender to move to; report costs: the last day (YYYY-MM-DD).</source>
        <translation>El número del destinatario, mejor con + y el código de país; migrate: el remitente al que trasladar; report costs: el último día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="175"/>
        <source>broadcast start: the most it may cost, in US dollars.</source>
        <translation>broadcast start: lo máximo que puede costar, en dólares estadounidenses.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="176"/>
        <source>budget: the broadcast whose budget to set or show.</source>
        <translation>budget: la difusión cuyo presupuesto se fija o se muestra.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="177"/>
        <source>rates import: when the file&apos;s prices take effect, if it does not say.</source>
        <translation>rates import: cuándo entran en vigor los precios del archivo, si no lo dice.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="179"/>
        <source>rates show: one country&apos;s market and prices.</source>
        <translation>rates show: el mercado y los precios de un país.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="180"/>
        <source>report costs: only this sender.</source>
        <translation>report costs: solo este remitente.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="181"/>
        <source>report costs: day (default), week or month.</source>
        <translation>report costs: day (por omisión), week o month.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="183"/>
        <source>report costs: first ask Meta what the days cost (its pricing analytics) for each sender that can say.</source>
        <translation>report costs: primero preguntar a Meta lo que costaron los días (su análisis de precios) para cada remitente que pueda decirlo.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="185"/>
        <source>Print CSV.</source>
        <translation>Imprime CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="186"/>
        <source>migrate run: the test message from the new sender arrived.</source>
        <translation>migrate run: el mensaje de prueba del nuevo remitente llegó.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="188"/>
        <source>migrate run: first submit, at the new sender, the templates the waiting broadcasts need and it lacks.</source>
        <translation>migrate run: primero enviar, en el remitente nuevo, las plantillas que necesitan las difusiones en espera y que le faltan.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="190"/>
        <source>Send this text.</source>
        <translation>Enviar este texto.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="191"/>
        <source>Send the media at this public link.</source>
        <translation>Enviar el archivo multimedia de este enlace público.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="193"/>
        <source>Send this file from this computer: uploaded once to the sender (Meta or 360dialog).</source>
        <translation>Envía este archivo de este ordenador: se sube una vez al remitente (Meta o 360dialog).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="195"/>
        <source>image (default), document, video or audio.</source>
        <translation>image (predeterminado), document, video o audio.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="196"/>
        <source>A caption for the media.</source>
        <translation>Un pie de foto para el archivo multimedia.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="197"/>
        <source>Send this approved Meta template.</source>
        <translation>Enviar esta plantilla aprobada de Meta.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="198"/>
        <source>The template&apos;s language code, e.g. en_US.</source>
        <translation>El código de idioma de la plantilla, p. ej. es_AR.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="199"/>
        <source>The template header&apos;s text variable.</source>
        <translation>La variable de texto del encabezado de la plantilla.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="200"/>
        <source>The template header&apos;s image link.</source>
        <translation>El enlace de la imagen del encabezado de la plantilla.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="201"/>
        <source>Send this Twilio Content template.</source>
        <translation>Enviar esta plantilla de contenido de Twilio.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="202"/>
        <source>A template variable, name=value (repeatable).</source>
        <translation>Una variable de la plantilla, nombre=valor (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="203"/>
        <source>sandbox: the port to listen on (default: a free one).</source>
        <translation>sandbox: el puerto en el que escuchar (por defecto: uno libre).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="204"/>
        <source>sandbox: delay every answer by this long.</source>
        <translation>sandbox: retrasar cada respuesta este tiempo.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="206"/>
        <source>sandbox: serve HTTPS with a certificate made at start (trusted through TANDEM_EXTRA_CA).</source>
        <translation>sandbox: servir HTTPS con un certificado creado al iniciar (de confianza mediante TANDEM_EXTRA_CA).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="209"/>
        <source>contacts import: the country of numbers written without a country code, e.g. DE.</source>
        <translation>contacts import: el país de los números escritos sin código de país, p. ej. AR.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="211"/>
        <source>broadcast: a CSV file with a phone column.</source>
        <translation>broadcast: un archivo CSV con una columna phone.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="212"/>
        <source>broadcast start: send now and show progress until done.</source>
        <translation>broadcast start: enviar ahora y mostrar el progreso hasta terminar.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="213"/>
        <source>broadcast unconfirmed: send them again.</source>
        <translation>broadcast unconfirmed: enviarlos de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="214"/>
        <source>broadcast unconfirmed: do not send them again.</source>
        <translation>broadcast unconfirmed: no volver a enviarlos.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="215"/>
        <source>broadcast unconfirmed: only this row (see the list).</source>
        <translation>broadcast unconfirmed: solo esta fila (ver la lista).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="217"/>
        <source>outbox run: how long a claim stays ours without a heartbeat; another worker takes over after it (default 30000).</source>
        <translation>outbox run: cuánto tiempo sigue siendo nuestra una reserva sin latido; después la toma otro proceso (por defecto 30000).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="222"/>
        <source>How long after an unanswered send Tandem asks Twilio whether it arrived (default 20000).</source>
        <translation>Cuánto después de un envío sin respuesta le pregunta Tandem a Twilio si llegó (por defecto 20000).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="225"/>
        <source>How many requests may be under way at once (default 48).</source>
        <translation>Cuántas solicitudes pueden estar en curso a la vez (por defecto 48).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="226"/>
        <source>Give up on a provider request after this long without progress.</source>
        <translation>Abandonar una solicitud al proveedor tras este tiempo sin avances.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="229"/>
        <source>send, broadcast start: send free text even though the customer has not written in the last 24 hours here (they wrote to you outside Tandem). Never past an opt-out.</source>
        <translation>send, broadcast start: envía texto libre aunque el cliente no haya escrito aquí en las últimas 24 horas (te escribió fuera de Tandem). Nunca por encima de una baja.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="232"/>
        <source>contacts opt-in: why they may get messages again (kept with the change).</source>
        <translation>contacts opt-in: por qué pueden volver a recibir mensajes (se guarda con el cambio).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="235"/>
        <source>The webhook receiver&apos;s public address (its &quot;/&quot;), as Twilio and Meta reach it: behind a proxy or tunnel, the address they sign.</source>
        <translation>La dirección pública del receptor de webhooks (su «/»), tal como la alcanzan Twilio y Meta: detrás de un proxy o túnel, la dirección que firman.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="239"/>
        <source>webhooks serve: the address to listen on (default 0.0.0.0, every address).</source>
        <translation>webhooks serve: la dirección en la que escuchar (por defecto 0.0.0.0, todas las direcciones).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="242"/>
        <source>outbox run: first ask Twilio for a message&apos;s status this long after it was accepted (default 60000); later questions come 5, 30, 120, … times as late.</source>
        <translation>outbox run: preguntar primero a Twilio el estado de un mensaje este tiempo después de aceptarse (por defecto 60000); las siguientes preguntas llegan 5, 30, 120, … veces más tarde.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="265"/>
        <source>The sandbox could not listen on port %1.</source>
        <translation>El sandbox no pudo escuchar en el puerto %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="268"/>
        <source>Tandem sandbox listening on %1 (open it in a browser for the example credentials). Stop it with Ctrl+C.</source>
        <translation>Sandbox de Tandem escuchando en %1 (ábrelo en un navegador para ver las credenciales de ejemplo). Detenlo con Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="274"/>
        <source>Its certificate: %1 (trust it with TANDEM_EXTRA_CA=%1)</source>
        <translation>Su certificado: %1 (confía en él con TANDEM_EXTRA_CA=%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="314"/>
        <source>--public-url is not usable: %1</source>
        <translation>--public-url no sirve: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="338"/>
        <source>profile needs a command: list, show, add, set, remove or verify.</source>
        <translation>profile necesita una orden: list, show, add, set, remove o verify.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="346"/>
        <source>broadcast needs a command: start, status, pause, resume, cancel, retry-failed or unconfirmed.</source>
        <translation>broadcast necesita una orden: start, status, pause, resume, cancel, retry-failed o unconfirmed.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="395"/>
        <source>Unknown command &quot;%1&quot;. See tandem-cli --help.</source>
        <translation>Orden desconocida «%1». Consulta tandem-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="21"/>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation>«%1» no es clave=valor.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="285"/>
        <location filename="../app/cli/profilecommands.cpp" line="35"/>
        <source>Could not read standard input.</source>
        <translation>No se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="44"/>
        <source>Line %1 of standard input is not key=value.</source>
        <translation>La línea %1 de la entrada estándar no es clave=valor.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="56"/>
        <source>%1 has no setting &quot;%2&quot;. Its settings are: %3.</source>
        <translation>%1 no tiene el ajuste «%2». Sus ajustes son: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="64"/>
        <source>%1 is a secret: give it on standard input with --secrets-stdin (a line &quot;%2=…&quot;), never as an argument.</source>
        <translation>%1 es un secreto: dalo por la entrada estándar con --secrets-stdin (una línea «%2=…»), nunca como argumento.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="111"/>
        <source>No WhatsApp sender set up yet. Add one with: tandem-cli profile add --name NAME --provider twilio|meta_cloud|360dialog --set key=value … --secrets-stdin</source>
        <translation>Todavía no hay ningún remitente de WhatsApp configurado. Añade uno con: tandem-cli profile add --name NOMBRE --provider twilio|meta_cloud|360dialog --set clave=valor … --secrets-stdin</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="117"/>
        <source>not checked yet</source>
        <translation>sin comprobar todavía</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="118"/>
        <source>verified %1</source>
        <translation>comprobado %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="119"/>
        <source>check failed %1</source>
        <translation>la comprobación falló %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="129"/>
        <source>Name the sender: tandem-cli profile show NAME</source>
        <translation>Nombra el remitente: tandem-cli profile show NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="166"/>
        <source>Choose a provider with --provider: %1.</source>
        <translation>Elige un proveedor con --provider: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="183"/>
        <source>Added sender &quot;%1&quot; (%2).</source>
        <translation>Se añadió el remitente «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="190"/>
        <source>Name the sender: tandem-cli profile set NAME --set key=value</source>
        <translation>Nombra el remitente: tandem-cli profile set NOMBRE --set clave=valor</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="213"/>
        <source>Updated sender &quot;%1&quot;.</source>
        <translation>Se actualizó el remitente «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="220"/>
        <source>Name the sender: tandem-cli profile remove NAME</source>
        <translation>Nombra el remitente: tandem-cli profile remove NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="226"/>
        <source>Removed sender &quot;%1&quot; and its keychain entries.</source>
        <translation>Se quitó el remitente «%1» y sus entradas del llavero.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="233"/>
        <source>Name the sender: tandem-cli profile verify NAME</source>
        <translation>Nombra el remitente: tandem-cli profile verify NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="275"/>
        <source>Unknown profile command &quot;%1&quot;. Use list, show, add, set, remove or verify.</source>
        <translation>Orden de perfil desconocida «%1». Usa list, show, add, set, remove o verify.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="42"/>
        <source>Choose the sender with --profile NAME.</source>
        <translation>Elige el remitente con --profile NOMBRE.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="70"/>
        <source>Send a template (--template or --content-sid), or add --ignore-window if they wrote to you outside Tandem.</source>
        <translation>Envía una plantilla (--template o --content-sid), o añade --ignore-window si te escribió por fuera de Tandem.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="42"/>
        <location filename="../app/cli/webhookcommands.cpp" line="91"/>
        <source>--bind takes an IP address, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>--bind recibe una dirección IP, como 127.0.0.1 o 0.0.0.0.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="48"/>
        <location filename="../app/cli/webhookcommands.cpp" line="97"/>
        <source>The receiver could not listen on port %1 (in use, or not allowed).</source>
        <translation>El receptor no pudo escuchar en el puerto %1 (en uso o no permitido).</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="38"/>
        <source>Give the template&apos;s JSON with --file T.json (could not read &quot;%1&quot;).</source>
        <translation>Da el JSON de la plantilla con --file T.json (no se pudo leer «%1»).</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="43"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="59"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="59"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="62"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="102"/>
        <source>&quot;%1&quot; has no template %2 (sync first?).</source>
        <translation>«%1» no tiene la plantilla %2 (¿sincronizaste antes?).</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="107"/>
        <source>No templates: run templates sync &quot;%1&quot; first.</source>
        <translation>No hay plantillas: ejecuta antes templates sync «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="139"/>
        <source>This hour&apos;s %1 template requests to Meta are used up; try again in an hour.</source>
        <translation>Ya se usaron las %1 solicitudes de plantillas a Meta de esta hora; inténtalo de nuevo dentro de una hora.</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="171"/>
        <source>templates needs a sender: templates sync|list|create NAME, templates show NAME TEMPLATE.</source>
        <translation>templates necesita un remitente: templates sync|list|create NOMBRE, templates show NOMBRE PLANTILLA.</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="182"/>
        <source>templates needs a command: sync, list, show, create or lint.</source>
        <translation>templates necesita una orden: sync, list, show, create o lint.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="45"/>
        <source>Give the receiver&apos;s public address with --public-url, for example https://tandem.example.com (what Twilio and Meta call).</source>
        <translation>Da la dirección pública del receptor con --public-url, por ejemplo https://tandem.example.com (la que llaman Twilio y Meta).</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="67"/>
        <source>%1 (Twilio, id %2)
  status callback: %3
  incoming messages (in the sender&apos;s WhatsApp settings): %4
</source>
        <translation>%1 (Twilio, id %2)
  callback de estado: %3
  mensajes entrantes (en la configuración de WhatsApp del remitente): %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="74"/>
        <source>%1 (Meta, id %2)
  callback URL for Meta&apos;s app dashboard (with the sender&apos;s verify token): %3
</source>
        <translation>%1 (Meta, id %2)
  URL de callback para el panel de la app de Meta (con el token de verificación del remitente): %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="101"/>
        <source>Tandem webhook receiver listening on %1 port %2.</source>
        <translation>Receptor de webhooks de Tandem escuchando en %1, puerto %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="106"/>
        <source>No --public-url: signatures are checked against http://&lt;Host header&gt;/…, which only works without a proxy or tunnel in between.</source>
        <translation>Sin --public-url: las firmas se comprueban contra http://&lt;cabecera Host&gt;/…, lo que solo funciona sin un proxy o túnel de por medio.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="154"/>
        <source>%1 cannot be told where to send webhooks by Tandem; Twilio is told with each message.</source>
        <translation>Tandem no puede indicarle a %1 adónde enviar los webhooks; a Twilio se le indica con cada mensaje.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="176"/>
        <source>%1 now sends this number&apos;s webhooks to %2.</source>
        <translation>%1 ahora envía los webhooks de este número a %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="199"/>
        <source>webhooks needs a command: serve, urls, test PROFILE or point PROFILE.</source>
        <translation>webhooks necesita una orden: serve, urls, test PERFIL o point PERFIL.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="163"/>
        <source>Set the sender&apos;s webhook verify token first (profile set NAME --secrets-stdin, a line verify_token=…).</source>
        <translation>Indica primero el token de verificación del webhook del remitente (profile set NOMBRE --secrets-stdin, una línea verify_token=…).</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="38"/>
        <source>Name the sender that moves: migrate plan|run|register|status|undo SENDER --to NEW.</source>
        <translation>Indica el remitente que se traslada: migrate plan|run|register|status|undo REMITENTE --to NUEVO.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="57"/>
        <source>Name the sender it moves to with --to (set it up first with profile add).</source>
        <translation>Indica con --to el remitente al que se traslada (configúralo antes con profile add).</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="78"/>
        <source>Moving &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Traslado de «%1» a «%2»</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="79"/>
        <source>WhatsApp carries over by itself:</source>
        <translation>WhatsApp conserva por sí solo:</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="82"/>
        <source>Stays behind:</source>
        <translation>Se queda atrás:</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="85"/>
        <source>What you do, in order:</source>
        <translation>Lo que hace usted, en orden:</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="92"/>
        <source>What Tandem changes:</source>
        <translation>Lo que cambia Tandem:</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="101"/>
        <source>Broadcast %1 (%2): </source>
        <translation>Difusión %1 (%2): </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="102"/>
        <source>%n message(s) move</source>
        <translation>
            <numerusform>se traslada %n mensaje</numerusform>
            <numerusform>se trasladan %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="104"/>
        <source>, as template %1</source>
        <translation>, como plantilla %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="133"/>
        <source>Moved %n broadcast(s)</source>
        <translation>
            <numerusform>Se trasladó %n difusión</numerusform>
            <numerusform>Se trasladaron %n difusiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="134"/>
        <source> with %n message(s) not sent yet.</source>
        <translation>
            <numerusform> con %n mensaje aún sin enviar.</numerusform>
            <numerusform> con %n mensajes aún sin enviar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="138"/>
        <source>Archived the old sender with its history. Until the new sender sends, `migrate undo` takes it all back.</source>
        <translation>Se archivó el remitente anterior con su historial. Hasta que el nuevo remitente envíe, `migrate undo` lo deshace todo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="158"/>
        <source>Copied %n approved template(s) to &quot;%1&quot;&apos;s account; run this again to go on.</source>
        <translation>
            <numerusform>%n plantilla aprobada copiada a la cuenta de «%1»; vuelve a ejecutar esto para seguir.</numerusform>
            <numerusform>%n plantillas aprobadas copiadas a la cuenta de «%1»; vuelve a ejecutar esto para seguir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="164"/>
        <source>Submitted %n template(s) for WhatsApp&apos;s review at &quot;%1&quot;. Once approved (`templates sync &quot;%1&quot;`), run this again.</source>
        <translation>
            <numerusform>Se envió %n plantilla a revisión de WhatsApp en &quot;%1&quot;. Cuando esté aprobada (`templates sync &quot;%1&quot;`), vuelva a ejecutar esto.</numerusform>
            <numerusform>Se enviaron %n plantillas a revisión de WhatsApp en &quot;%1&quot;. Cuando estén aprobadas (`templates sync &quot;%1&quot;`), vuelva a ejecutar esto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="201"/>
        <source>Nothing moved yet. Once the number works at the new provider, send a test message from &quot;%1&quot;; when it arrived, run this again with --number-works.</source>
        <translation>Todavía no se trasladó nada. Cuando el número funcione en el nuevo proveedor, envía un mensaje de prueba desde «%1»; cuando haya llegado, vuelve a ejecutar esto con --number-works.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="219"/>
        <source>Point the new number&apos;s webhooks at the receiver with `webhooks point &quot;%1&quot; --public-url URL` (or give --public-url here).</source>
        <translation>Dirige los webhooks del nuevo número al receptor con `webhooks point &quot;%1&quot; --public-url URL` (o indica --public-url aquí).</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="245"/>
        <source>The new number&apos;s webhooks now go to %1.</source>
        <translation>Los webhooks del nuevo número ahora van a %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="261"/>
        <location filename="../app/cli/migratecommands.cpp" line="317"/>
        <source>&quot;%1&quot; has never moved.</source>
        <translation>«%1» nunca se trasladó.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="278"/>
        <source>%1 registers numbers in its own console; Tandem cannot do it.</source>
        <translation>%1 registra los números en su propia consola; Tandem no puede hacerlo.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="281"/>
        <source>The number&apos;s new two-step verification PIN (6 digits), then Enter:</source>
        <translation>El nuevo PIN de verificación en dos pasos del número (6 dígitos), luego Intro:</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="297"/>
        <source>The number of &quot;%1&quot; is registered for sending. Keep the PIN: WhatsApp asks for it when the number moves again.</source>
        <translation>El número de &quot;%1&quot; está registrado para enviar. Guarde el PIN: WhatsApp lo pide cuando el número vuelve a trasladarse.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="322"/>
        <source>The move is undone: &quot;%1&quot; sends its broadcasts again.</source>
        <translation>El traslado se deshizo: «%1» vuelve a enviar sus difusiones.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="340"/>
        <source>migrate needs a command: plan, run, register, status or undo.</source>
        <translation>migrate necesita una orden: plan, run, register, status o undo.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="95"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="98"/>
        <source>%1 is priced as Meta&apos;s market &quot;%2&quot;.</source>
        <translation>%1 tiene los precios del mercado de Meta «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="101"/>
        <source>Meta&apos;s price per delivered message, US$ (marketing, utility and service, authentication), and the date it took effect:</source>
        <translation>Precio de Meta por mensaje entregado, en US$ (marketing, utilidad y servicio, autenticación), y la fecha en que entró en vigor:</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="111"/>
        <source>  (older than a quarter)</source>
        <translation>  (tiene más de un trimestre)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="116"/>
        <source>Meta&apos;s volume tiers this month (estimates use the list prices above):</source>
        <translation>Niveles de volumen de Meta este mes (las estimaciones usan los precios de lista de arriba):</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="121"/>
        <source>Update it with Meta&apos;s current card: tandem-cli rates import FILE.csv</source>
        <translation>Actualízala con la tarifa actual de Meta: tandem-cli rates import ARCHIVO.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="131"/>
        <source>rates import needs Meta&apos;s rate card as a CSV file: %1</source>
        <translation>rates import necesita la tarifa de Meta como archivo CSV: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="132"/>
        <source>no file given</source>
        <translation>no se indicó ningún archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="142"/>
        <source>--effective takes a date like 2027-01-01.</source>
        <translation>--effective recibe una fecha como 2027-01-01.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="143"/>
        <source>rate card imported from %1</source>
        <translation>tarifa importada de %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="186"/>
        <source>budget set takes an amount in US dollars (or none): budget set SENDER 50 for its month, budget set --broadcast ID 12.50</source>
        <translation>budget set recibe un importe en dólares estadounidenses (o none): budget set REMITENTE 50 para su mes, budget set --broadcast ID 12.50</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="193"/>
        <source>budget needs a command: set or show.</source>
        <translation>budget necesita una orden: set o show.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="261"/>
        <source>Broadcast %1 %2</source>
        <translation>Difusión %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="286"/>
        <source>Meta could not say what %1&apos;s days cost: %2</source>
        <translation>Meta no pudo decir lo que costaron los días de %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="300"/>
        <source>report costs needs --from and --to as dates, like --from 2026-11-01 --to 2026-11-30.</source>
        <translation>report costs necesita --from y --to como fechas, por ejemplo --from 2026-11-01 --to 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="365"/>
        <source>Estimated: US$ %1; reported by the providers: US$ %2</source>
        <translation>Estimado: US$ %1; informado por los proveedores: US$ %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="379"/>
        <source>rates needs a command: show or import.</source>
        <translation>rates necesita una orden: show o import.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="393"/>
        <source>report needs a command: broadcast or costs.</source>
        <translation>report necesita una orden: broadcast o costs.</translation>
    </message>
</context>
<context>
    <name>TemplateCatalogue</name>
    <message>
        <location filename="../core/templates/templatecatalogue.cpp" line="200"/>
        <source>A template is linked with one of another sender, not of the same one.</source>
        <translation>Una plantilla se vincula con una de otro remitente, no del mismo.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="33"/>
        <source>&amp;Submit for review</source>
        <translation>&amp;Enviar a revisión</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="36"/>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="40"/>
        <source>Utility: about an order, an appointment, an account</source>
        <translation>Utilidad: sobre un pedido, una cita, una cuenta</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="41"/>
        <source>Marketing: offers, news, invitations</source>
        <translation>Marketing: ofertas, novedades, invitaciones</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="42"/>
        <source>Authentication: one-time codes</source>
        <translation>Autenticación: códigos de un solo uso</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="45"/>
        <source>No header</source>
        <translation>Sin encabezado</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="46"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="47"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="48"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="50"/>
        <source>Header text or media example link</source>
        <translation>Texto del encabezado o enlace de ejemplo del archivo</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="51"/>
        <source>The header&apos;s text, or a link to a sample file for the reviewers</source>
        <translation>El texto del encabezado, o un enlace a un archivo de muestra para los revisores</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="54"/>
        <source>Hi {{1}}, your order {{2}} is ready for pickup today.</source>
        <translation>Hola {{1}}, tu pedido {{2}} está listo para retirar hoy.</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="56"/>
        <source>An example for each variable, separated by commas: Ann, A-100</source>
        <translation>Un ejemplo para cada variable, separados por comas: Ana, A-100</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="60"/>
        <source>Quick-reply buttons, one per line (up to 10)</source>
        <translation>Botones de respuesta rápida, uno por línea (hasta 10)</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="63"/>
        <source>Link button text, e.g. See the order</source>
        <translation>Texto del botón de enlace, p. ej. Ver el pedido</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="65"/>
        <source>Link button address</source>
        <translation>Dirección del botón de enlace</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="68"/>
        <source>Problems found before submitting</source>
        <translation>Problemas encontrados antes de enviar</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="73"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="74"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="75"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="76"/>
        <source>&amp;Header:</source>
        <translation>Encabe&amp;zado:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="78"/>
        <source>&amp;Body:</source>
        <translation>C&amp;uerpo:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="79"/>
        <source>&amp;Examples:</source>
        <translation>E&amp;jemplos:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="80"/>
        <source>&amp;Footer:</source>
        <translation>&amp;Pie:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="81"/>
        <source>&amp;Quick replies:</source>
        <translation>Respuestas &amp;rápidas:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="82"/>
        <source>Link b&amp;utton:</source>
        <translation>&amp;Botón de enlace:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="84"/>
        <source>Chec&amp;k</source>
        <translation>Re&amp;visar</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="91"/>
        <source>What WhatsApp&apos;s reviewers would say:</source>
        <translation>Lo que dirían los revisores de WhatsApp:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="147"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="147"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="151"/>
        <source>No problems found: it is ready to submit.</source>
        <translation>No se encontraron problemas: está lista para enviar.</translation>
    </message>
</context>
<context>
    <name>TemplateLinter</name>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="63"/>
        <source>Some {{ }} are not closed or opened: write each variable as {{1}} (or {{name}}).</source>
        <translation>Algunas {{ }} no están cerradas o abiertas: escribe cada variable como {{1}} (o {{name}}).</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="71"/>
        <source>A variable may not be the very first or last thing: add words before and after it.</source>
        <translation>Una variable no puede ser lo primero ni lo último: añade palabras antes y después.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="75"/>
        <source>Two variables may not stand next to each other: put words between them.</source>
        <translation>Dos variables no pueden ir juntas: pon palabras entre ellas.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="81"/>
        <source>The named variable {{%1}} must use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>La variable con nombre {{%1}} debe usar minúsculas, dígitos y guiones bajos, y empezar por una letra.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="117"/>
        <source>Give the template a name.</source>
        <translation>Ponle un nombre a la plantilla.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="120"/>
        <source>The name may hold only lowercase letters, digits and underscores, like order_ready_2.</source>
        <translation>El nombre solo puede tener minúsculas, dígitos y guiones bajos, como pedido_listo_2.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="124"/>
        <source>The name may be at most %1 characters long.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="127"/>
        <source>Give the template&apos;s language code, like en_US or pt_BR.</source>
        <translation>Indica el código de idioma de la plantilla, como es_AR o pt_BR.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="148"/>
        <source>A text header needs its text.</source>
        <translation>Un encabezado de texto necesita su texto.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="151"/>
        <source>A text header may be at most %1 characters long.</source>
        <translation>Un encabezado de texto puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="156"/>
        <source>A text header may hold one variable at most.</source>
        <translation>Un encabezado de texto puede tener como máximo una variable.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="175"/>
        <source>The header&apos;s format is TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION.</source>
        <translation>El formato del encabezado es TEXT, IMAGE, VIDEO, DOCUMENT o LOCATION.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="180"/>
        <source>The body needs its text.</source>
        <translation>El cuerpo necesita su texto.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="183"/>
        <source>The body may be at most %1 characters long.</source>
        <translation>El cuerpo puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="91"/>
        <source>Variables are numbered {{1}}, {{2}}, … in the order they appear, without gaps; found {{%1}} where {{%2}} belongs.</source>
        <translation>Las variables se numeran {{1}}, {{2}}, … en el orden en que aparecen, sin saltos; hay {{%1}} donde va {{%2}}.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="131"/>
        <source>The category is Marketing, Utility or Authentication.</source>
        <translation>La categoría es Marketing, Utilidad o Autenticación.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="135"/>
        <source>Variables are either numbered ({{1}}) or named ({{name}}).</source>
        <translation>Las variables van numeradas ({{1}}) o con nombre ({{name}}).</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="162"/>
        <source>Give an example for the header&apos;s variable, as a customer would read it.</source>
        <translation>Da un ejemplo para la variable del encabezado, tal como lo leería un cliente.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="167"/>
        <source>A picture header needs a sample picture for WhatsApp&apos;s reviewers.</source>
        <translation>Un encabezado con imagen necesita una imagen de ejemplo para los revisores de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="170"/>
        <source>A video header needs a sample video for WhatsApp&apos;s reviewers.</source>
        <translation>Un encabezado con vídeo necesita un vídeo de ejemplo para los revisores de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="171"/>
        <source>A document header needs a sample document for WhatsApp&apos;s reviewers.</source>
        <translation>Un encabezado con documento necesita un documento de ejemplo para los revisores de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="194"/>
        <source>Give an example for {{%1}}, as a customer would read it.</source>
        <translation>Da un ejemplo para {{%1}}, tal como lo leería un cliente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/templates/templatelinter.cpp" line="201"/>
        <source>Give one example for each of the text&apos;s %n variable(s) under Examples, separated by commas; found %1.</source>
        <translation>
            <numerusform>Da un ejemplo para la %n variable del texto en Ejemplos, separados por comas; hay %1.</numerusform>
            <numerusform>Da un ejemplo para cada una de las %n variables del texto en Ejemplos, separados por comas; hay %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/templates/templatelinter.cpp" line="211"/>
        <source>There are few words for %n variable(s): WhatsApp rejects templates that are mostly variables. Add fixed text.</source>
        <translation>
            <numerusform>Hay pocas palabras para %n variable: WhatsApp rechaza las plantillas que son casi solo variables. Añade texto fijo.</numerusform>
            <numerusform>Hay pocas palabras para %n variables: WhatsApp rechaza las plantillas que son casi solo variables. Añade texto fijo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="220"/>
        <source>&quot;%1&quot; sounds like marketing: a utility template with it is re-categorised as marketing (and priced so) or rejected.</source>
        <translation>«%1» suena a marketing: una plantilla de utilidad con esa palabra se recategoriza como marketing (y se cobra como tal) o se rechaza.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="232"/>
        <source>The footer may be at most %1 characters long.</source>
        <translation>El pie puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="234"/>
        <source>The footer may not hold variables.</source>
        <translation>El pie no puede tener variables.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="238"/>
        <source>At most %1 buttons.</source>
        <translation>Como máximo %1 botones.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="247"/>
        <source>Every button needs its text.</source>
        <translation>Cada botón necesita su texto.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="250"/>
        <source>A button&apos;s text may be at most %1 characters long.</source>
        <translation>El texto de un botón puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="253"/>
        <source>A button&apos;s text may not hold variables.</source>
        <translation>El texto de un botón no puede tener variables.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="259"/>
        <source>A link button needs a web address starting with https://.</source>
        <translation>Un botón de enlace necesita una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="262"/>
        <source>A link may be at most %1 characters long.</source>
        <translation>Un enlace puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="265"/>
        <source>A link may hold one variable at most.</source>
        <translation>Un enlace puede tener como máximo una variable.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="268"/>
        <source>A link&apos;s variable may only come at its very end, like https://shop.example/orders/{{1}}.</source>
        <translation>La variable de un enlace solo puede ir al final, como https://tienda.example/pedidos/{{1}}.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="272"/>
        <source>Give an example of the full link, with its variable filled in.</source>
        <translation>Da un ejemplo del enlace completo, con su variable completada.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="277"/>
        <source>A call button needs the number with + and the country code.</source>
        <translation>Un botón de llamada necesita el número con + y el código de país.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="281"/>
        <source>A button is QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP or FLOW.</source>
        <translation>Un botón es QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP o FLOW.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="286"/>
        <source>At most %1 link buttons.</source>
        <translation>Como máximo %1 botones de enlace.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="288"/>
        <source>At most one call button.</source>
        <translation>Como máximo un botón de llamada.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="291"/>
        <source>A component is HEADER, BODY, FOOTER or BUTTONS.</source>
        <translation>Un componente es HEADER, BODY, FOOTER o BUTTONS.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="295"/>
        <source>Every template needs a body.</source>
        <translation>Toda plantilla necesita un cuerpo.</translation>
    </message>
</context>
<context>
    <name>TemplateSync</name>
    <message>
        <location filename="../core/templates/templatesync.cpp" line="36"/>
        <source>Meta allows %1 template requests an hour for an account, and this hour&apos;s are used up. Try again in an hour; the catalogue stays as it was.</source>
        <translation>Meta permite %1 solicitudes de plantillas por hora para una cuenta, y ya se usaron las de esta hora. Inténtalo de nuevo dentro de una hora; el catálogo queda como estaba.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="39"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="50"/>
        <source>S&amp;ync from the account</source>
        <translation>&amp;Sincronizar desde la cuenta</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="51"/>
        <source>&amp;New template…</source>
        <translation>&amp;Nueva plantilla…</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="65"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="66"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="66"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="66"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="66"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="79"/>
        <source>The same message in another sender&apos;s account</source>
        <translation>El mismo mensaje en la cuenta de otro remitente</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="80"/>
        <source>When you switch sender in the composer, the linked template stays chosen.</source>
        <translation>Cuando cambias de remitente en el redactor, la plantilla vinculada sigue elegida.</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="83"/>
        <source>Sender:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="93"/>
        <source>&amp;Same message as:</source>
        <translation>&amp;Mismo mensaje que:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/templates/templatesview.cpp" line="208"/>
        <source>%n template(s), synced %1.</source>
        <translation>
            <numerusform>%n plantilla, sincronizada el %1.</numerusform>
            <numerusform>%n plantillas, sincronizadas el %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="210"/>
        <source>Not synced yet: press Sync to read this sender&apos;s templates from its account.</source>
        <translation>Sin sincronizar todavía: pulsa Sincronizar para leer las plantillas de este remitente desde su cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="224"/>
        <source>Choose a template to see it as your customers will.</source>
        <translation>Elige una plantilla para verla como la verán tus clientes.</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="233"/>
        <source>[picture]</source>
        <translation>[imagen]</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="235"/>
        <source>[video]</source>
        <translation>[vídeo]</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="237"/>
        <source>[document]</source>
        <translation>[documento]</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="239"/>
        <source>[location]</source>
        <translation>[ubicación]</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="256"/>
        <source>Not linked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="323"/>
        <source>Reading the templates from the account…</source>
        <translation>Leyendo las plantillas de la cuenta…</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="353"/>
        <source>Submitting %1 for WhatsApp&apos;s review…</source>
        <translation>Enviando %1 a la revisión de WhatsApp…</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="363"/>
        <source>This hour&apos;s template requests to Meta are used up; try again in an hour.</source>
        <translation>Ya se usaron las solicitudes de plantillas a Meta de esta hora; inténtalo de nuevo dentro de una hora.</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="383"/>
        <source>%1 was submitted: WhatsApp usually decides within minutes (at most 24 hours); sync to see the decision.</source>
        <translation>%1 se envió: WhatsApp suele decidir en minutos (como máximo 24 horas); sincroniza para ver la decisión.</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <location filename="../ui/common/testmessage.cpp" line="17"/>
        <source>Hello from Tandem! Your WhatsApp sender &quot;%1&quot; works.</source>
        <translation>¡Hola desde Tandem! Tu remitente de WhatsApp «%1» funciona.</translation>
    </message>
</context>
<context>
    <name>TestMessagePage</name>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="25"/>
        <source>Send yourself a test message</source>
        <translation>Envíate un mensaje de prueba</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="26"/>
        <source>Optional. Enter your own WhatsApp number to see a message arrive, or press Next to skip.</source>
        <translation>Opcional. Ingresa tu propio número de WhatsApp para ver llegar un mensaje, o pulsa Siguiente para omitirlo.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="29"/>
        <source>Your WhatsApp &amp;number:</source>
        <translation>Tu &amp;número de WhatsApp:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="34"/>
        <source>&amp;Send test message</source>
        <translation>&amp;Enviar mensaje de prueba</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="62"/>
        <source>Tandem sends the &quot;%1&quot; template: WhatsApp only lets a business start a chat with an approved template.</source>
        <translation>Tandem envía la plantilla &quot;%1&quot;: WhatsApp solo permite que una empresa inicie un chat con una plantilla aprobada.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="65"/>
        <source>Tandem sends a short text. With Twilio&apos;s sandbox number, first send the sandbox&apos;s join code from your phone.</source>
        <translation>Tandem envía un texto corto. Con el número del sandbox de Twilio, envía primero desde tu teléfono el código para unirte al sandbox.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="88"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="98"/>
        <source>✔ The practice copy took it for %1, as the provider would. In the demo nothing reaches a phone.</source>
        <translation>✔ La copia de práctica lo aceptó para %1, como lo haría el proveedor. En la demostración nada llega a un teléfono.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="102"/>
        <source>✔ Sent to %1. It should arrive on your phone within a minute.</source>
        <translation>✔ Enviado a %1. Debería llegar a tu teléfono en menos de un minuto.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="104"/>
        <source>✘ Not sent. %1</source>
        <translation>✘ No se envió. %1</translation>
    </message>
</context>
<context>
    <name>TwilioCallbacks</name>
    <message>
        <location filename="../core/providers/twiliocallbacks.cpp" line="32"/>
        <source>Twilio reports that the message was not delivered (%1) without saying why. Its Messaging logs may tell more.</source>
        <translation>Twilio informa de que el mensaje no se entregó (%1) sin decir por qué. Sus registros de Messaging pueden decir más.</translation>
    </message>
</context>
<context>
    <name>TwilioProvider</name>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="14"/>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="16"/>
        <source>Quick to start: a free sandbox in minutes, one bill, $0.005 per message on top of Meta&apos;s price.</source>
        <translation>Rápido para empezar: un sandbox gratis en minutos, una sola factura, 0,005 US$ por mensaje además del precio de Meta.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="18"/>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="18"/>
        <source>On the Twilio Console home page, under Account Info.</source>
        <translation>En la página de inicio de la Twilio Console, en Account Info.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="20"/>
        <source>starts with AC, followed by 32 letters and digits (0-9, a-f).</source>
        <translation>empieza por AC, seguido de 32 letras y dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="21"/>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="22"/>
        <source>Next to the Account SID in the Twilio Console. Also checks the signature of Twilio&apos;s status callbacks. Kept in your system keychain.</source>
        <translation>Junto al Account SID en la Twilio Console. También comprueba la firma de los callbacks de estado de Twilio. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="24"/>
        <source>32 letters and digits (0-9, a-f).</source>
        <translation>32 letras y dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="25"/>
        <source>API Key SID</source>
        <translation>API Key SID</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="26"/>
        <source>Optional, and safer than the Auth Token: create an API key under Account &gt; API keys.</source>
        <translation>Opcional, y más seguro que el Auth Token: crea una clave de API en Account &gt; API keys.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="28"/>
        <source>starts with SK, followed by 32 letters and digits (0-9, a-f).</source>
        <translation>empieza por SK, seguido de 32 letras y dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="29"/>
        <source>API Key secret</source>
        <translation>Secreto de la API Key</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="30"/>
        <source>Shown once when the API key is created. Kept in your system keychain.</source>
        <translation>Se muestra una sola vez al crear la clave de API. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="32"/>
        <source>32 letters and digits.</source>
        <translation>32 letras y dígitos.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="33"/>
        <source>WhatsApp sender number</source>
        <translation>Número remitente de WhatsApp</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="34"/>
        <source>Your WhatsApp-enabled number in international format. The Twilio Sandbox number is +14155238886.</source>
        <translation>Tu número habilitado para WhatsApp en formato internacional. El número del Twilio Sandbox es +14155238886.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="36"/>
        <source>+ then the country code and number, digits only.</source>
        <translation>+ y luego el código de país y el número, solo dígitos.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="37"/>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="38"/>
        <source>Optional instead of a sender number: Twilio picks a sender from the service and queues for you.</source>
        <translation>Opcional, en lugar de un número remitente: Twilio elige un remitente del servicio y gestiona la cola por ti.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="40"/>
        <source>starts with MG, followed by 32 letters and digits (0-9, a-f).</source>
        <translation>empieza por MG, seguido de 32 letras y dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="41"/>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="42"/>
        <source>Numbers written without + and a country code are read as numbers of this country.</source>
        <translation>Los números escritos sin + ni código de país se leen como números de este país.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="44"/>
        <source>a two-letter country code such as US or DE.</source>
        <translation>un código de país de dos letras, como AR o MX.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="45"/>
        <source>Public status callback URL</source>
        <translation>URL pública del callback de estado</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="46"/>
        <source>Where Twilio reports delivered/read/failed; only needed when Tandem&apos;s webhook receiver is reachable from the internet.</source>
        <translation>Donde Twilio informa de entregados, leídos y fallidos; solo se necesita cuando el receptor de webhooks de Tandem es accesible desde internet.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="49"/>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="49"/>
        <location filename="../core/providers/twiliodescriptor.cpp" line="51"/>
        <source>Leave as is unless you test against a local sandbox.</source>
        <translation>Déjala como está, salvo que pruebes contra un sandbox local.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="51"/>
        <source>Content API address</source>
        <translation>Dirección de la Content API</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="75"/>
        <source>Enter the Auth Token, or an API Key SID with its secret.</source>
        <translation>Ingresa el Auth Token, o una API Key SID con su secreto.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="78"/>
        <source>The API Key SID needs its secret.</source>
        <translation>La API Key SID necesita su secreto.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="81"/>
        <source>Enter the WhatsApp sender number, or a Messaging Service SID.</source>
        <translation>Ingresa el número remitente de WhatsApp, o un Messaging Service SID.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioresponses.cpp" line="31"/>
        <source>The Twilio account is %1, not active. Reactivate it in the Twilio Console.</source>
        <translation>La cuenta de Twilio está %1, no activa. Reactívala en la Twilio Console.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioprovider.cpp" line="118"/>
        <source>Twilio named a next page on another host; Tandem did not follow it.</source>
        <translation>Twilio indicó una página siguiente en otro servidor; Tandem no la siguió.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliorequests.cpp" line="195"/>
        <source>Twilio sends templates by their Content SID (HX…), not by name. Find the SID in Twilio&apos;s Content Template Builder.</source>
        <translation>Twilio envía las plantillas por su Content SID (HX…), no por nombre. Busca el SID en el Content Template Builder de Twilio.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliorequests.cpp" line="200"/>
        <source>Through Twilio, buttons and lists are Content templates: create a quick-reply or list-picker template in Twilio&apos;s Content Template Builder and send it by its SID.</source>
        <translation>Con Twilio, los botones y las listas son plantillas de contenido: crea una plantilla quick-reply o list-picker en el Content Template Builder de Twilio y envíala por su SID.</translation>
    </message>
</context>
<context>
    <name>TwilioRequests</name>
    <message>
        <location filename="../core/providers/twiliorequests.cpp" line="175"/>
        <source>Twilio takes a file only from a public link (https://…); this message&apos;s file was uploaded to another sender.</source>
        <translation>Twilio solo acepta archivos desde un enlace público (https://…); el archivo de este mensaje se subió a otro remitente.</translation>
    </message>
</context>
<context>
    <name>VariableMappingEditor</name>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="26"/>
        <source>Template variables</source>
        <translation>Variables de la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="28"/>
        <source>Each variable of the template, and the contact field or fixed text that fills it.</source>
        <translation>Cada variable de la plantilla, y el campo del contacto o el texto fijo que la completa.</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <source>Filled from</source>
        <translation>Se completa con</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="115"/>
        <source>Fixed text</source>
        <translation>Texto fijo</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <source>If empty, use</source>
        <translation>Si está vacío, usar</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="82"/>
        <source>same text for everyone</source>
        <translation>el mismo texto para todos</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="85"/>
        <source>leave empty to skip such contacts</source>
        <translation>déjalo vacío para omitir esos contactos</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="111"/>
        <source>Contact&apos;s name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="112"/>
        <source>Contact&apos;s number</source>
        <translation>Número del contacto</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="114"/>
        <source>Field: %1</source>
        <translation>Campo: %1</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="21"/>
        <source>high (green): customers are happy with your messages</source>
        <translation>alta (verde): a los clientes les gustan sus mensajes</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="23"/>
        <source>medium (yellow): some customers blocked or reported you lately</source>
        <translation>media (amarilla): algunos clientes lo bloquearon o denunciaron últimamente</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="25"/>
        <source>low (red): many customers blocked or reported you; your sending limit may drop</source>
        <translation>baja (roja): muchos clientes lo bloquearon o denunciaron; su límite de envío puede bajar</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="26"/>
        <source>not rated yet</source>
        <translation>todavía sin calificar</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="33"/>
        <source>Checking the connection</source>
        <translation>Comprobando la conexión</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="34"/>
        <source>Tandem asks the provider whether these credentials work. Nothing is sent to anyone.</source>
        <translation>Tandem le pregunta al proveedor si estas credenciales funcionan. No se envía nada a nadie.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="46"/>
        <source>Cancel check</source>
        <translation>Cancelar la comprobación</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="48"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="86"/>
        <source>Asking %1…</source>
        <translation>Preguntando a %1…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="98"/>
        <source>Check cancelled.</source>
        <translation>Comprobación cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="101"/>
        <source>✔ The connection works.</source>
        <translation>✔ La conexión funciona.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="104"/>
        <source>Number: %1
Verified name: %2
Quality rating: %3</source>
        <translation>Número: %1
Nombre verificado: %2
Calificación de calidad: %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="109"/>
        <source>The API key works.
Webhooks: not set yet; Tandem sets them once its receiver has a public address.</source>
        <translation>La clave de API funciona.
Webhooks: todavía sin configurar; Tandem los configura cuando su receptor tenga una dirección pública.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="111"/>
        <source>The API key works.
Webhooks go to: %1</source>
        <translation>La clave de API funciona.
Los webhooks van a: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="114"/>
        <source>Account: %1
Status: %2</source>
        <translation>Cuenta: %1
Estado: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="117"/>
        <source>✘ The check failed.</source>
        <translation>✘ La comprobación falló.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="119"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>VolumeTiers</name>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="108"/>
        <source>utility</source>
        <translation>utilidad</translation>
    </message>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="109"/>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="112"/>
        <source>%1–%2 messages this month</source>
        <translation>%1–%2 mensajes este mes</translation>
    </message>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="114"/>
        <source>%1 messages or more this month</source>
        <translation>%1 mensajes o más este mes</translation>
    </message>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="116"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="118"/>
        <source>, since %1</source>
        <translation>, desde el %1</translation>
    </message>
</context>
<context>
    <name>WebhookSelfTest</name>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="48"/>
        <source>Enter the receiver&apos;s public address first.</source>
        <translation>Ingresa primero la dirección pública del receptor.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="68"/>
        <source>Twilio signs its callbacks with the Auth Token, and this sender has none (an API key cannot sign). Add the Auth Token in the sender&apos;s settings.</source>
        <translation>Twilio firma sus callbacks con el Auth Token, y este remitente no tiene ninguno (una clave de API no puede firmar). Añade el Auth Token en la configuración del remitente.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="85"/>
        <source>Meta signs its webhooks with the app&apos;s App Secret, and this sender has none. Add it in the sender&apos;s settings (App Dashboard &gt; App settings &gt; Basic).</source>
        <translation>Meta firma sus webhooks con la clave secreta de la app, y este remitente no tiene ninguna. Añádela en la configuración del remitente (panel de apps &gt; Configuración de la app &gt; Básica).</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="90"/>
        <source>This sender has no webhook key, which its provider&apos;s reports must carry. Save its settings again so Tandem makes one.</source>
        <translation>Este remitente no tiene clave de webhook, que los informes de su proveedor deben traer. Guarda de nuevo su configuración para que Tandem cree una.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="124"/>
        <source>The test report reached the receiver and was stored (%1 ms).</source>
        <translation>El informe de prueba llegó al receptor y se guardó (%1 ms).</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="126"/>
        <source>Nothing answered at %1 (%2). Is the receiver running, and does the address (tunnel or proxy) lead to it?</source>
        <translation>Nada respondió en %1 (%2). ¿Está en marcha el receptor y la dirección (túnel o proxy) lleva hasta él?</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="130"/>
        <source>The receiver refused the signature. The public address must be exactly the one the provider calls (scheme, host, port and path), and the sender&apos;s secret must match.</source>
        <translation>El receptor rechazó la firma. La dirección pública debe ser exactamente la que llama el proveedor (esquema, servidor, puerto y ruta), y el secreto del remitente debe coincidir.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="133"/>
        <source>The receiver answered, but the report is not in this database: is the receiver storing into another one?</source>
        <translation>El receptor respondió, pero el informe no está en esta base de datos: ¿guarda el receptor en otra?</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="136"/>
        <source>The receiver answered HTTP %1.</source>
        <translation>El receptor respondió HTTP %1.</translation>
    </message>
</context>
<context>
    <name>WebhookServer</name>
    <message>
        <location filename="../core/inbox/optoutconfirmations.cpp" line="17"/>
        <source>Opt-out confirmation to %1</source>
        <translation>Confirmación de baja a %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="13"/>
        <source>Send WhatsApp messages to your customers</source>
        <translation>Envía mensajes de WhatsApp a tus clientes</translation>
    </message>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="14"/>
        <source>Tandem connects your business number to WhatsApp, then sends order updates, reminders and offers to your contacts: each one once, at the right pace, with every failure explained.</source>
        <translation>Tandem conecta tu número comercial con WhatsApp y luego envía avisos de pedidos, recordatorios y ofertas a tus contactos: a cada uno una vez, al ritmo adecuado y con cada fallo explicado.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="25"/>
        <source>&lt;p&gt;You can send through one of three providers. The next page compares them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Twilio&lt;/b&gt; — quick to start. You need a Twilio account, its &lt;i&gt;Account SID&lt;/i&gt; and &lt;i&gt;Auth Token&lt;/i&gt; (or an API key), and a WhatsApp sender number (Twilio&apos;s free sandbox number works for trying). &lt;a href=&quot;%1&quot;&gt;Sign up at Twilio&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Meta Cloud API (direct)&lt;/b&gt; — no middleman fee, buttons and lists. You need a verified Meta Business portfolio, an app with WhatsApp, the &lt;i&gt;phone number ID&lt;/i&gt; and a &lt;i&gt;System User access token&lt;/i&gt;. &lt;a href=&quot;%2&quot;&gt;Open Meta Business&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;360dialog&lt;/b&gt; — Meta&apos;s Cloud API through a partner, with one API key per number and a fixed monthly fee. &lt;a href=&quot;%3&quot;&gt;Sign up at 360dialog&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Puedes enviar a través de uno de tres proveedores. La página siguiente los compara.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Twilio&lt;/b&gt;: rápido para empezar. Necesitas una cuenta de Twilio, su &lt;i&gt;Account SID&lt;/i&gt; y su &lt;i&gt;Auth Token&lt;/i&gt; (o una clave de API), y un número remitente de WhatsApp (el número sandbox gratuito de Twilio sirve para probar). &lt;a href=&quot;%1&quot;&gt;Regístrate en Twilio&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;API de Nube de Meta (directo)&lt;/b&gt;: sin comisión de intermediario, con botones y listas. Necesitas un portfolio empresarial de Meta verificado, una app con WhatsApp, el &lt;i&gt;identificador del número de teléfono&lt;/i&gt; y un &lt;i&gt;token de acceso de usuario del sistema&lt;/i&gt;. &lt;a href=&quot;%2&quot;&gt;Abrir Meta Business&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;360dialog&lt;/b&gt;: la API de Nube de Meta a través de un socio, con una clave de API por número y una cuota mensual fija. &lt;a href=&quot;%3&quot;&gt;Regístrate en 360dialog&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="37"/>
        <source>&lt;p&gt;This is the demo: senders talk to a practice copy on this computer, and what you type is forgotten when Tandem closes. Nothing is sent to anyone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esto es la demo: los remitentes hablan con una copia de práctica en este equipo, y lo que escribas se olvida al cerrar Tandem. No se envía nada a nadie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="39"/>
        <source>&lt;p&gt;Tokens are kept in your computer&apos;s keychain, never in Tandem&apos;s files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los tokens se guardan en el llavero de tu equipo, nunca en los archivos de Tandem.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>WhatsApp messages for small businesses.</source>
        <translation>Mensajes de WhatsApp para pequeños negocios.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>The database: a file, or postgresql://user@host:5432/tandem shared by several computers.</source>
        <translation>La base de datos: un archivo, o postgresql://usuario@servidor:5432/tandem compartida entre varios equipos.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Try Tandem against a built-in practice copy of Twilio and Meta: no account needed, nothing leaves this computer.</source>
        <translation>Prueba Tandem con una copia de práctica integrada de Twilio y Meta: no necesitas cuenta y nada sale de este equipo.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="68"/>
        <location filename="../app/main.cpp" line="88"/>
        <source>Tandem cannot start</source>
        <translation>Tandem no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Extra certificates</source>
        <translation>Certificados adicionales</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="79"/>
        <source>Shared database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>%1

Open this computer&apos;s own file instead? (Settings &gt; Shared database chooses again.)</source>
        <translation>%1

¿Abrir en su lugar el archivo propio de este equipo? (Ajustes &gt; Base de datos compartida permite elegir de nuevo).</translation>
    </message>
</context>
<context>
    <name>tandem-cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="63"/>
        <source>The file was not uploaded: %1</source>
        <translation>No se subió el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="66"/>
        <source>Uploaded %1 (media id %2).</source>
        <translation>%1 subido (id de medio %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="100"/>
        <source>Give the recipient with --to NUMBER.</source>
        <translation>Indica el destinatario con --to NÚMERO.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="105"/>
        <source>--var takes name=value, not &quot;%1&quot;.</source>
        <translation>--var recibe nombre=valor, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="111"/>
        <source>Give exactly one of --text, --media-url, --media-file, --template or --content-sid.</source>
        <translation>Indica exactamente uno de --text, --media-url, --media-file, --template o --content-sid.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="129"/>
        <source>--media-type is image, document, video or audio.</source>
        <translation>--media-type es image, document, video o audio.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="139"/>
        <source>A template needs its language: --lang en_US (for example).</source>
        <translation>Una plantilla necesita su idioma: --lang es_AR (por ejemplo).</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="44"/>
        <source>%1, tandem-cli (pid %2)</source>
        <translation>%1, tandem-cli (pid %2)</translation>
    </message>
</context>
</TS>
