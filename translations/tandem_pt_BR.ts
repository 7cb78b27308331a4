<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="68"/>
        <source>Recipients of the selected broadcast</source>
        <translation>Destinatários da transmissão selecionada</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="69"/>
        <source>Broadcasts</source>
        <translation>Transmissões</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="77"/>
        <source>Every recipient</source>
        <translation>Todos os destinatários</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="81"/>
        <source>Backup sender</source>
        <translation>Remetente reserva</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="82"/>
        <source>The sender that retries the failed rows.</source>
        <translation>O remetente que tenta de novo as linhas com falha.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="92"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="93"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="94"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="95"/>
        <source>Retr&amp;y failed</source>
        <translation>Tentar de novo as com &amp;falha</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="96"/>
        <source>Retry failed thr&amp;ough:</source>
        <translation>Tentar de novo p&amp;or:</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="97"/>
        <source>Resend &amp;unanswered…</source>
        <translation>Reenviar &amp;sem resposta…</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="98"/>
        <source>&amp;Drop unanswered…</source>
        <translation>&amp;Descartar sem resposta…</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="99"/>
        <source>Send to them again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="100"/>
        <source>Don&apos;t send again</source>
        <translation>Não enviar de novo</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="101"/>
        <source>Sent, but no answer came back from the provider: it may or may not have arrived. Tandem asks Twilio itself; Meta cannot be asked, so you decide.</source>
        <translation>Enviada, mas o provedor não respondeu: pode ter chegado ou não. O Tandem pergunta ao Twilio; à Meta não é possível perguntar, então você decide.</translation>
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
        <translation>Não foi possível ler a caixa de saída: %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="386"/>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="392"/>
        <source>Paused.</source>
        <translation>Pausada.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="392"/>
        <source>Paused by you.</source>
        <translation>Pausada por você.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="400"/>
        <location filename="../ui/activity/activityview.cpp" line="404"/>
        <location filename="../ui/activity/activityview.cpp" line="427"/>
        <location filename="../ui/activity/activityview.cpp" line="442"/>
        <location filename="../ui/activity/activityview.cpp" line="456"/>
        <source>Resumed.</source>
        <translation>Retomada.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="419"/>
        <source>Raise the budget</source>
        <translation>Aumentar o orçamento</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="427"/>
        <source>&quot;%1&quot; is not an amount in US dollars.</source>
        <translation>“%1” não é um valor em dólares americanos.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="436"/>
        <source>This broadcast stopped at its budget of %1: %2 is spent or on its way, and the rest needs about %3 more. Its new budget, in US dollars:</source>
        <translation>Este disparo parou no orçamento de %1: %2 já foi gasto ou está a caminho, e o restante precisa de cerca de %3 a mais. O novo orçamento, em dólares americanos:</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="449"/>
        <source>The sender reached its budget of %1 for %2: %3 is spent or on its way, and what is queued needs about %4 more. Its new budget for each month, in US dollars:</source>
        <translation>O remetente chegou ao orçamento de %1 para %2: %3 já foi gasto ou está a caminho, e o que está na fila precisa de cerca de %4 a mais. O novo orçamento para cada mês, em dólares americanos:</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="465"/>
        <source>Cancel broadcast</source>
        <translation>Cancelar a transmissão</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="466"/>
        <source>Stop this broadcast? Messages already sent stay sent; the rest are not sent.</source>
        <translation>Parar esta transmissão? As mensagens já enviadas continuam enviadas; as demais não são enviadas.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="470"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="475"/>
        <source>Failed messages queued again.</source>
        <translation>As mensagens com falha voltaram para a fila.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="484"/>
        <source>Failed messages queued again through &quot;%1&quot;.</source>
        <translation>As mensagens com falha voltaram para a fila por &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="494"/>
        <source>%1 gets the message again.</source>
        <translation>%1 recebe a mensagem de novo.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="504"/>
        <source>%1 is not sent the message again.</source>
        <translation>%1 não recebe a mensagem de novo.</translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="512"/>
        <source>Resend unanswered messages</source>
        <translation>Reenviar as mensagens sem resposta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="513"/>
        <source>%n message(s) were sent but the provider&apos;s answer never came, so some of these customers may already have them. Sending again may give them a second copy. Send again?</source>
        <translation>
            <numerusform>%n mensagem foi enviada, mas a resposta do provedor nunca chegou; o cliente talvez já a tenha. Enviar de novo pode gerar uma segunda cópia. Enviar de novo?</numerusform>
            <numerusform>%n mensagens foram enviadas, mas a resposta do provedor nunca chegou; alguns destes clientes talvez já as tenham. Enviar de novo pode gerar uma segunda cópia. Enviar de novo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="521"/>
        <source>%n unanswered message(s) queued again.</source>
        <translation>
            <numerusform>%n mensagem sem resposta voltou para a fila.</numerusform>
            <numerusform>%n mensagens sem resposta voltaram para a fila.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/activityview.cpp" line="528"/>
        <source>Drop unanswered messages</source>
        <translation>Descartar as mensagens sem resposta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="529"/>
        <source>%n message(s) were sent but the provider&apos;s answer never came. Dropping them means Tandem will not send them again; customers who did not get them will not get them. Drop them?</source>
        <translation>
            <numerusform>%n mensagem foi enviada, mas a resposta do provedor nunca chegou. Se você descartá-la, o Tandem não a enviará de novo; se o cliente não a recebeu, não a receberá. Descartar?</numerusform>
            <numerusform>%n mensagens foram enviadas, mas a resposta do provedor nunca chegou. Se você descartá-las, o Tandem não as enviará de novo; os clientes que não as receberam não as receberão. Descartar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/activityview.cpp" line="537"/>
        <source>%n unanswered message(s) dropped.</source>
        <translation>
            <numerusform>%n mensagem sem resposta descartada.</numerusform>
            <numerusform>%n mensagens sem resposta descartadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="31"/>
        <source>Template %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="33"/>
        <source>Content template %1</source>
        <translation>Modelo de conteúdo %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="35"/>
        <source>Media: %1</source>
        <translation>Mídia: %1</translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/analyticsview.cpp" line="17"/>
        <source>Over time</source>
        <translation>Ao longo do tempo</translation>
    </message>
    <message>
        <location filename="../ui/analytics/analyticsview.cpp" line="18"/>
        <source>One broadcast</source>
        <translation>Um disparo</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../app/desktop/appcontext.cpp" line="26"/>
        <source>The demo sandbox could not start.</source>
        <translation>Não foi possível iniciar o sandbox da demonstração.</translation>
    </message>
    <message>
        <location filename="../app/desktop/appcontext.cpp" line="57"/>
        <source>%1, Tandem window (pid %2)</source>
        <translation>%1, janela do Tandem (pid %2)</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="24"/>
        <source>&amp;Every contact</source>
        <translation>&amp;Todos os contatos</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="25"/>
        <source>Contacts with &amp;any of these tags:</source>
        <translation>Contatos com alg&amp;uma destas etiquetas:</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="26"/>
        <source>The contacts &amp;selected on the Contacts screen</source>
        <translation>Os contatos &amp;selecionados na tela Contatos</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="35"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="50"/>
        <source>Send to a &amp;CSV list…</source>
        <translation>Enviar para uma lista &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="52"/>
        <source>Imports the file&apos;s rows as contacts, tagged with the file&apos;s name, and sends to that tag.</source>
        <translation>Importa as linhas do arquivo como contatos, com o nome do arquivo como etiqueta, e envia para essa etiqueta.</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="56"/>
        <source>Who gets this message? Contacts who opted out never do.</source>
        <translation>Quem recebe esta mensagem? Os contatos descadastrados, nunca.</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="72"/>
        <source>Reading the contacts…</source>
        <translation>Lendo os contatos…</translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="93"/>
        <source>The contacts could not be read: %1</source>
        <translation>Não foi possível ler os contatos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="107"/>
        <source>The %n contact(s) selected on the Contacts screen</source>
        <translation>
            <numerusform>O %n contato selecionado na tela Contatos</numerusform>
            <numerusform>Os %n contatos selecionados na tela Contatos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/audiencepage.cpp" line="157"/>
        <source>Nobody yet: choose tags, or import contacts first.</source>
        <translation>Ninguém ainda: escolha etiquetas ou importe contatos primeiro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="158"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contato</numerusform>
            <numerusform>%Ln contatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="159"/>
        <source>%Ln of them opted out and will not get it.</source>
        <translation>
            <numerusform>%Ln deles se descadastrou e não vai recebê-la.</numerusform>
            <numerusform>%Ln deles se descadastraram e não vão recebê-la.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/audiencepage.cpp" line="163"/>
        <source>Left out: %n number(s) of your own, where your tests went.</source>
        <translation>
            <numerusform>De fora: %n número seu, para onde foram seus testes.</numerusform>
            <numerusform>De fora: %n números seus, para onde foram seus testes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastListModel</name>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="146"/>
        <source>Scheduled for %1</source>
        <translation>Agendada para %1</translation>
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
            <numerusform>%1, %Ln cancelada</numerusform>
            <numerusform>%1, %Ln canceladas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="180"/>
        <source>Broadcast</source>
        <translation>Transmissão</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="182"/>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="184"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="186"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="188"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="190"/>
        <source>Accepted</source>
        <translation>Aceitas</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="192"/>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="194"/>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="196"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../ui/activity/broadcastlistmodel.cpp" line="198"/>
        <source>Skipped</source>
        <translation>Pulados</translation>
    </message>
</context>
<context>
    <name>BroadcastReports</name>
    <message>
        <location filename="../core/analytics/broadcastreport.cpp" line="73"/>
        <source>There is no broadcast %1.</source>
        <translation>Não existe a transmissão %1.</translation>
    </message>
</context>
<context>
    <name>BroadcastResults</name>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="40"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="42"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="44"/>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="46"/>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="48"/>
        <source>Replied</source>
        <translation>Responderam</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="50"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="247"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="52"/>
        <source>Skipped</source>
        <translation>Ignoradas</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="84"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="86"/>
        <source>Export report as PDF…</source>
        <translation>Exportar o relatório como PDF…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="88"/>
        <source>&amp;Broadcast:</source>
        <translation>&amp;Disparo:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="103"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="105"/>
        <source>Click a bar to see the customers behind it.</source>
        <translation>Clique em uma barra para ver os clientes por trás dela.</translation>
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
        <translation>Por quê</translation>
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
        <translation>Nenhum disparo foi enviado ainda.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="179"/>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="184"/>
        <source>The results could not be read: %1</source>
        <translation>Não foi possível ler os resultados: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="224"/>
        <source>Estimated cost %1 (%2 per delivered, %3 per read).</source>
        <translation>Custo estimado %1 (%2 por entregue, %3 por lida).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="227"/>
        <source>The provider reported %1 for %n message(s).</source>
        <translation>
            <numerusform>O provedor informou %1 por %n mensagem.</numerusform>
            <numerusform>O provedor informou %1 por %n mensagens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="230"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="349"/>
        <source>%n customer(s) opted out after it.</source>
        <translation>
            <numerusform>%n cliente se descadastrou depois.</numerusform>
            <numerusform>%n clientes se descadastraram depois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/broadcastresults.cpp" line="232"/>
        <source>%n message(s) still waiting to go out.</source>
        <translation>
            <numerusform>%n mensagem ainda aguarda envio.</numerusform>
            <numerusform>%n mensagens ainda aguardam envio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="248"/>
        <source>Not sent</source>
        <translation>Não enviadas</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="259"/>
        <source>%1: reading…</source>
        <translation>%1: lendo…</translation>
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
        <translation>Dado</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="313"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="316"/>
        <source>Opted out after it</source>
        <translation>Descadastraram-se depois</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="317"/>
        <source>Estimated cost (US$)</source>
        <translation>Custo estimado (US$)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="318"/>
        <source>Reported cost (US$)</source>
        <translation>Custo informado (US$)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="321"/>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="324"/>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="335"/>
        <source>Broadcast %1</source>
        <translation>Disparo %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="336"/>
        <source>Created %1</source>
        <translation>Criado em %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="344"/>
        <source>Estimated cost %1 (%2 per delivered message, %3 per read message); reported by the provider: %4.</source>
        <translation>Custo estimado %1 (%2 por mensagem entregue, %3 por mensagem lida); informado pelo provedor: %4.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="351"/>
        <source>Why some customers did not get it</source>
        <translation>Por que alguns clientes não receberam</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="364"/>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="364"/>
        <source>broadcast-results.csv</source>
        <translation>resultados-disparo.csv</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="369"/>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="371"/>
        <location filename="../ui/analytics/broadcastresults.cpp" line="387"/>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="376"/>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="376"/>
        <source>broadcast-report.pdf</source>
        <translation>relatorio-disparo.pdf</translation>
    </message>
    <message>
        <location filename="../ui/analytics/broadcastresults.cpp" line="387"/>
        <source>%1 could not be written.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>BudgetGate</name>
    <message>
        <location filename="../core/outbox/budgetgate.cpp" line="108"/>
        <source>Paused: the next message would take this sender past its budget of %1 for %2 (%3 spent or on its way). Raise the budget to go on.</source>
        <translation>Pausado: a próxima mensagem passaria do orçamento de %1 deste remetente para %2 (%3 gasto ou a caminho). Aumente o orçamento para continuar.</translation>
    </message>
    <message>
        <location filename="../core/outbox/budgetgate.cpp" line="122"/>
        <source>Paused: the next message would take this broadcast past its budget of %1 (%2 spent or on its way). Raise the budget to go on.</source>
        <translation>Pausado: a próxima mensagem passaria do orçamento de %1 deste disparo (%2 gasto ou a caminho). Aumente o orçamento para continuar.</translation>
    </message>
</context>
<context>
    <name>Budgets</name>
    <message>
        <location filename="../core/outbox/budgets.cpp" line="126"/>
        <source>The estimated cost, %1, is above this broadcast&apos;s budget of %2. Raise the budget or send to fewer customers.</source>
        <translation>O custo estimado, %1, passa do orçamento deste disparo de %2. Aumente o orçamento ou envie para menos clientes.</translation>
    </message>
    <message>
        <location filename="../core/outbox/budgets.cpp" line="137"/>
        <source>The estimated cost, %1, is more than what is left of this sender&apos;s budget for %2: %3 of %4 (what is sent and what is still queued counts). Raise the monthly budget or send to fewer customers.</source>
        <translation>O custo estimado, %1, é maior do que resta do orçamento deste remetente para %2: %3 de %4 (conta o que foi enviado e o que ainda está na fila). Aumente o orçamento mensal ou envie para menos clientes.</translation>
    </message>
</context>
<context>
    <name>ComparisonData</name>
    <message>
        <location filename="../core/pricing/comparisondata.cpp" line="31"/>
        <source>The comparison data is not valid JSON: %1</source>
        <translation>Os dados de comparação não são um JSON válido: %1</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="12"/>
        <source>North America</source>
        <translation>América do Norte</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="13"/>
        <source>Rest of Africa</source>
        <translation>Resto da África</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="14"/>
        <source>Rest of Asia Pacific</source>
        <translation>Resto da Ásia-Pacífico</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="15"/>
        <source>Rest of Central &amp; Eastern Europe</source>
        <translation>Resto da Europa Central &amp; Oriental</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="16"/>
        <source>Rest of Latin America</source>
        <translation>Resto da América Latina</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="17"/>
        <source>Rest of Middle East</source>
        <translation>Resto do Oriente Médio</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="18"/>
        <source>Rest of Western Europe</source>
        <translation>Resto da Europa Ocidental</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="19"/>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="20"/>
        <source>Minutes with Twilio&apos;s free sandbox; a production WhatsApp sender usually takes 1-3 days</source>
        <translation>Minutos com o sandbox gratuito do Twilio; um remetente do WhatsApp de produção costuma levar de 1 a 3 dias</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="22"/>
        <source>Twilio account, WhatsApp sender registration in the Twilio Console, Account SID + Auth Token</source>
        <translation>Conta do Twilio, registro do remetente do WhatsApp no Twilio Console, Account SID + Auth Token</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="24"/>
        <source>$0.005 per message, inbound or outbound, on top of Meta&apos;s fee, which Twilio passes through</source>
        <translation>US$ 0,005 por mensagem, recebida ou enviada, além da tarifa da Meta, que o Twilio repassa</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="26"/>
        <source>80 messages/s per sender (text up to 400/s on request)</source>
        <translation>80 mensagens/s por remetente (texto até 400/s sob pedido)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="27"/>
        <source>Yes, as Content templates (ContentSid)</source>
        <translation>Sim, como modelos de conteúdo (ContentSid)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="28"/>
        <source>As Content templates (quick reply, list picker)</source>
        <translation>Como modelos de conteúdo (quick reply, list picker)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="29"/>
        <source>Yes, by link (up to 10 per message)</source>
        <translation>Sim, por link (até 10 por mensagem)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="30"/>
        <source>Optional: status callbacks need a public address</source>
        <translation>Opcionais: os callbacks de status precisam de um endereço público</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="31"/>
        <source>Twilio holds the relationship with Meta and bills you</source>
        <translation>O Twilio mantém a relação com a Meta e cobra de você</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="32"/>
        <source>Days to weeks: Meta business verification, an app and a System User token</source>
        <translation>De dias a semanas: verificação da empresa na Meta, um app e um token de usuário do sistema</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="34"/>
        <source>Meta Business portfolio, business verification, an app with WhatsApp, phone number registration, System User token</source>
        <translation>Portfólio empresarial da Meta, verificação da empresa, um app com WhatsApp, registro do número de telefone, token de usuário do sistema</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="37"/>
        <source>No middleman fee: you pay Meta&apos;s per-message price only</source>
        <translation>Sem taxa de intermediário: você paga só o preço por mensagem da Meta</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="38"/>
        <source>80 messages/s per number, raised automatically to 1,000/s for large senders</source>
        <translation>80 mensagens/s por número, elevadas automaticamente a 1.000/s para remetentes grandes</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="40"/>
        <source>Yes, by name and language; create them in WhatsApp Manager</source>
        <translation>Sim, por nome e idioma; crie-os no WhatsApp Manager</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="41"/>
        <source>Yes: reply buttons and lists</source>
        <translation>Sim: botões de resposta e listas</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="42"/>
        <source>Yes, by link or uploaded id</source>
        <translation>Sim, por link ou id de arquivo enviado</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="43"/>
        <source>Needed for delivered/read statuses and replies (a public HTTPS address)</source>
        <translation>Necessários para os status entregue/lida e as respostas (um endereço HTTPS público)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="44"/>
        <source>You hold the relationship with Meta directly</source>
        <translation>Você mantém a relação com a Meta diretamente</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="45"/>
        <source>Days: a test key for the 360dialog sandbox at once; a production number through 360dialog&apos;s embedded signup and Meta&apos;s checks</source>
        <translation>Dias: uma chave de teste para o ambiente de testes da 360dialog na hora; um número de produção pelo cadastro integrado da 360dialog e as verificações da Meta</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="48"/>
        <source>360dialog account, Meta Business portfolio connected in the 360dialog hub, phone number registration, an API key per number</source>
        <translation>Conta na 360dialog, portfólio empresarial da Meta conectado no painel da 360dialog, registro do número de telefone, uma chave de API por número</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="51"/>
        <source>No mark-up on Meta&apos;s template prices (360dialog&apos;s own, undated statement); a monthly fee per number, amount not in Tandem&apos;s data</source>
        <translation>Sem acréscimo sobre os preços de modelos da Meta (segundo a 360dialog, sem data); uma mensalidade por número, com valor que não está nos dados do Tandem</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="54"/>
        <source>80 messages/s per number (the Cloud API&apos;s default, passed on)</source>
        <translation>80 mensagens/s por número (o padrão da API de Nuvem, mantido)</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="55"/>
        <source>Yes, by name and language, through 360dialog&apos;s template API</source>
        <translation>Sim, por nome e idioma, pela API de modelos da 360dialog</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="56"/>
        <source>Yes, by link</source>
        <translation>Sim, por link</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="57"/>
        <source>Needed for delivered/read statuses and replies; unsigned, so Tandem sets the address itself with a secret key</source>
        <translation>Necessários para os status entregue/lida e as respostas; sem assinatura, então o Tandem configura o endereço com uma chave secreta</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="60"/>
        <source>360dialog is Meta&apos;s solution partner; the WhatsApp Business Account is yours</source>
        <translation>A 360dialog é parceira de soluções da Meta; a conta do WhatsApp Business é sua</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="62"/>
        <source>Meta charges per delivered template, by category and the recipient&apos;s country. Since 2026-10-01 service (non-template) messages are charged at the utility rate of the market. Rates change on the first day of a quarter.</source>
        <translation>A Meta cobra por modelo entregue, conforme a categoria e o país do destinatário. Desde 1º de outubro de 2026, as mensagens de serviço (sem modelo) são cobradas pela tarifa de utilidade do mercado. As tarifas mudam no primeiro dia de cada trimestre.</translation>
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
        <translation>Austrália</translation>
    </message>
    <message>
        <location filename="../core/pricing/comparisontexts.cpp" line="69"/>
        <source>Austria</source>
        <translation>Áustria</translation>
    </message>
</context>
<context>
    <name>ComparisonWidget</name>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="52"/>
        <source>The providers compared</source>
        <translation>Os provedores comparados</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="53"/>
        <source>Meta Cloud API (direct)</source>
        <translation>API de Nuvem da Meta (direto)</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="57"/>
        <source>Setup time</source>
        <translation>Tempo de configuração</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="57"/>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="58"/>
        <source>Fee on top of Meta&apos;s price</source>
        <translation>Taxa além do preço da Meta</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="58"/>
        <source>Meta&apos;s price per message</source>
        <translation>Preço da Meta por mensagem</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="58"/>
        <source>Throughput</source>
        <translation>Capacidade de envio</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="58"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="59"/>
        <source>Buttons and lists</source>
        <translation>Botões e listas</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="59"/>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="59"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="59"/>
        <source>Relationship with Meta</source>
        <translation>Relação com a Meta</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="57"/>
        <source>Estimated cost per month</source>
        <translation>Custo mensal estimado</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="67"/>
        <source>Help me choose</source>
        <translation>Ajude-me a escolher</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="80"/>
        <source>Another country (enter Meta&apos;s rate)</source>
        <translation>Outro país (informe a tarifa da Meta)</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="86"/>
        <source>Utility: orders, appointments, reminders</source>
        <translation>Utilidade: pedidos, agendamentos, lembretes</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="87"/>
        <source>Marketing: offers and news</source>
        <translation>Marketing: ofertas e novidades</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="88"/>
        <source>Authentication: one-time codes</source>
        <translation>Autenticação: códigos de uso único</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="89"/>
        <source>Service: replies to customers</source>
        <translation>Serviço: respostas a clientes</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="96"/>
        <source>&amp;Messages per month:</source>
        <translation>&amp;Mensagens por mês:</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="98"/>
        <source>Main &amp;country of your customers:</source>
        <translation>País principal dos seus c&amp;lientes:</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="100"/>
        <source>&amp;Kind of message:</source>
        <translation>&amp;Tipo de mensagem:</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="102"/>
        <source>Meta&apos;s &amp;rate per message:</source>
        <translation>&amp;Tarifa da Meta por mensagem:</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="159"/>
        <source> (quicker)</source>
        <translation> (mais rápido)</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="203"/>
        <source>%1 with %2</source>
        <translation>%1 com %2</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="204"/>
        <source>%1 with %2, plus its monthly fee</source>
        <translation>%1 com %2, mais a mensalidade</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/comparison/comparisonwidget.cpp" line="206"/>
        <source>Your own %1: %Ln message(s) to your customers&apos; markets would have cost %2.</source>
        <translation>
            <numerusform>O seu próprio %1: %Ln mensagem para os mercados dos seus clientes teria custado %2.</numerusform>
            <numerusform>O seu próprio %1: %Ln mensagens para os mercados dos seus clientes teriam custado %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="226"/>
        <source>%1 per message</source>
        <translation>%1 por mensagem</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="227"/>
        <source>not in Tandem&apos;s data: see Meta&apos;s rate card</source>
        <translation>não está nos dados do Tandem: veja a tabela de preços da Meta</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="229"/>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="230"/>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="237"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="237"/>
        <source>%1 and its monthly fee per number</source>
        <translation>%1 e a mensalidade por número</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="243"/>
        <source>Tandem has no Meta price for this country and kind of message. Enter the rate from Meta&apos;s rate card to compare costs. Twilio is quicker to start either way.</source>
        <translation>O Tandem não tem o preço da Meta para este país e tipo de mensagem. Informe a tarifa da tabela de preços da Meta para comparar os custos. Com o Twilio você começa antes de qualquer forma.</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="252"/>
        <source>At %1 messages a month, going direct to Meta saves about %2 a month (%3 a year). The setup takes longer, but at this volume it pays off.</source>
        <translation>Com %1 mensagens por mês, ir direto à Meta economiza cerca de %2 por mês (%3 por ano). A configuração demora mais, mas com esse volume compensa.</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="257"/>
        <source>At %1 messages a month, Twilio costs only %2 a month more than going direct, and you can send today. Start with Twilio; Tandem can switch you to Meta later.</source>
        <translation>Com %1 mensagens por mês, o Twilio custa só %2 a mais por mês do que ir direto, e você pode enviar hoje. Comece com o Twilio; o Tandem pode mudar você para a Meta depois.</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="261"/>
        <source>Twilio&apos;s fee: %1 (%2). </source>
        <translation>Taxa do Twilio: %1 (%2). </translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="267"/>
        <source>Meta&apos;s rate for %1: from %2, dated %3%4. </source>
        <translation>Tarifa da Meta para %1: a partir de %2, de %3%4. </translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="269"/>
        <source> (a third party&apos;s copy of Meta&apos;s rate card)</source>
        <translation> (uma cópia de terceiros da tabela de preços da Meta)</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="272"/>
        <source>This price is older than a quarter: Meta may have changed it since. Import Meta&apos;s current rate card (Settings → Prices…) for today&apos;s.</source>
        <translation>Este preço tem mais de um trimestre: a Meta pode tê-lo mudado desde então. Importe a tabela atual da Meta (Configurações → Preços…) para ter a de hoje.</translation>
    </message>
    <message>
        <location filename="../ui/comparison/comparisonwidget.cpp" line="277"/>
        <source>Current rates: &lt;a href=&quot;%1&quot;&gt;Meta&apos;s rate card&lt;/a&gt;.</source>
        <translation>Tarifas atuais: &lt;a href=&quot;%1&quot;&gt;tabela de preços da Meta&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>ComposerView</name>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="43"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="44"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Próximo &gt;</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="48"/>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="50"/>
        <source>Audience, message, preview, check and send; a later step opens once the ones before it are complete.</source>
        <translation>Público, mensagem, prévia, verificação e envio; uma etapa posterior abre quando as anteriores estão completas.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="51"/>
        <source>1. Audience</source>
        <translation>1. Público</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="51"/>
        <source>2. Message</source>
        <translation>2. Mensagem</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="51"/>
        <source>3. Preview</source>
        <translation>3. Prévia</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="51"/>
        <source>4. Check</source>
        <translation>4. Verificação</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="51"/>
        <source>5. Send</source>
        <translation>5. Envio</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="161"/>
        <source>The audience is empty.</source>
        <translation>O público está vazio.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="166"/>
        <source>Wait for the check to finish.</source>
        <translation>Aguarde a verificação terminar.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="169"/>
        <source>Nobody in this audience can receive this message.</source>
        <translation>Ninguém deste público pode receber esta mensagem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/composerview.cpp" line="215"/>
        <source>%Ln message(s) through &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln mensagem por &quot;%1&quot;.</numerusform>
            <numerusform>%Ln mensagens por &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="257"/>
        <source>So far in %1: %2 sent or on its way, %3 still queued.</source>
        <translation>Até agora em %1: %2 enviado ou a caminho, %3 ainda na fila.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="261"/>
        <source>This broadcast: about %1.</source>
        <translation>Este disparo: cerca de %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="313"/>
        <location filename="../ui/composer/composerview.cpp" line="352"/>
        <location filename="../ui/composer/composerview.cpp" line="359"/>
        <location filename="../ui/composer/composerview.cpp" line="406"/>
        <source>Not queued: %1</source>
        <translation>Não foi para a fila: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="328"/>
        <source>%1 did not create the buttons: %2</source>
        <translation>%1 não criou os botões: %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerview.cpp" line="380"/>
        <source>%1 did not take the file: %2</source>
        <translation>%1 não aceitou o arquivo: %2</translation>
    </message>
</context>
<context>
    <name>ConfigField</name>
    <message>
        <location filename="../core/providers/configfield.cpp" line="25"/>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="28"/>
        <source>%1 must be one of the listed values.</source>
        <translation>%1 deve ser um dos valores da lista.</translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="32"/>
        <source>%1 must be a web address starting with https://.</source>
        <translation>%1 deve ser um endereço da web que comece com https://.</translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="37"/>
        <source>%1 must start with https://: your tokens are sent there and must not cross the internet unencrypted (only a sandbox on this computer may use http://).</source>
        <translation>%1 deve começar com https://: seus tokens são enviados para lá e não podem atravessar a internet sem criptografia (só um sandbox neste computador pode usar http://).</translation>
    </message>
    <message>
        <location filename="../core/providers/configfield.cpp" line="46"/>
        <source>%1 does not look right.</source>
        <translation>%1 não parece correto.</translation>
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
        <translation>Configurações avançadas</translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="123"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="124"/>
        <source>Show or hide what you typed</source>
        <translation>Mostrar ou ocultar o que você digitou</translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="203"/>
        <source>Kept for this demo; type to replace</source>
        <translation>Guardado para esta demonstração; digite para substituir</translation>
    </message>
    <message>
        <location filename="../ui/forms/configform.cpp" line="204"/>
        <source>Stored in the system keychain; type to replace</source>
        <translation>Guardado no chaveiro do sistema; digite para substituir</translation>
    </message>
</context>
<context>
    <name>ConfigurePage</name>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="24"/>
        <source>For example: Corner Bakery</source>
        <translation>Por exemplo: Padaria da Esquina</translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="25"/>
        <source>&amp;Sender name *</source>
        <translation>&amp;Nome do remetente *</translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="42"/>
        <source>Fill in the demo credentials</source>
        <translation>Preencher as credenciais da demonstração</translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="77"/>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="78"/>
        <source>Copy these from your %1 account. Fields marked * are needed; hover over a field for where to find it.</source>
        <translation>Copie-os da sua conta %1. Os campos marcados com * são necessários; passe o ponteiro sobre um campo para ver onde encontrá-lo.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/configurepage.cpp" line="118"/>
        <source>Demo shop</source>
        <translation>Loja de demonstração</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../core/util/whoami.cpp" line="12"/>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <location filename="../core/util/whoami.cpp" line="13"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 em %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="18"/>
        <source>Opted out: never send to this number</source>
        <translation>Descadastrado: nunca enviar para este número</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="21"/>
        <source>Contact %1</source>
        <translation>Contato %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="24"/>
        <source>vip, newsletter</source>
        <translation>vip, boletim</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="27"/>
        <source>first_name: Ana
city: Porto</source>
        <translation>first_name: Ana
city: Porto</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="37"/>
        <source>To send to them again, use Subscribe again… under Contacts: Tandem keeps your reason with the change.</source>
        <translation>Para voltar a enviar mensagens, use Inscrever de novo… em Contatos: o Tandem guarda o seu motivo com a mudança.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="42"/>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="44"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="45"/>
        <source>Other &amp;fields:</source>
        <translation>Outros &amp;campos:</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="88"/>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="93"/>
        <source>Choose the column with the phone numbers. The columns are: %1.</source>
        <translation>Escolha a coluna com os números de telefone. As colunas são: %1.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="148"/>
        <source>No phone number.</source>
        <translation>Sem número de telefone.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="163"/>
        <source>A value is longer than 64 KB.</source>
        <translation>Um valor passa de 64 KB.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="168"/>
        <source>The line is not valid UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation>A linha não é um texto UTF-8 válido. Salve o arquivo como UTF-8 e importe de novo.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="173"/>
        <source>The line has %1 values but the header names %2 columns.</source>
        <translation>A linha tem %1 valores, mas o cabeçalho nomeia %2 colunas.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactimporter.cpp" line="230"/>
        <source>The contact %1 vanished while it was imported.</source>
        <translation>O contato %1 sumiu durante a importação.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="160"/>
        <source>Opted out on %1 (%2). Tandem never sends to this number.</source>
        <translation>Descadastrou-se em %1 (%2). O Tandem nunca envia para este número.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="164"/>
        <source>Stopped marketing messages on %1: only utility and service messages reach them.</source>
        <translation>Parou de receber marketing em %1: só recebe mensagens de utilidade e de serviço.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="168"/>
        <source>Free text reaches them until %1.</source>
        <translation>Texto livre chega até %1.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="170"/>
        <source>Their 24-hour window closed %1: only templates reach them.</source>
        <translation>A janela de 24 horas fechou em %1: só modelos chegam.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="184"/>
        <source>Opted out: %1</source>
        <translation>Descadastrado: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="185"/>
        <source>No marketing</source>
        <translation>Sem marketing</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="186"/>
        <source>Subscribed</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="211"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="213"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="215"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="217"/>
        <source>Other fields</source>
        <translation>Outros campos</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="221"/>
        <source>Last message from them</source>
        <translation>Última mensagem dele</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="44"/>
        <source>Search number, name, tag or field</source>
        <translation>Pesquise número, nome, etiqueta ou campo</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="49"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="76"/>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
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
        <translation>Marcar como &amp;descadastrado</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="100"/>
        <source>S&amp;ubscribe again…</source>
        <translation>Inscrever de no&amp;vo…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="101"/>
        <source>For a customer who opted out and asked to get messages again: Tandem keeps your reason, the date and who did it.</source>
        <translation>Para um cliente que se descadastrou e pediu para voltar a receber mensagens: o Tandem guarda o seu motivo, a data e quem fez.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="103"/>
        <source>&amp;Delete</source>
        <translation>Exc&amp;luir</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="104"/>
        <source>&amp;Message selected…</source>
        <translation>Enviar &amp;mensagem aos selecionados…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="152"/>
        <source>The contacts could not be read: %1</source>
        <translation>Não foi possível ler os contatos: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="160"/>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="180"/>
        <source>%1 of %2 contacts shown, %3 selected.</source>
        <translation>Mostrando %1 de %2 contatos, %3 selecionados.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="206"/>
        <source>Export contacts</source>
        <translation>Exportar contatos</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="211"/>
        <location filename="../ui/contacts/contactsview.cpp" line="216"/>
        <source>Export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="219"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n contato exportado para %1.</numerusform>
            <numerusform>%n contatos exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="233"/>
        <source>The contact could not be saved: %1</source>
        <translation>Não foi possível salvar o contato: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="242"/>
        <source>Delete contacts</source>
        <translation>Excluir contatos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="243"/>
        <source>Delete %n contact(s)? Broadcasts already sent keep their results.</source>
        <translation>
            <numerusform>Excluir %n contato? As transmissões já enviadas mantêm seus resultados.</numerusform>
            <numerusform>Excluir %n contatos? As transmissões já enviadas mantêm seus resultados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="250"/>
        <source>Not deleted: %1</source>
        <translation>Não excluído: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="261"/>
        <source>Subscribe again</source>
        <translation>Inscrever de novo</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="262"/>
        <source>%1 opted out. Why may they get messages again? (For example: &quot;asked in the shop on 3 December&quot;.) Tandem keeps your answer with the date.</source>
        <translation>%1 se descadastrou. Por que pode voltar a receber mensagens? (Por exemplo: &quot;pediu na loja em 3 de dezembro&quot;.) O Tandem guarda a sua resposta com a data.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="268"/>
        <location filename="../ui/contacts/contactsview.cpp" line="282"/>
        <source>Tandem window</source>
        <translation>Janela do Tandem</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="285"/>
        <source>Not changed: %1</source>
        <translation>Não alterado: %1</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <location filename="../ui/replies/conversationlistmodel.cpp" line="30"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nova</numerusform>
            <numerusform>%n novas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replies/conversationlistmodel.cpp" line="32"/>
        <source>opted out</source>
        <translation>descadastrado</translation>
    </message>
    <message>
        <location filename="../ui/replies/conversationlistmodel.cpp" line="37"/>
        <source>%1 (%2) opted out: %3</source>
        <translation>%1 (%2) se descadastrou: %3</translation>
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
        <translation>Uma aspa (&quot;) aberta nesta linha nunca é fechada, então a linha não pode ser lida. Feche a aspa ou remova-a.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="76"/>
        <source>the user name or password was not accepted.</source>
        <translation>o usuário ou a senha não foram aceitos.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="78"/>
        <source>the server has no database of that name.</source>
        <translation>o servidor não tem nenhum banco de dados com esse nome.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="80"/>
        <source>no server of that name was found; check the address.</source>
        <translation>nenhum servidor com esse nome foi encontrado; confira o endereço.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="82"/>
        <source>nothing answers at that address and port. Is PostgreSQL running there, and does it accept connections from other computers?</source>
        <translation>nada responde nesse endereço e porta. O PostgreSQL está rodando lá e aceita conexões de outros computadores?</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="86"/>
        <source>the server did not answer within 10 seconds.</source>
        <translation>o servidor não respondeu em 10 segundos.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="88"/>
        <source>the server does not let this computer in (its pg_hba.conf has no line for it).</source>
        <translation>o servidor não deixa este computador entrar (o pg_hba.conf dele não tem uma linha para ele).</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="91"/>
        <source>the encrypted connection could not be set up (see the sslmode in the address).</source>
        <translation>não foi possível estabelecer a conexão criptografada (veja o sslmode no endereço).</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="94"/>
        <source>the server could not be reached.</source>
        <translation>não foi possível alcançar o servidor.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="97"/>
        <source>%1 (The server said: %2)</source>
        <translation>%1 (O servidor disse: %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="119"/>
        <source>&quot;%1&quot; is not a database address; it looks like postgresql://user@host:5432/tandem.</source>
        <translation>&quot;%1&quot; não é um endereço de banco de dados; ele se parece com postgresql://usuario@servidor:5432/tandem.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="147"/>
        <source>Could not connect to the database %1: %2</source>
        <translation>Não foi possível conectar ao banco de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="158"/>
        <source>Could not create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="167"/>
        <source>Could not open the database %1: %2</source>
        <translation>Não foi possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="192"/>
        <source>Could not prepare the database %1: %2</source>
        <translation>Não foi possível preparar o banco de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="44"/>
        <source>Could not read the database&apos;s version: %1</source>
        <translation>Não foi possível ler a versão do banco de dados: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="46"/>
        <source>This database was written by a newer version of Tandem (data format %1; this program knows up to %2). Update Tandem to open it. The file was not changed.</source>
        <translation>Este banco de dados foi gravado por uma versão mais nova do Tandem (formato de dados %1; este programa conhece até o %2). Atualize o Tandem para abri-lo. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="82"/>
        <source>Updating the database to format %1 (%2) failed: %3</source>
        <translation>A atualização do banco de dados para o formato %1 (%2) falhou: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="23"/>
        <source>Copying %1 failed: %2</source>
        <translation>A cópia de %1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="32"/>
        <source>The two databases have different formats; open both with this Tandem first.</source>
        <translation>Os dois bancos de dados têm formatos diferentes; abra os dois com este Tandem antes.</translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="39"/>
        <source>The target database already holds data (%1): Tandem copies only into an empty one, so nothing is mixed up or lost.</source>
        <translation>O banco de dados de destino já tem dados (%1): o Tandem só copia para um vazio, para que nada se misture ou se perca.</translation>
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
        <translation>A API de Nuvem da Meta hospedada por um parceiro: uma chave de API por número, sem acréscimo sobre os preços de modelos da Meta (segundo a 360dialog), modelos e mensagens interativas como com a Meta.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="19"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="20"/>
        <source>In the 360dialog hub, under the number&apos;s API keys: each number has its own. Kept in your system keychain.</source>
        <translation>No painel da 360dialog, nas chaves de API do número: cada número tem a sua. Guardada no chaveiro do seu sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="23"/>
        <source>letters, digits, - and _, at least 8 of them.</source>
        <translation>letras, dígitos, - e _, pelo menos 8.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="24"/>
        <source>WhatsApp number</source>
        <translation>Número do WhatsApp</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="25"/>
        <source>The number this API key sends from, as the 360dialog hub shows it. Tandem shows it beside the sender&apos;s name.</source>
        <translation>O número de onde esta chave de API envia, como o painel da 360dialog mostra. O Tandem o mostra ao lado do nome do remetente.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="28"/>
        <source>+ then the country code and number, digits only.</source>
        <translation>+ e depois o código do país e o número, só dígitos.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="29"/>
        <source>Webhook key</source>
        <translation>Chave do webhook</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="30"/>
        <source>360dialog does not sign its webhooks. Tandem makes this key itself and gives it to 360dialog with the webhook address (Webhooks &gt; Point this number&apos;s webhooks here); 360dialog sends it back with every report, and Tandem believes only reports that carry it. Kept in your system keychain.</source>
        <translation>A 360dialog não assina os webhooks dela. O Tandem cria esta chave e a entrega à 360dialog junto com o endereço do webhook (Webhooks &gt; Direcionar para cá os webhooks deste número); a 360dialog a devolve em cada relatório, e o Tandem só acredita nos relatórios que a trazem. Guardada no chaveiro do seu sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="35"/>
        <source>16 to 128 letters, digits and dashes.</source>
        <translation>de 16 a 128 letras, dígitos e hifens.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="36"/>
        <source>Default country</source>
        <translation>País padrão</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="37"/>
        <source>Numbers written without + and a country code are read as numbers of this country.</source>
        <translation>Números escritos sem + e código do país são lidos como números deste país.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="39"/>
        <source>a two-letter country code such as US or DE.</source>
        <translation>um código de país de duas letras, como BR ou PT.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="40"/>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360descriptor.cpp" line="41"/>
        <source>Leave as is. 360dialog&apos;s test sandbox, for a test key sent to your own phone, is https://waba-sandbox.360dialog.io.</source>
        <translation>Deixe como está. O ambiente de testes da 360dialog, para uma chave de teste enviada ao seu próprio telefone, é https://waba-sandbox.360dialog.io.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360provider.cpp" line="73"/>
        <source>360dialog cannot be asked for a message&apos;s status; it reports delivered and read through the webhook.</source>
        <translation>Não dá para perguntar à 360dialog o status de uma mensagem; ela informa entregue e lida pelo webhook.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360provider.cpp" line="100"/>
        <source>This sender has no webhook key yet; save its settings again so Tandem makes one.</source>
        <translation>Este remetente ainda não tem chave de webhook; salve de novo as configurações dele para o Tandem criar uma.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360requests.cpp" line="86"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>&quot;%1&quot; não é um endereço da web.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360requests.cpp" line="91"/>
        <source>360dialog posts only to https:// addresses.</source>
        <translation>A 360dialog só envia para endereços https://.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360requests.cpp" line="93"/>
        <source>360dialog takes no port in a webhook address (&quot;:%1&quot;): give the receiver an address on the standard port, for example through a tunnel.</source>
        <translation>A 360dialog não aceita porta no endereço de um webhook (&quot;:%1&quot;): dê ao receptor um endereço na porta padrão, por exemplo com um túnel.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360requests.cpp" line="98"/>
        <source>360dialog takes no underscore (_) in a webhook&apos;s host name.</source>
        <translation>A 360dialog não aceita sublinhado (_) no nome do servidor de um webhook.</translation>
    </message>
</context>
<context>
    <name>Dialog360Responses</name>
    <message>
        <location filename="../core/providers/dialog360responses.cpp" line="40"/>
        <source>API key accepted</source>
        <translation>Chave de API aceita</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <location filename="../core/outbox/dispatcher.cpp" line="29"/>
        <source>The Tandem that was sending it stopped (or stopped responding) before the provider answered, so it is not known whether it went out.</source>
        <translation>O Tandem que estava enviando parou (ou deixou de responder) antes de o provedor responder, então não se sabe se ela saiu.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="17"/>
        <source>Saving your sender</source>
        <translation>Salvando seu remetente</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="22"/>
        <source>Try saving again</source>
        <translation>Tentar salvar de novo</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="44"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="54"/>
        <source>All set</source>
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="56"/>
        <source>&quot;%1&quot; is ready. Its settings are saved in Tandem and its token in your system keychain. Press Finish to see your senders.</source>
        <translation>&quot;%1&quot; está pronto. As configurações ficam salvas no Tandem e o token no chaveiro do sistema. Clique em Concluir para ver seus remetentes.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="59"/>
        <source>&quot;%1&quot; is ready for the demo. Its token stays in memory until Tandem closes. Press Finish to see your senders.</source>
        <translation>&quot;%1&quot; está pronto para a demonstração. O token fica na memória até o Tandem fechar. Clique em Concluir para ver seus remetentes.</translation>
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
        <translation>Editar &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/forms/editprofiledialog.cpp" line="23"/>
        <source>Reading the keychain…</source>
        <translation>Lendo o chaveiro…</translation>
    </message>
    <message>
        <location filename="../ui/forms/editprofiledialog.cpp" line="65"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>ExtraCa</name>
    <message>
        <location filename="../core/util/extraca.cpp" line="20"/>
        <source>No certificate could be read from %1 (TANDEM_EXTRA_CA): it must be a PEM file.</source>
        <translation>Não foi possível ler nenhum certificado de %1 (TANDEM_EXTRA_CA): ele deve ser um arquivo PEM.</translation>
    </message>
    <message>
        <location filename="../core/util/extraca.cpp" line="59"/>
        <source>There is no file %1: check the name and the folder.</source>
        <translation>O arquivo %1 não existe: confira o nome e a pasta.</translation>
    </message>
    <message>
        <location filename="../core/util/extraca.cpp" line="62"/>
        <source>%1 cannot be read: it is a folder, or Tandem may not open it.</source>
        <translation>Não é possível ler %1: é uma pasta, ou o Tandem não tem permissão para abri-lo.</translation>
    </message>
    <message>
        <location filename="../core/util/extraca.cpp" line="66"/>
        <source>%1 holds no certificate Tandem can read: it must be a PEM file (text that starts with &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>%1 não contém nenhum certificado que o Tandem consiga ler: precisa ser um arquivo PEM (texto que começa com &quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="54"/>
        <location filename="../ui/contacts/importdialog.cpp" line="148"/>
        <source>Import contacts</source>
        <translation>Importar contatos</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="57"/>
        <source>A CSV file with a column of phone numbers: type or paste its path, or choose it</source>
        <translation>Um arquivo CSV com uma coluna de números de telefone: digite ou cole o caminho, ou escolha-o</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="58"/>
        <source>CSV file path</source>
        <translation>Caminho do arquivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="61"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="75"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="84"/>
        <source>optional, for example: spring-sale</source>
        <translation>opcional, por exemplo: promocao-primavera</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="87"/>
        <source>The file&apos;s first rows</source>
        <translation>As primeiras linhas do arquivo</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="101"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="114"/>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="117"/>
        <source>Numbers without +code are in:</source>
        <translation>Números sem +código são de:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="118"/>
        <source>&amp;Phone number column:</source>
        <translation>Coluna do &amp;telefone:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="119"/>
        <source>&amp;Name column:</source>
        <translation>Coluna do &amp;nome:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="120"/>
        <source>&amp;Tags column:</source>
        <translation>Coluna das eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="121"/>
        <source>&amp;Opted-out column:</source>
        <translation>Coluna de &amp;descadastro:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="122"/>
        <source>Add this tag to &amp;every row:</source>
        <translation>Adicionar esta etiqueta a &amp;cada linha:</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="125"/>
        <source>The first rows of the file. Columns not chosen above become fields you can use in templates.</source>
        <translation>As primeiras linhas do arquivo. As colunas não escolhidas acima viram campos que você pode usar nos modelos.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="148"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="158"/>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="169"/>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="169"/>
        <source>(choose)</source>
        <translation>(escolher)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="177"/>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Escolha a coluna que contém os números de telefone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="178"/>
        <source>About %n row(s) to import.</source>
        <translation>
            <numerusform>Cerca de %n linha para importar.</numerusform>
            <numerusform>Cerca de %n linhas para importar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="233"/>
        <source>Will be read as</source>
        <translation>Será lido como</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="242"/>
        <source>rejected: %1</source>
        <translation>rejeitado: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="284"/>
        <source>Importing… %1 of about %2 rows</source>
        <translation>Importando… %1 de cerca de %2 linhas</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="290"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="297"/>
        <source>Cancelling… nothing of this file will be kept.</source>
        <translation>Cancelando… nada deste arquivo será mantido.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="319"/>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="325"/>
        <source>Import cancelled. Your contacts are as they were before.</source>
        <translation>Importação cancelada. Seus contatos estão como antes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="328"/>
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n contato novo</numerusform>
            <numerusform>%n contatos novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="329"/>
        <source>%n merged with existing ones</source>
        <translation>
            <numerusform>%n mesclado com um existente</numerusform>
            <numerusform>%n mesclados com existentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/importdialog.cpp" line="330"/>
        <source>%n line(s) rejected.</source>
        <translation>
            <numerusform>%n linha recusada.</numerusform>
            <numerusform>%n linhas recusadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="333"/>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/contacts/importdialog.cpp" line="336"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="56"/>
        <source>Template %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="57"/>
        <source>Template %1: %2</source>
        <translation>Modelo %1: %2</translation>
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
        <translation>[mensagem de voz ou áudio]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="75"/>
        <source>[document]</source>
        <translation>[documento]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="77"/>
        <source>[sticker]</source>
        <translation>[figurinha]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="79"/>
        <source>[location]</source>
        <translation>[localização]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="81"/>
        <source>[contact card]</source>
        <translation>[cartão de contato]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="82"/>
        <source>[a message Tandem cannot show: %1]</source>
        <translation>[uma mensagem que o Tandem não consegue mostrar: %1]</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="90"/>
        <source>%1 has not written to you, so WhatsApp only lets you send an approved template.</source>
        <translation>%1 não escreveu para você, então o WhatsApp só permite enviar um modelo aprovado.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="92"/>
        <source>More than 24 hours have passed since %1 last wrote (the window closed %2): WhatsApp only lets you send an approved template now.</source>
        <translation>Passaram mais de 24 horas desde a última mensagem de %1 (a janela fechou %2): agora o WhatsApp só permite enviar um modelo aprovado.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inbox.cpp" line="250"/>
        <source>That contact no longer exists.</source>
        <translation>Esse contato não existe mais.</translation>
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
        <translation>Você</translation>
    </message>
</context>
<context>
    <name>InteractiveMessage</name>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="30"/>
        <source>%1 &quot;%2&quot; is %3 characters long; WhatsApp allows %4.</source>
        <translation>%1 &quot;%2&quot; tem %3 caracteres; o WhatsApp permite %4.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="79"/>
        <source>Write the message above the choices.</source>
        <translation>Escreva a mensagem que vai acima das opções.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="80"/>
        <source>The message</source>
        <translation>A mensagem</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="81"/>
        <source>The header</source>
        <translation>O cabeçalho</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="82"/>
        <source>The footer</source>
        <translation>O rodapé</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="85"/>
        <source>Write at least one button, one per line.</source>
        <translation>Escreva pelo menos um botão, um por linha.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="87"/>
        <source>WhatsApp shows at most %1 reply buttons; there are %2.</source>
        <translation>O WhatsApp mostra no máximo %1 botões de resposta; há %2.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="92"/>
        <source>The button</source>
        <translation>O botão</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="94"/>
        <source>Two buttons say &quot;%1&quot;; each needs its own title.</source>
        <translation>Dois botões dizem &quot;%1&quot;; cada um precisa do seu próprio título.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="100"/>
        <source>Give the list&apos;s button a text, such as &quot;See the options&quot;.</source>
        <translation>Dê um texto ao botão da lista, como &quot;Ver as opções&quot;.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="101"/>
        <source>The list&apos;s button</source>
        <translation>O botão da lista</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="107"/>
        <source>The option</source>
        <translation>A opção</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="108"/>
        <source>The description</source>
        <translation>A descrição</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="110"/>
        <source>An option has a description but no title.</source>
        <translation>Uma opção tem descrição, mas não tem título.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="112"/>
        <source>Two options say &quot;%1&quot;; each needs its own title.</source>
        <translation>Duas opções dizem &quot;%1&quot;; cada uma precisa do seu próprio título.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="117"/>
        <source>Write at least one option, one per line.</source>
        <translation>Escreva pelo menos uma opção, uma por linha.</translation>
    </message>
    <message>
        <location filename="../core/templates/interactivemessage.cpp" line="119"/>
        <source>A WhatsApp list holds at most %1 options; there are %2.</source>
        <translation>Uma lista do WhatsApp aceita no máximo %1 opções; há %2.</translation>
    </message>
</context>
<context>
    <name>LeftOut</name>
    <message>
        <location filename="../core/admission/leftout.cpp" line="39"/>
        <source>opted out</source>
        <translation>descadastrado</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="41"/>
        <source>stopped marketing</source>
        <translation>não quer marketing</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="43"/>
        <source>24-hour window closed</source>
        <translation>janela de 24 horas fechada</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="45"/>
        <source>a value is missing</source>
        <translation>falta um valor</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="47"/>
        <source>not a valid number</source>
        <translation>número inválido</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="56"/>
        <source>They opted out (they wrote STOP, or the provider said they did): Tandem never sends them anything until you subscribe them again under Contacts.</source>
        <translation>Eles se descadastraram (escreveram STOP, ou o provedor informou): o Tandem não lhes envia nada até você inscrevê-los de novo em Contatos.</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="60"/>
        <source>They stopped marketing messages: only utility, authentication and service messages reach them.</source>
        <translation>Pararam de receber marketing: só chegam a eles mensagens de utilidade, autenticação e serviço.</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="63"/>
        <source>They have not written in the last 24 hours, so WhatsApp only lets you send them an approved template.</source>
        <translation>Não escreveram nas últimas 24 horas, então o WhatsApp só deixa você enviar um modelo aprovado.</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="66"/>
        <source>A value the message needs (a variable, or the header&apos;s link) is empty for them.</source>
        <translation>Um valor de que a mensagem precisa (uma variável, ou o link do cabeçalho) está vazio para eles.</translation>
    </message>
    <message>
        <location filename="../core/admission/leftout.cpp" line="69"/>
        <source>Their number is not one WhatsApp can reach.</source>
        <translation>O número não é um que o WhatsApp consiga alcançar.</translation>
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
        <translation>Tandem — demonstração</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="97"/>
        <source>%n new message(s) from customers, under Replies.</source>
        <translation>
            <numerusform>%n mensagem nova de cliente, em Respostas.</numerusform>
            <numerusform>%n mensagens novas de clientes, em Respostas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="127"/>
        <source>Broadcast queued; it is shown under Activity.</source>
        <translation>Transmissão na fila; ela aparece em Atividade.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="137"/>
        <source> DEMO: nothing leaves this computer </source>
        <translation> DEMONSTRAÇÃO: nada sai deste computador </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="145"/>
        <source>&quot;%1&quot; works.</source>
        <translation>&quot;%1&quot; funciona.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="145"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="157"/>
        <source>Test message sent from &quot;%1&quot; to %2.</source>
        <translation>Mensagem de teste enviada de &quot;%1&quot; para %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="158"/>
        <source>Test message from &quot;%1&quot; not sent: %2</source>
        <translation>A mensagem de teste de &quot;%1&quot; não foi enviada: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="164"/>
        <source>Tandem could not save a sending result, and will try again: %1</source>
        <translation>O Tandem não conseguiu salvar um resultado de envio e vai tentar de novo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>%n message(s) without an answer were found at the provider: they arrived.</source>
        <translation>
            <numerusform>%n mensagem sem resposta foi encontrada no provedor: ela chegou.</numerusform>
            <numerusform>%n mensagens sem resposta foram encontradas no provedor: elas chegaram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="171"/>
        <source>%n message(s) without an answer had not reached the provider and were sent again.</source>
        <translation>
            <numerusform>%n mensagem sem resposta não tinha chegado ao provedor e foi enviada de novo.</numerusform>
            <numerusform>%n mensagens sem resposta não tinham chegado ao provedor e foram enviadas de novo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="197"/>
        <source>No WhatsApp sender set up yet</source>
        <translation>Ainda não há nenhum remetente do WhatsApp configurado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="203"/>
        <source>Tandem sends your WhatsApp messages through Twilio or directly through Meta&apos;s Cloud API. Set up a sender to start: Tandem explains the difference and checks the connection for you.</source>
        <translation>O Tandem envia suas mensagens do WhatsApp pelo Twilio ou direto pela API de Nuvem da Meta. Configure um remetente para começar: o Tandem explica a diferença e verifica a conexão para você.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="210"/>
        <source>Set up WhatsApp…</source>
        <translation>Configurar o WhatsApp…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="74"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="234"/>
        <source>Senders</source>
        <translation>Remetentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="75"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="76"/>
        <source>New broadcast</source>
        <translation>Nova transmissão</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="77"/>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="78"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92"/>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="79"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="80"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92"/>
        <source>Replies (%1)</source>
        <translation>Respostas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>&quot;%1&quot; now reports to %2.</source>
        <translation>&quot;%1&quot; agora informa para %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="153"/>
        <source>&quot;%1&quot; could not be told where to report: %2</source>
        <translation>Não foi possível dizer a &quot;%1&quot; para onde informar: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>Last check</source>
        <translation>Última verificação</translation>
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
        <translation>Verificar a conexão</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="258"/>
        <source>Send test message…</source>
        <translation>Enviar mensagem de teste…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="259"/>
        <source>Switch provider…</source>
        <translation>Trocar de provedor…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="260"/>
        <source>Move number…</source>
        <translation>Transferir número…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="261"/>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="271"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="272"/>
        <source>&amp;Set up WhatsApp…</source>
        <translation>&amp;Configurar o WhatsApp…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="275"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>Se&amp;ttings</source>
        <translation>Confi&amp;gurações</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="280"/>
        <source>&amp;Delivery reports and replies…</source>
        <translation>&amp;Relatórios de entrega e respostas…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="282"/>
        <source>&amp;Shared database…</source>
        <translation>Banco de dados &amp;compartilhado…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>Not in the demo</source>
        <translation>Não na demonstração</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="288"/>
        <source>P&amp;rices…</source>
        <translation>P&amp;reços…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="291"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="294"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="295"/>
        <source>&amp;About Tandem</source>
        <translation>&amp;Sobre o Tandem</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="336"/>
        <source>Tandem&apos;s receiver takes delivery reports and customers&apos; messages on port %1.</source>
        <translation>O receptor do Tandem recebe os relatórios de entrega e as mensagens dos clientes na porta %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="339"/>
        <source>Reports: %1 received</source>
        <translation>Relatórios: %1 recebidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="340"/>
        <source>%n customer message(s)</source>
        <translation>
            <numerusform>%n mensagem de clientes</numerusform>
            <numerusform>%n mensagens de clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="342"/>
        <source>Reports: receiver stopped (%1)</source>
        <translation>Relatórios: receptor parado (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="344"/>
        <source>Reports: asking Twilio (no receiver)</source>
        <translation>Relatórios: perguntando ao Twilio (sem receptor)</translation>
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
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="374"/>
        <source>Working (%1)</source>
        <translation>Funcionando (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="375"/>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="398"/>
        <source>Token needed on this computer</source>
        <translation>Token necessário neste computador</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="401"/>
        <source>This computer&apos;s keychain has no token for this sender. Broadcasts you compose here are sent by a computer that has it (for example the server running tandem-cli serve), or add the token here with Edit.</source>
        <translation>O chaveiro deste computador não tem o token deste remetente. As transmissões que você preparar aqui são enviadas por um computador que tenha o token (por exemplo, o servidor que executa tandem-cli serve), ou adicione o token aqui com Editar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="542"/>
        <source>Set up the sender of the other provider first (Switch provider…), then move &quot;%1&quot; to it.</source>
        <translation>Configure primeiro o remetente do outro provedor (Trocar de provedor…) e depois transfira &quot;%1&quot; para ele.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="549"/>
        <source>Move number</source>
        <translation>Transferir número</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="549"/>
        <source>Move &quot;%1&quot; and its pending broadcasts to:</source>
        <translation>Transferir &quot;%1&quot; e os disparos pendentes dele para:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="583"/>
        <source>Checking &quot;%1&quot;…</source>
        <translation>Verificando &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="595"/>
        <source>Send a test message</source>
        <translation>Enviar uma mensagem de teste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="595"/>
        <source>Your WhatsApp number (with + and the country code):</source>
        <translation>Seu número do WhatsApp (com + e o código do país):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="598"/>
        <source>Sending a test message from &quot;%1&quot;…</source>
        <translation>Enviando uma mensagem de teste de &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="609"/>
        <source>Its settings are deleted and its tokens removed from the system keychain.</source>
        <translation>As configurações são apagadas e os tokens, removidos do chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="610"/>
        <source>Its settings and tokens are deleted.</source>
        <translation>As configurações e os tokens são apagados.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="611"/>
        <source>Remove sender</source>
        <translation>Remover remetente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="612"/>
        <source>Remove &quot;%1&quot;? %2 Broadcasts already sent through it stay under Activity; whatever it still had to send is cancelled. Your contacts stay.</source>
        <translation>Remover &quot;%1&quot;? %2 As transmissões já enviadas por ele continuam em Atividade; o que ainda faltava enviar é cancelado. Seus contatos ficam.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="621"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; removido.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="629"/>
        <source>About Tandem</source>
        <translation>Sobre o Tandem</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="630"/>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;WhatsApp messages for small businesses, through Twilio or Meta&apos;s Cloud API directly.&lt;/p&gt;&lt;p&gt;Tokens are kept only in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Mensagens do WhatsApp para pequenos negócios, pelo Twilio ou direto pela API de Nuvem da Meta.&lt;/p&gt;&lt;p&gt;Os tokens ficam só no chaveiro do sistema.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MediaFile</name>
    <message>
        <location filename="../core/media/mediafile.cpp" line="22"/>
        <source>picture</source>
        <translation>imagem</translation>
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
        <translation>áudio</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="70"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Imagens (*.jpg *.jpeg *.png)</translation>
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
        <translation>Áudio (*.aac *.amr *.mp3 *.m4a *.ogg)</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="85"/>
        <source>There is no file at %1.</source>
        <translation>Não há arquivo em %1.</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="87"/>
        <source>Tandem may not read %1.</source>
        <translation>O Tandem não tem permissão para ler %1.</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="110"/>
        <source>%1 is a %2 file; WhatsApp takes a %3 only as %4.</source>
        <translation>%1 é um arquivo %2; o WhatsApp só aceita %3 como %4.</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="114"/>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <location filename="../core/media/mediafile.cpp" line="117"/>
        <source>%1 is %2; WhatsApp takes a %3 of at most %4.</source>
        <translation>%1 tem %2; o WhatsApp aceita %3 de no máximo %4.</translation>
    </message>
    <message>
        <location filename="../core/providers/mediaform.cpp" line="36"/>
        <source>Tandem could not read %1: %2</source>
        <translation>O Tandem não conseguiu ler %1: %2</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="67"/>
        <source>Hello {{name}}, your order is ready.</source>
        <translation>Olá {{name}}, seu pedido está pronto.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="80"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="81"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="82"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="93"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="94"/>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="95"/>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="98"/>
        <source>Paste the template&apos;s text here, for example: Hi {{1}}, your order {{2}} is ready.</source>
        <translation>Cole aqui o texto do modelo, por exemplo: Olá {{1}}, seu pedido {{2}} está pronto.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="102"/>
        <source>Where the header&apos;s file comes from</source>
        <translation>De onde vem o arquivo do cabeçalho</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="104"/>
        <source>Reply buttons (up to %1)</source>
        <translation>Botões de resposta (até %1)</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="106"/>
        <source>A list to choose from (up to %1 options)</source>
        <translation>Uma lista para escolher (até %1 opções)</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="109"/>
        <source>optional, shown in bold above</source>
        <translation>opcional, em negrito acima</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="112"/>
        <source>Hello {{name}}, when should we deliver your order?</source>
        <translation>Olá {{name}}, quando entregamos seu pedido?</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="119"/>
        <source>See the options</source>
        <translation>Ver as opções</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="122"/>
        <source>optional, in small grey letters below</source>
        <translation>opcional, em letras pequenas cinza abaixo</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="129"/>
        <source>Free text only reaches customers who wrote to you in the last 24 hours; for the others, use a template.</source>
        <translation>O texto livre só chega aos clientes que escreveram para você nas últimas 24 horas; para os demais, use um modelo.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="135"/>
        <source>&amp;Link to the file:</source>
        <translation>&amp;Link do arquivo:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="142"/>
        <source>&amp;Caption:</source>
        <translation>Lege&amp;nda:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="148"/>
        <source>From the &amp;account:</source>
        <translation>Da &amp;conta:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="150"/>
        <source>Header &amp;image link:</source>
        <translation>Link da imagem do cabeçal&amp;ho:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="152"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="159"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="162"/>
        <source>&amp;Choices:</source>
        <translation>&amp;Opções:</translation>
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
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="71"/>
        <source>or a picture or document on this computer</source>
        <translation>ou uma imagem ou documento deste computador</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="136"/>
        <source>Or a fil&amp;e:</source>
        <translation>Ou um ar&amp;quivo:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="139"/>
        <source>File on this computer</source>
        <translation>Arquivo deste computador</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="141"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="149"/>
        <source>Header f&amp;rom:</source>
        <translation>Cabeçalho &amp;de:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="151"/>
        <source>Templat&amp;e name:</source>
        <translation>&amp;Nome do modelo:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="153"/>
        <source>C&amp;ontent SID:</source>
        <translation>Content &amp;SID:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="154"/>
        <source>Cate&amp;gory:</source>
        <translation>Ca&amp;tegoria:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="155"/>
        <source>Template te&amp;xt:</source>
        <translation>Te&amp;xto do modelo:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="160"/>
        <source>Hea&amp;der:</source>
        <translation>Cabeçal&amp;ho:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="164"/>
        <source>List b&amp;utton:</source>
        <translation>&amp;Botão da lista:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="165"/>
        <source>F&amp;ooter:</source>
        <translation>Ro&amp;dapé:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="172"/>
        <source>&amp;Send through:</source>
        <translation>&amp;Enviar por:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="173"/>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="177"/>
        <source>Variables: where each {{placeholder}} gets its value</source>
        <translation>Variáveis: de onde cada {{marcador}} tira seu valor</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="203"/>
        <source>Choose the file to send</source>
        <translation>Escolha o arquivo a enviar</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="203"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="235"/>
        <source>Tomorrow morning | 9:00 to 12:00
Tomorrow afternoon | 14:00 to 18:00
Pick it up at the shop</source>
        <translation>Amanhã de manhã | 9:00 às 12:00
Amanhã à tarde | 14:00 às 18:00
Retiro na loja</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="237"/>
        <source>Yes, please
Not now</source>
        <translation>Sim, por favor
Agora não</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="239"/>
        <source>One option a line, at most %1; after a | its description.</source>
        <translation>Uma opção por linha, no máximo %1; depois de uma | a descrição.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="240"/>
        <source>One button a line, at most %1.</source>
        <translation>Um botão por linha, no máximo %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="278"/>
        <source>Template (reaches everyone who opted in)</source>
        <translation>Modelo (chega a todos que aceitaram receber mensagens)</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="279"/>
        <source>Free text</source>
        <translation>Texto livre</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="280"/>
        <source>Picture or document by link</source>
        <translation>Imagem ou documento por link</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="280"/>
        <source>Picture or document</source>
        <translation>Imagem ou documento</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="281"/>
        <source>Reply buttons or a list (customers who wrote in the last 24 hours)</source>
        <translation>Botões de resposta ou uma lista (clientes que escreveram nas últimas 24 horas)</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="289"/>
        <source>Twilio sends approved templates by their Content SID (Twilio Console → Content Template Builder).</source>
        <translation>O Twilio envia os modelos aprovados pelo Content SID (Twilio Console → Content Template Builder).</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="290"/>
        <source>Meta sends approved templates by name and language (WhatsApp Manager → Message templates).</source>
        <translation>A Meta envia os modelos aprovados por nome e idioma (WhatsApp Manager → Modelos de mensagem).</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="319"/>
        <source>A file from this computer is sent to %1 once, before the broadcast is queued, and every customer gets that copy. Pictures: JPEG or PNG up to 5 MB; documents up to 100 MB.</source>
        <translation>Um arquivo deste computador é enviado ao %1 uma só vez, antes de o envio entrar na fila, e cada cliente recebe essa cópia. Imagens: JPEG ou PNG de até 5 MB; documentos de até 100 MB.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="322"/>
        <source>%1 fetches the file from its link when it sends, so it must be public (https://).</source>
        <translation>O %1 busca o arquivo no link ao enviar, então ele precisa ser público (https://).</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="338"/>
        <source>None synced yet (Templates tab): type it in below</source>
        <translation>Nenhum sincronizado ainda (aba Modelos): digite abaixo</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="339"/>
        <source>Choose one, or type it in below</source>
        <translation>Escolha um ou digite abaixo</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="383"/>
        <source>Header %1 link:</source>
        <translation>Link do %1 do cabeçalho:</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="418"/>
        <source>One link for everyone</source>
        <translation>Um link para todos</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="420"/>
        <source>Each contact&apos;s field: %1</source>
        <translation>Campo de cada contato: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="524"/>
        <source>Set up a WhatsApp sender first (Senders tab).</source>
        <translation>Configure primeiro um remetente do WhatsApp (aba Remetentes).</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="528"/>
        <source>Write the message.</source>
        <translation>Escreva a mensagem.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="532"/>
        <source>Give a link or a file, not both.</source>
        <translation>Informe um link ou um arquivo, não os dois.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="539"/>
        <source>Give the link to the file, starting with https://, or choose a file.</source>
        <translation>Informe o link do arquivo, começando com https://, ou escolha um arquivo.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="540"/>
        <source>Give the link to the file, starting with https://.</source>
        <translation>Informe o link do arquivo, começando com https://.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="545"/>
        <source>Give the template&apos;s Content SID (it starts with HX).</source>
        <translation>Informe o Content SID do modelo (começa com HX).</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="547"/>
        <source>Give the template&apos;s name and language.</source>
        <translation>Informe o nome e o idioma do modelo.</translation>
    </message>
    <message>
        <location filename="../ui/composer/messagepage.cpp" line="551"/>
        <source>The template shows a %1 at the top: give the link to the file.</source>
        <translation>O modelo mostra um %1 no topo: informe o link do arquivo.</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="43"/>
        <source>Waiting for WhatsApp&apos;s review (usually minutes, at most 24 hours).</source>
        <translation>Aguardando a análise do WhatsApp (costuma levar minutos, no máximo 24 horas).</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="45"/>
        <source>Rejected by WhatsApp.</source>
        <translation>Rejeitado pelo WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="46"/>
        <source>Rejected by WhatsApp: %1</source>
        <translation>Rejeitado pelo WhatsApp: %1</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="48"/>
        <source>Paused by WhatsApp because customers reported or blocked it (error 132015).</source>
        <translation>Pausado pelo WhatsApp porque clientes o denunciaram ou bloquearam (erro 132015).</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="50"/>
        <source>Disabled by WhatsApp for good (error 132016).</source>
        <translation>Desativado pelo WhatsApp definitivamente (erro 132016).</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="52"/>
        <source>Not submitted to WhatsApp for approval yet.</source>
        <translation>Ainda não enviado ao WhatsApp para aprovação.</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="53"/>
        <source>Not approved (%1).</source>
        <translation>Não aprovado (%1).</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="59"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="61"/>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="63"/>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="70"/>
        <source>approved</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="72"/>
        <source>under review</source>
        <translation>em análise</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="74"/>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="76"/>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="78"/>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <location filename="../core/templates/messagetemplate.cpp" line="80"/>
        <source>not submitted</source>
        <translation>não enviado para análise</translation>
    </message>
</context>
<context>
    <name>MessagingProvider</name>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="41"/>
        <source>This provider cannot list sent messages, so Tandem cannot tell whether it was sent.</source>
        <translation>Este provedor não consegue listar as mensagens enviadas, então o Tandem não pode saber se ela foi enviada.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="54"/>
        <source>This provider reports customers&apos; messages only to a webhook.</source>
        <translation>Este provedor só informa as mensagens dos clientes a um webhook.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="66"/>
        <source>This provider does not say what each day cost.</source>
        <translation>Este provedor não informa quanto custou cada dia.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="74"/>
        <source>This provider is told where to report with each message; there is nothing to set.</source>
        <translation>Este provedor recebe com cada mensagem o endereço para onde informar; não há nada a configurar.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="82"/>
        <source>This provider takes files only from a public link (https://…); it cannot be sent one from this computer.</source>
        <translation>Este provedor só aceita arquivos de um link público (https://…); não é possível enviar um deste computador.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="92"/>
        <source>This provider cannot copy templates between accounts.</source>
        <translation>Este provedor não consegue copiar modelos entre contas.</translation>
    </message>
    <message>
        <location filename="../core/providers/messagingprovider.cpp" line="99"/>
        <location filename="../core/providers/messagingprovider.cpp" line="106"/>
        <source>This provider registers numbers in its own console; Tandem cannot do it for you.</source>
        <translation>Este provedor registra os números no próprio console; o Tandem não pode fazer isso por você.</translation>
    </message>
</context>
<context>
    <name>MetaCloudProvider</name>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="53"/>
        <location filename="../core/providers/metacloudprovider.cpp" line="64"/>
        <location filename="../core/providers/metacloudprovider.cpp" line="163"/>
        <source>Enter the WhatsApp Business Account ID in the sender&apos;s settings: templates belong to the account.</source>
        <translation>Informe o ID da conta do WhatsApp Business nas configurações do remetente: os modelos pertencem à conta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="77"/>
        <source>Enter the WhatsApp Business Account ID in the sender&apos;s settings: Meta reports costs per account.</source>
        <translation>Informe o ID da conta do WhatsApp Business nas configurações do remetente: a Meta informa os custos por conta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="99"/>
        <source>The PIN is 6 digits: the number&apos;s two-step verification PIN, which you choose.</source>
        <translation>O PIN tem 6 dígitos: o PIN de verificação em duas etapas do número, que você escolhe.</translation>
    </message>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="111"/>
        <source>Enter the WhatsApp Business Account ID in the sender&apos;s settings: webhooks come per account.</source>
        <translation>Informe o ID da conta do WhatsApp Business nas configurações do remetente: os webhooks vêm por conta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="147"/>
        <source>The Cloud API cannot be asked for a message&apos;s status; Meta reports delivered and read through the webhook.</source>
        <translation>A API de Nuvem não informa o status de uma mensagem quando perguntada; a Meta informa entregues e lidas pelo webhook.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="14"/>
        <source>Meta Cloud API (direct)</source>
        <translation>API de Nuvem da Meta (direto)</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="16"/>
        <source>No middleman fee, templates and interactive messages; setup takes longer (Meta business verification, an app, a System User token).</source>
        <translation>Sem taxa de intermediário, com modelos e mensagens interativas; a configuração demora mais (verificação da empresa na Meta, um app, um token de usuário do sistema).</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="19"/>
        <source>Phone number ID</source>
        <translation>ID do número de telefone</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="20"/>
        <source>In Meta&apos;s App Dashboard under WhatsApp &gt; API Setup (not the phone number itself).</source>
        <translation>No Painel de Apps da Meta, em WhatsApp &gt; Configuração da API (não é o número de telefone em si).</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="21"/>
        <location filename="../core/providers/metadescriptor.cpp" line="24"/>
        <location filename="../core/providers/metadescriptor.cpp" line="26"/>
        <source>digits only.</source>
        <translation>só dígitos.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="22"/>
        <source>WhatsApp Business Account ID</source>
        <translation>ID da conta do WhatsApp Business</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="23"/>
        <source>Next to the phone number ID. Needed to list and create templates.</source>
        <translation>Ao lado do ID do número de telefone. Necessário para listar e criar modelos.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="25"/>
        <source>App ID</source>
        <translation>ID do app</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="25"/>
        <source>At the top of your app in Meta&apos;s App Dashboard.</source>
        <translation>No topo do seu app no Painel de Apps da Meta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="27"/>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="28"/>
        <source>A System User token with whatsapp_business_messaging (Business Settings &gt; System users). Temporary tokens expire after 24 hours. Kept in your system keychain.</source>
        <translation>Um token de usuário do sistema com whatsapp_business_messaging (Configurações do negócio &gt; Usuários do sistema). Tokens temporários expiram após 24 horas. Fica guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="31"/>
        <source>a long token, usually starting with EAA.</source>
        <translation>um token longo, que costuma começar com EAA.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="32"/>
        <source>App secret</source>
        <translation>Chave secreta do app</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="33"/>
        <source>App Dashboard &gt; App settings &gt; Basic. Checks the signature of Meta&apos;s webhooks. Kept in your system keychain.</source>
        <translation>Painel de Apps &gt; Configurações do app &gt; Básico. Verifica a assinatura dos webhooks da Meta. Fica guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="35"/>
        <source>32 letters and digits (0-9, a-f).</source>
        <translation>32 letras e dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="36"/>
        <source>Webhook verify token</source>
        <translation>Token de verificação do webhook</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="37"/>
        <source>Any phrase you choose; enter the same one in the App Dashboard&apos;s webhook settings. Kept in your system keychain.</source>
        <translation>Qualquer frase que você escolher; informe a mesma nas configurações de webhook do Painel de Apps. Fica guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="39"/>
        <source>at least 8 characters, no spaces.</source>
        <translation>pelo menos 8 caracteres, sem espaços.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="40"/>
        <source>Default country</source>
        <translation>País padrão</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="41"/>
        <source>Numbers written without + and a country code are read as numbers of this country.</source>
        <translation>Números escritos sem + e código do país são lidos como números deste país.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="43"/>
        <source>a two-letter country code such as US or DE.</source>
        <translation>um código de país de duas letras, como BR ou PT.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="44"/>
        <source>Graph API version</source>
        <translation>Versão da Graph API</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="44"/>
        <source>Leave as is unless Meta retires this version.</source>
        <translation>Deixe como está, a menos que a Meta desative esta versão.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="45"/>
        <source>like v23.0.</source>
        <translation>como v23.0.</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="46"/>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <location filename="../core/providers/metadescriptor.cpp" line="46"/>
        <source>Leave as is unless you test against a local sandbox.</source>
        <translation>Deixe como está, a menos que você teste com um sandbox local.</translation>
    </message>
    <message>
        <location filename="../core/providers/metarequests.cpp" line="315"/>
        <source>Content SIDs (HX…) are Twilio templates. With Meta, send a template by its name and language.</source>
        <translation>Content SIDs (HX…) são modelos do Twilio. Com a Meta, envie um modelo pelo nome e idioma.</translation>
    </message>
</context>
<context>
    <name>MetaResponses</name>
    <message>
        <location filename="../core/providers/metaresponses.cpp" line="50"/>
        <source>Meta did not confirm the webhook address; try again in a moment.</source>
        <translation>A Meta não confirmou o endereço do webhook; tente de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaresponses.cpp" line="56"/>
        <source>Meta did not confirm the registration; try again in a moment.</source>
        <translation>A Meta não confirmou o registro; tente de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaresponses.cpp" line="62"/>
        <source>Meta did not confirm the webhook subscription; try again in a moment.</source>
        <translation>A Meta não confirmou a assinatura dos webhooks; tente de novo em instantes.</translation>
    </message>
</context>
<context>
    <name>MetaWebhook</name>
    <message>
        <location filename="../core/webhooks/metawebhook.cpp" line="59"/>
        <source>Meta reports that the message failed without saying why.</source>
        <translation>A Meta informa que a mensagem falhou sem dizer por quê.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/metawebhook.cpp" line="130"/>
        <source>The webhook&apos;s body is not JSON: %1</source>
        <translation>O corpo do webhook não é JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/webhooks/metawebhook.cpp" line="139"/>
        <source>The webhook&apos;s body is not a JSON object.</source>
        <translation>O corpo do webhook não é um objeto JSON.</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="50"/>
        <source>&amp;Register the number</source>
        <translation>Re&amp;gistrar o número</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="52"/>
        <source>Send a test message</source>
        <translation>Enviar uma mensagem de teste</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="53"/>
        <source>The test message &amp;arrived: the number works at the new provider</source>
        <translation>A mensagem de teste &amp;chegou: o número funciona no novo provedor</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="55"/>
        <source>&amp;Move the broadcasts now</source>
        <translation>&amp;Transferir os disparos agora</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="56"/>
        <source>&amp;Undo the move</source>
        <translation>&amp;Desfazer a transferência</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="57"/>
        <source>&amp;Create the missing templates at %1</source>
        <translation>C&amp;riar os modelos que faltam em %1</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="61"/>
        <source>Move &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Transferir &quot;%1&quot; para &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="68"/>
        <source>A 6-digit PIN you choose for the number</source>
        <translation>Um PIN de 6 dígitos que você escolhe para o número</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="69"/>
        <source>Two-step verification PIN</source>
        <translation>PIN de verificação em duas etapas</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="72"/>
        <source>Your WhatsApp number, with + and the country code</source>
        <translation>Seu número do WhatsApp, com + e o código do país</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="73"/>
        <source>Your WhatsApp number</source>
        <translation>Seu número do WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="113"/>
        <source>The number is registered for sending through &quot;%1&quot;. Keep the PIN; now send the test message.</source>
        <translation>O número está registrado para enviar por &quot;%1&quot;. Guarde o PIN; agora envie a mensagem de teste.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="116"/>
        <source>The number was not registered: %1</source>
        <translation>O número não foi registrado: %1</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="127"/>
        <source>The test message left through &quot;%1&quot;. Check your phone, then tick the box.</source>
        <translation>A mensagem de teste saiu por &quot;%1&quot;. Confira seu telefone e depois marque a caixa.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="128"/>
        <source>The test message was not sent: %1</source>
        <translation>A mensagem de teste não foi enviada: %1</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="135"/>
        <source>The new number&apos;s webhooks could not be pointed at %1: %2. Nothing was moved; try again.</source>
        <translation>Não foi possível direcionar os webhooks do novo número para %1: %2. Nada foi transferido; tente de novo.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="166"/>
        <source>Reading the plan and trying the pending broadcasts on &quot;%1&quot;…</source>
        <translation>Lendo o plano e testando os disparos pendentes em &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="185"/>
        <source>WhatsApp carries over by itself</source>
        <translation>O WhatsApp mantém sozinho</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="186"/>
        <source>Stays behind</source>
        <translation>Fica para trás</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="187"/>
        <source>What you do, in order</source>
        <translation>O que você faz, em ordem</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="191"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="194"/>
        <source>What Tandem changes</source>
        <translation>O que o Tandem muda</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="196"/>
        <source>Pending broadcasts on &quot;%1&quot;</source>
        <translation>Disparos pendentes em &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="202"/>
        <source>Broadcast %1</source>
        <translation>Disparo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="203"/>
        <source>%n message(s) move</source>
        <translation>
            <numerusform>%n mensagem é transferida</numerusform>
            <numerusform>%n mensagens são transferidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="206"/>
        <source>as template %1</source>
        <translation>como modelo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="237"/>
        <source>Moved %n broadcast(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>%n disparo transferido para &quot;%1&quot;</numerusform>
            <numerusform>%n disparos transferidos para &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="238"/>
        <source>&quot;%1&quot; is archived with its history. Until &quot;%2&quot; sends, Undo takes it all back.</source>
        <translation>&quot;%1&quot; está arquivado com o histórico. Até &quot;%2&quot; enviar, Desfazer reverte tudo.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="241"/>
        <source>A broadcast cannot go through the new sender yet (see above): link or create its template under Templates, then open this again.</source>
        <translation>Um disparo ainda não pode sair pelo novo remetente (veja acima): vincule ou crie o modelo dele em Modelos e abra isto de novo.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="249"/>
        <source>Type your WhatsApp number first.</source>
        <translation>Digite primeiro seu número do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="254"/>
        <source>Sending a test message from &quot;%1&quot;…</source>
        <translation>Enviando uma mensagem de teste de &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="263"/>
        <source>Choose a PIN of 6 digits first.</source>
        <translation>Escolha primeiro um PIN de 6 dígitos.</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="268"/>
        <source>Registering the number for sending through &quot;%1&quot;…</source>
        <translation>Registrando o número para enviar por &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="285"/>
        <source>Pointing the new number&apos;s webhooks at Tandem&apos;s receiver…</source>
        <translation>Direcionando os webhooks do novo número para o receptor do Tandem…</translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="319"/>
        <source>The move is undone: &quot;%1&quot; sends its broadcasts again.</source>
        <translation>A transferência foi desfeita: &quot;%1&quot; volta a enviar os disparos dele.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="325"/>
        <source>Creating %n template(s) at %1…</source>
        <translation>
            <numerusform>Criando %n modelo em %1…</numerusform>
            <numerusform>Criando %n modelos em %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/migrationdialog.cpp" line="343"/>
        <source>Copied %n approved template(s) to %1&apos;s account; the broadcasts can move.</source>
        <translation>
            <numerusform>%n modelo aprovado copiado para a conta de %1; os envios podem mudar.</numerusform>
            <numerusform>%n modelos aprovados copiados para a conta de %1; os envios podem mudar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migration/migrationdialog.cpp" line="345"/>
        <source>Submitted for WhatsApp&apos;s review at %1. Once approved (sync under Templates), the broadcasts can move.</source>
        <translation>Enviados para a análise do WhatsApp em %1. Quando forem aprovados (sincronize em Modelos), os disparos poderão ser transferidos.</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="29"/>
        <source>%1 cannot send pictures or files.</source>
        <translation>%1 não pode enviar imagens nem arquivos.</translation>
    </message>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="32"/>
        <source>its file was uploaded to the old sender and only it can send that upload; cancel the broadcast, and send it again with the file from the new sender after the move.</source>
        <translation>o arquivo foi enviado ao remetente antigo e só ele pode usar esse upload; cancele o envio e envie de novo com o arquivo pelo remetente novo depois da mudança.</translation>
    </message>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="39"/>
        <source>%1 cannot send reply buttons or lists.</source>
        <translation>%1 não pode enviar botões de resposta nem listas.</translation>
    </message>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="47"/>
        <source>%1 cannot send templates.</source>
        <translation>%1 não pode enviar modelos.</translation>
    </message>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="70"/>
        <source>The new sender has no template that is the same message as &quot;%1&quot;: link one under Templates (sync the new sender&apos;s templates first), or create it there.</source>
        <translation>O novo remetente não tem nenhum modelo que seja a mesma mensagem que &quot;%1&quot;: vincule um em Modelos (sincronize antes os modelos do novo remetente) ou crie-o lá.</translation>
    </message>
    <message>
        <location filename="../core/migration/messagemapping.cpp" line="76"/>
        <source>The new sender&apos;s template &quot;%1&quot; cannot be sent yet: %2</source>
        <translation>O modelo &quot;%1&quot; do novo remetente ainda não pode ser enviado: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="39"/>
        <source>if sent now, %n would get it</source>
        <translation>
            <numerusform>se enviado agora, %n receberia</numerusform>
            <numerusform>se enviado agora, %n receberiam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="41"/>
        <source>%n left out: %1</source>
        <translation>
            <numerusform>%n fica de fora: %1</numerusform>
            <numerusform>%n ficam de fora: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="43"/>
        <source>about %1 through %2, against %3 through %4</source>
        <translation>cerca de %1 por %2, contra %3 por %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="46"/>
        <source>%n with no price in Tandem&apos;s rate card</source>
        <translation>
            <numerusform>%n sem preço na tabela de preços do Tandem</numerusform>
            <numerusform>%n sem preço na tabela de preços do Tandem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="48"/>
        <source>%1 at the new sender&apos;s pace</source>
        <translation>%1 no ritmo do novo remetente</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="99"/>
        <source>A sender cannot move to itself.</source>
        <translation>Um remetente não pode ser transferido para si mesmo.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="103"/>
        <source>Tandem does not know one of these senders&apos; providers.</source>
        <translation>O Tandem não conhece o provedor de um destes remetentes.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="111"/>
        <source>The number&apos;s display name and its quality rating</source>
        <translation>O nome de exibição do número e a classificação de qualidade dele</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="112"/>
        <source>Its messaging limit (how many customers it may start conversations with a day)</source>
        <translation>O limite de mensagens dele (com quantos clientes pode iniciar conversas por dia)</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="113"/>
        <source>Its approved templates of high quality, when both providers use the same business account</source>
        <translation>Os modelos aprovados de alta qualidade, quando os dois provedores usam a mesma conta empresarial</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="114"/>
        <source>The chat history kept at %1</source>
        <translation>O histórico de conversas guardado em %1</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="115"/>
        <source>Templates that were not approved or not of high quality: create them again at %1</source>
        <translation>Os modelos não aprovados ou sem alta qualidade: crie-os de novo em %1</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="117"/>
        <source>Turn off two-step verification at %1</source>
        <translation>Desative a verificação em duas etapas em %1</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="118"/>
        <source>WhatsApp asks for the number&apos;s PIN when a number moves; no provider can turn it off for you. Do it where %1 manages the number.</source>
        <translation>O WhatsApp pede o PIN do número quando um número é transferido; nenhum provedor pode desativá-lo por você. Faça isso onde %1 gerencia o número.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="122"/>
        <source>Start the move at %1 and enter the code</source>
        <translation>Inicie a transferência em %1 e digite o código</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="123"/>
        <source>%1 asks WhatsApp to move the number; WhatsApp sends a 6-digit code to it by text message or call, which you enter at %1. Sending through %2 stops then.</source>
        <translation>%1 pede ao WhatsApp para transferir o número; o WhatsApp envia a ele um código de 6 dígitos por SMS ou ligação, que você digita em %1. O envio por %2 para então.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="130"/>
        <source>Register the number at %1 with a PIN you choose</source>
        <translation>Registrar o número na %1 com um PIN que você escolhe</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="131"/>
        <source>Once the code is entered, the number must be registered for sending, with a 6-digit PIN that becomes its two-step verification PIN, and its account&apos;s webhooks must reach Tandem&apos;s app. Tandem does both for you (Register the number). Keep the PIN: WhatsApp asks for it when the number moves again.</source>
        <translation>Depois de inserir o código, o número precisa ser registrado para enviar, com um PIN de 6 dígitos que passa a ser o PIN de verificação em duas etapas, e os webhooks da conta precisam chegar ao aplicativo do Tandem. O Tandem faz as duas coisas por você (Registrar o número). Guarde o PIN: o WhatsApp pede quando o número for transferido de novo.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="137"/>
        <source>Check the number works at %1</source>
        <translation>Confira se o número funciona em %1</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="138"/>
        <source>Send a test message from &quot;%1&quot; in Tandem and confirm it arrived. Nothing moves before that.</source>
        <translation>Envie uma mensagem de teste de &quot;%1&quot; no Tandem e confirme que ela chegou. Nada é transferido antes disso.</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="196"/>
        <source>Point the number&apos;s webhooks at Tandem&apos;s receiver, through %1</source>
        <translation>Direcionar os webhooks do número para o receptor do Tandem, por %1</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="198"/>
        <source>Tell %1 where to report with each message</source>
        <translation>Informar a %1 para onde enviar relatórios a cada mensagem</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="201"/>
        <source>Nothing to move: no broadcast of &quot;%1&quot; is waiting to be sent</source>
        <translation>Nada a transferir: nenhum disparo de &quot;%1&quot; está esperando para ser enviado</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="204"/>
        <source>Move %n broadcast(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>Transferir %n disparo para &quot;%1&quot;</numerusform>
            <numerusform>Transferir %n disparos para &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="206"/>
        <source>with %n message(s) not sent yet; scheduled and paused ones stay so</source>
        <translation>
            <numerusform>com %n mensagem ainda não enviada; os agendados e pausados continuam assim</numerusform>
            <numerusform>com %n mensagens ainda não enviadas; os agendados e pausados continuam assim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/migrationplan.cpp" line="208"/>
        <source>Keep %n message(s) whose answer was lost with &quot;%1&quot;, for you to resend or drop under Activity</source>
        <translation>
            <numerusform>Manter %n mensagem cuja resposta se perdeu com &quot;%1&quot;, para você reenviar ou descartar em Atividade</numerusform>
            <numerusform>Manter %n mensagens cuja resposta se perdeu com &quot;%1&quot;, para você reenviar ou descartar em Atividade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="212"/>
        <source>Archive &quot;%1&quot; with its history</source>
        <translation>Arquivar &quot;%1&quot; com o histórico</translation>
    </message>
    <message>
        <location filename="../core/migration/migrationplan.cpp" line="213"/>
        <source>Contacts, opt-outs and 24-hour windows stay as they are: they belong to your customers, not to a sender</source>
        <translation>Contatos, descadastros e janelas de 24 horas ficam como estão: são dos seus clientes, não de um remetente</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="42"/>
        <source>The move could not be stored: %1</source>
        <translation>Não foi possível salvar a transferência: %1</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="76"/>
        <source>There is no move %1.</source>
        <translation>Não existe a transferência %1.</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="139"/>
        <source>This sender is already moving to another sender: finish or undo that move first.</source>
        <translation>Este remetente já está sendo transferido para outro remetente: conclua ou desfaça essa transferência primeiro.</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="179"/>
        <source>First check the number works at the new sender: send a test message and confirm it arrived.</source>
        <translation>Primeiro confira se o número funciona no novo remetente: envie uma mensagem de teste e confirme que ela chegou.</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="189"/>
        <source>Tandem does not know the new sender&apos;s provider.</source>
        <translation>O Tandem não conhece o provedor do novo remetente.</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="211"/>
        <source>Nothing was moved. Broadcast %1: %2</source>
        <translation>Nada foi transferido. Disparo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="265"/>
        <source>Move the broadcasts first; the old sender is archived last.</source>
        <translation>Transfira primeiro os disparos; o remetente antigo é arquivado por último.</translation>
    </message>
    <message>
        <location filename="../core/migration/sendermove.cpp" line="305"/>
        <source>The new sender has sent moved messages already; the move can no longer be undone.</source>
        <translation>O novo remetente já enviou mensagens transferidas; a transferência não pode mais ser desfeita.</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopy.cpp" line="32"/>
        <source>its %1 header</source>
        <translation>o cabeçalho %1 dele</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopy.cpp" line="53"/>
        <source>its buttons</source>
        <translation>os botões dele</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopyjob.cpp" line="69"/>
        <source>%1: Tandem does not have its text; sync &quot;%2&quot;&apos;s templates first.</source>
        <translation>%1: o Tandem não tem o texto; sincronize primeiro os modelos de &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopyjob.cpp" line="91"/>
        <source>The templates were not copied between the accounts (%1); each one is submitted for review instead.</source>
        <translation>Os modelos não foram copiados entre as contas (%1); cada um vai para revisão no lugar.</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopyjob.cpp" line="104"/>
        <source>not copied</source>
        <translation>não copiado</translation>
    </message>
    <message>
        <location filename="../core/migration/templatecopyjob.cpp" line="112"/>
        <source>Copied, but &quot;%1&quot;&apos;s templates could not be read: %2</source>
        <translation>Copiados, mas não foi possível ler os modelos de &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <location filename="../core/providers/networkerrors.cpp" line="72"/>
        <source>The message was sent, but the provider did not answer in time, so Tandem cannot tell whether it went out. It is not sent again by itself.</source>
        <translation>A mensagem foi enviada, mas o provedor não respondeu a tempo, então o Tandem não pode saber se ela saiu. Ela não é enviada de novo sozinha.</translation>
    </message>
    <message>
        <location filename="../core/providers/networkerrors.cpp" line="78"/>
        <source>The message was sent, but the connection closed before the provider answered, so Tandem cannot tell whether it went out. It is not sent again by itself.</source>
        <translation>A mensagem foi enviada, mas a conexão fechou antes de o provedor responder, então o Tandem não pode saber se ela saiu. Ela não é enviada de novo sozinha.</translation>
    </message>
    <message>
        <location filename="../core/providers/networkerrors.cpp" line="92"/>
        <source>%1 answered that the message was taken, but the answer could not be read (perhaps a proxy changed it), so Tandem has no message id for it. It is not sent again by itself.</source>
        <translation>%1 respondeu que recebeu a mensagem, mas a resposta não pôde ser lida (talvez um proxy a tenha alterado), então o Tandem não tem o id dela. Ela não é enviada de novo sozinha.</translation>
    </message>
</context>
<context>
    <name>OptOutKeywords</name>
    <message>
        <location filename="../core/consent/optoutkeywords.cpp" line="15"/>
        <source>The opt-out keyword list needs &quot;stop&quot; and &quot;start&quot; lists.</source>
        <translation>A lista de palavras de descadastro precisa das listas &quot;stop&quot; e &quot;start&quot;.</translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <location filename="../core/consent/optouts.cpp" line="111"/>
        <source>Say why they may get messages again (for example &quot;asked in the shop on 3 December&quot;): it is kept with the change.</source>
        <translation>Diga por que podem voltar a receber mensagens (por exemplo &quot;pediu na loja em 3 de dezembro&quot;): fica guardado com a mudança.</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="121"/>
        <location filename="../core/contacts/contactrepository.cpp" line="277"/>
        <source>There is no contact %1.</source>
        <translation>Não há nenhum contato %1.</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="145"/>
        <source>replied &quot;%1&quot;</source>
        <translation>respondeu &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="152"/>
        <source>%1 refused a message: they had replied STOP (21610)</source>
        <translation>%1 recusou uma mensagem: o cliente havia respondido STOP (21610)</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="154"/>
        <source>%1 refused a message: opted out (%2)</source>
        <translation>%1 recusou uma mensagem: descadastrado (%2)</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="158"/>
        <source>marked by you</source>
        <translation>marcado por você</translation>
    </message>
    <message>
        <location filename="../core/consent/optouts.cpp" line="160"/>
        <source>imported as opted out</source>
        <translation>importado como descadastrado</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/outbox/broadcasts.cpp" line="136"/>
        <source>The broadcast was cancelled before it started.</source>
        <translation>A transmissão foi cancelada antes de começar.</translation>
    </message>
    <message>
        <location filename="../core/outbox/broadcasts.cpp" line="151"/>
        <source>There is no broadcast %1.</source>
        <translation>Não existe a transmissão %1.</translation>
    </message>
</context>
<context>
    <name>PeriodResults</name>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="49"/>
        <source>week of %1</source>
        <translation>semana de %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="62"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="63"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="64"/>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="65"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="68"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="69"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="70"/>
        <source>Month</source>
        <translation>Mês</translation>
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
        <translation>Remete&amp;nte:</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <location filename="../ui/analytics/periodresults.cpp" line="294"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <location filename="../ui/analytics/periodresults.cpp" line="294"/>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <location filename="../ui/analytics/periodresults.cpp" line="294"/>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <location filename="../ui/analytics/periodresults.cpp" line="294"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="102"/>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="103"/>
        <source>Cost (estimated)</source>
        <translation>Custo (estimado)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="103"/>
        <source>Cost (reported)</source>
        <translation>Custo (informado)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="103"/>
        <source>Per delivered</source>
        <translation>Por entregue</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="103"/>
        <source>Per read</source>
        <translation>Por lida</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="121"/>
        <source>Ask Meta a&amp;gain</source>
        <translation>Perguntar à Meta de no&amp;vo</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="123"/>
        <source>Meta says what each day cost the account; Tandem asks at most once an hour by itself.</source>
        <translation>A Meta informa quanto cada dia custou à conta; o Tandem pergunta sozinho no máximo uma vez por hora.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="145"/>
        <source>Asking Meta what the days cost…</source>
        <translation>Perguntando à Meta quanto custaram os dias…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="168"/>
        <source>Every sender</source>
        <translation>Todos os remetentes</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="251"/>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="231"/>
        <location filename="../ui/analytics/periodresults.cpp" line="265"/>
        <source>The results could not be read: %1</source>
        <translation>Não foi possível ler os resultados: %1</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="312"/>
        <source>Nothing was sent in this period.</source>
        <translation>Nada foi enviado neste período.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analytics/periodresults.cpp" line="339"/>
        <source>%n message(s) sent, %1 delivered. Estimated cost %2 (Meta&apos;s rate card and the provider&apos;s fee); reported by the providers: %3.</source>
        <translation>
            <numerusform>%n mensagem enviada, %1 entregues. Custo estimado %2 (a tabela da Meta e a taxa do provedor); informado pelos provedores: %3.</numerusform>
            <numerusform>%n mensagens enviadas, %1 entregues. Custo estimado %2 (a tabela da Meta e a taxa do provedor); informado pelos provedores: %3.</numerusform>
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
        <translation>Por que as mensagens falharam: %1</translation>
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
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/analytics/periodresults.cpp" line="373"/>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="30"/>
        <source>The phone number is empty.</source>
        <translation>O número de telefone está vazio.</translation>
    </message>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="38"/>
        <source>&quot;%1&quot; has no country code. Write it with + and the country code, or choose a default country.</source>
        <translation>&quot;%1&quot; não tem código do país. Escreva com + e o código do país, ou escolha um país padrão.</translation>
    </message>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="42"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; não é um número de telefone.</translation>
    </message>
    <message>
        <location filename="../core/phone/phonenumbers.cpp" line="45"/>
        <source>&quot;%1&quot; is not a valid phone number for its country. Check the digits and the country code.</source>
        <translation>&quot;%1&quot; não é um número de telefone válido para o país. Confira os dígitos e o código do país.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="28"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="34"/>
        <source>As the system (%1)</source>
        <translation>Como o sistema (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="43"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="48"/>
        <source>Tandem speaks the new language from its next start.</source>
        <translation>O Tandem passa a usar o novo idioma a partir da próxima abertura.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="52"/>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation>nenhum: só as autoridades certificadoras do sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="54"/>
        <source>Extra certificate authorities file</source>
        <translation>Arquivo de autoridades certificadoras adicionais</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="60"/>
        <source>Choose a PEM file of certificate authorities</source>
        <translation>Escolha um arquivo PEM de autoridades certificadoras</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="62"/>
        <source>Certificate authorities</source>
        <translation>Autoridades certificadoras</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="63"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="73"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="74"/>
        <source>An antivirus or a company network that inspects secure connections signs them with its own certificate. Name its PEM file here and Tandem trusts it besides the system&apos;s, to reach Twilio and Meta.</source>
        <translation>Um antivírus ou uma rede corporativa que inspeciona as conexões seguras as assina com o próprio certificado. Informe aqui o arquivo PEM dele e o Tandem confiará nele, além dos do sistema, para chegar ao Twilio e à Meta.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferencesdialog.cpp" line="83"/>
        <source>Extra &amp;certificates:</source>
        <translation>&amp;Certificados adicionais:</translation>
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
        <translation>O modelo %1 não tem versão em %2; ele existe em %3 (erro 132001).</translation>
    </message>
    <message>
        <location filename="../core/admission/admission.cpp" line="32"/>
        <source>The sender&apos;s account has no template %1 (error 132001); sync the templates, or check the name.</source>
        <translation>A conta do remetente não tem o modelo %1 (erro 132001); sincronize os modelos ou confira o nome.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/admission/admission.cpp" line="41"/>
        <source>The template takes %n value(s) in its text, and the message gives %1 (error 132000).</source>
        <translation>
            <numerusform>O modelo usa %n valor no texto e a mensagem fornece %1 (erro 132000).</numerusform>
            <numerusform>O modelo usa %n valores no texto e a mensagem fornece %1 (erro 132000).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/admission/admission.cpp" line="47"/>
        <source>The template has a %1 header: give the link to the file (error 132012).</source>
        <translation>O modelo tem um cabeçalho do tipo %1: informe o link do arquivo (erro 132012).</translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message>
        <location filename="../core/util/sendingtime.cpp" line="12"/>
        <source>under a second</source>
        <translation>menos de um segundo</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/util/sendingtime.cpp" line="17"/>
        <source>about %n second(s)</source>
        <translation>
            <numerusform>cerca de %n segundo</numerusform>
            <numerusform>cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/util/sendingtime.cpp" line="19"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/util/sendingtime.cpp" line="20"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>cerca de %n hora</numerusform>
            <numerusform>cerca de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="42"/>
        <source>Before anything is sent: who gets it, who does not and why, what it costs.</source>
        <translation>Antes de enviar qualquer coisa: quem recebe, quem não recebe e por quê, e quanto custa.</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="64"/>
        <source>Meta&apos;s price plus %1&apos;s fee</source>
        <translation>Preço da Meta mais a taxa da %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="102"/>
        <source>It cannot be sent as it is:</source>
        <translation>Não pode ser enviada como está:</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="104"/>
        <source>Will receive it:</source>
        <translation>Vão receber:</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="105"/>
        <source>Opted out (never messaged):</source>
        <translation>Descadastrados (nunca recebem mensagens):</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="107"/>
        <source>Outside the 24-hour window (free text can&apos;t reach them):</source>
        <translation>Fora da janela de 24 horas (o texto livre não chega até eles):</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="109"/>
        <source>Missing a variable&apos;s value:</source>
        <translation>Falta o valor de uma variável:</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="111"/>
        <source>Number WhatsApp can&apos;t reach:</source>
        <translation>Número que o WhatsApp não alcança:</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="116"/>
        <source>Estimated cost: &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Custo estimado: &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="65"/>
        <source>Meta&apos;s price</source>
        <translation>Preço da Meta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="120"/>
        <source>%1: %Ln message(s), no known price</source>
        <translation>
            <numerusform>%1: %Ln mensagem, sem preço conhecido</numerusform>
            <numerusform>%1: %Ln mensagens, sem preço conhecido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="124"/>
        <source>%1: %Ln message(s) × %2 = %3 (Meta&apos;s price of %4)</source>
        <translation>
            <numerusform>%1: %Ln mensagem × %2 = %3 (preço da Meta de %4)</numerusform>
            <numerusform>%1: %Ln mensagens × %2 = %3 (preço da Meta de %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="127"/>
        <source>&lt;i&gt;older than a quarter: import Meta&apos;s current rate card&lt;/i&gt;</source>
        <translation>&lt;i&gt;tem mais de um trimestre: importe a tabela atual da Meta&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="130"/>
        <source>&lt;i&gt;Meta&apos;s volume tier: %1. Meta charges less than this list price.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Faixa de volume da Meta: %1. A Meta cobra menos que este preço de tabela.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/composer/preflightview.cpp" line="135"/>
        <source>%n recipient(s) in countries without a known rate are not in the estimate.</source>
        <translation>
            <numerusform>%n destinatário em país sem tarifa conhecida não está na estimativa.</numerusform>
            <numerusform>%n destinatários em países sem tarifa conhecida não estão na estimativa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="139"/>
        <source>Sending takes %1 at this sender&apos;s pace.</source>
        <translation>O envio leva %1 no ritmo deste remetente.</translation>
    </message>
    <message>
        <location filename="../ui/composer/preflightview.cpp" line="140"/>
        <source>Sending goes as fast as the provider answers.</source>
        <translation>O envio vai tão rápido quanto o provedor responder.</translation>
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
        <translation>Como &amp;lê:</translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="60"/>
        <source>Choose an audience with at least one contact to see the message.</source>
        <translation>Escolha um público com pelo menos um contato para ver a mensagem.</translation>
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
        <translation>Modelo %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="88"/>
        <source>Content template %1</source>
        <translation>Modelo de conteúdo %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/previewpage.cpp" line="111"/>
        <source>Not sent: no value for %1. Give a fallback or fill the field.</source>
        <translation>Não enviada: não há valor para %1. Informe um valor reserva ou preencha o campo.</translation>
    </message>
</context>
<context>
    <name>PricesDialog</name>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="29"/>
        <source>Prices</source>
        <translation>Preços</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="30"/>
        <source>Meta&apos;s price for each delivered message, in US dollars, by the customer&apos;s market. Tandem estimates costs and keeps budgets with these. Meta changes them on the first day of a quarter: import its current rate card (the CSV in US dollars from its pricing page) when they change.</source>
        <translation>O preço da Meta por mensagem entregue, em dólares americanos, conforme o mercado do cliente. O Tandem estima os custos e mantém os orçamentos com estes preços. A Meta os muda no primeiro dia de cada trimestre: importe a tabela atual dela (o CSV em dólares da página de preços) quando mudarem.</translation>
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
        <translation>Utilidade e serviço</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="39"/>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="39"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="47"/>
        <source>&amp;Import Meta&apos;s rate card…</source>
        <translation>&amp;Importar a tabela da Meta…</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="62"/>
        <source>Meta&apos;s rate card</source>
        <translation>Tabela de preços da Meta</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="62"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="68"/>
        <source>Prices take &amp;effect on (when the file does not say):</source>
        <translation>Os preços entram em &amp;vigor em (se o arquivo não disser):</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="90"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="97"/>
        <source> (older than a quarter)</source>
        <translation> (tem mais de um trimestre)</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="116"/>
        <source>Meta&apos;s volume tiers this month (utility and authentication cost less per message in a higher tier):</source>
        <translation>Faixas de volume da Meta neste mês (utilidade e autenticação custam menos por mensagem numa faixa mais alta):</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="119"/>
        <source>Tandem estimates with the prices above; Results shows what Meta reports it charged, with the discount.</source>
        <translation>O Tandem estima com os preços acima; Resultados mostra o que a Meta informa que cobrou, com o desconto.</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="127"/>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricesdialog.cpp" line="130"/>
        <source>rate card imported from %1</source>
        <translation>tabela importada de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/pricesdialog.cpp" line="149"/>
        <source>%n market(s) updated, with prices from %1.</source>
        <translation>
            <numerusform>%n mercado atualizado, com preços a partir de %1.</numerusform>
            <numerusform>%n mercados atualizados, com preços a partir de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="12"/>
        <source>Left out: %1</source>
        <translation>Deixado de fora: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="15"/>
        <source>Taken by the provider</source>
        <translation>Aceito pelo provedor</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="20"/>
        <source>Provider or network trouble</source>
        <translation>Problema do provedor ou da rede</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="22"/>
        <source>Sent too fast, slowed down</source>
        <translation>Rápido demais, foi desacelerado</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="24"/>
        <source>The sender&apos;s key was refused</source>
        <translation>A chave do remetente foi recusada</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="26"/>
        <source>Not a WhatsApp number</source>
        <translation>Não é um número de WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="28"/>
        <source>24-hour window closed</source>
        <translation>Janela de 24 horas fechada</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="30"/>
        <source>Problem with the template</source>
        <translation>Problema com o modelo</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="32"/>
        <source>The customer opted out</source>
        <translation>O cliente se descadastrou</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="34"/>
        <source>Blocked by WhatsApp&apos;s rules</source>
        <translation>Bloqueado pelas regras do WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="36"/>
        <source>The provider refused the message</source>
        <translation>O provedor recusou a mensagem</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="38"/>
        <location filename="../ui/common/problemtext.cpp" line="42"/>
        <source>Failed for an unknown reason</source>
        <translation>Falhou por um motivo desconhecido</translation>
    </message>
    <message>
        <location filename="../ui/common/problemtext.cpp" line="40"/>
        <source>No answer from the provider</source>
        <translation>Sem resposta do provedor</translation>
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
        <translation>Dê um nome ao remetente, por exemplo o nome da sua loja.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="70"/>
        <source>The sender&apos;s name is too long (80 characters at most).</source>
        <translation>O nome do remetente é longo demais (no máximo 80 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="73"/>
        <source>Unknown provider &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Provedor desconhecido &quot;%1&quot;. Escolha um destes: %2.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="80"/>
        <source>%1 has no setting called &quot;%2&quot;.</source>
        <translation>%1 não tem nenhuma configuração chamada &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="83"/>
        <source>%1 is a secret and is kept in the system keychain, not in the database.</source>
        <translation>%1 é um segredo e fica no chaveiro do sistema, não no banco de dados.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="111"/>
        <location filename="../core/profiles/profilerepository.cpp" line="177"/>
        <source>A sender called &quot;%1&quot; already exists.</source>
        <translation>Já existe um remetente chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="113"/>
        <location filename="../core/profiles/profilerepository.cpp" line="178"/>
        <source>Could not save the sender: %1</source>
        <translation>Não foi possível salvar o remetente: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="127"/>
        <source>Could not read senders: %1</source>
        <translation>Não foi possível ler os remetentes: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="140"/>
        <location filename="../core/profiles/profilerepository.cpp" line="181"/>
        <location filename="../core/profiles/profilerepository.cpp" line="213"/>
        <source>There is no sender with id %1.</source>
        <translation>Não há nenhum remetente com id %1.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="150"/>
        <source>There is no sender called &quot;%1&quot;.</source>
        <translation>Não há nenhum remetente chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="190"/>
        <source> (moved, #%1)</source>
        <translation> (transferido, nº %1)</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="193"/>
        <source>Could not archive the sender: %1</source>
        <translation>Não foi possível arquivar o remetente: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="211"/>
        <location filename="../core/profiles/profilerepository.cpp" line="233"/>
        <location filename="../core/profiles/profilerepository.cpp" line="240"/>
        <source>Could not remove the sender: %1</source>
        <translation>Não foi possível remover o remetente: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="220"/>
        <source>%1 (removed, #%2)</source>
        <translation>%1 (removido, nº %2)</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilerepository.cpp" line="263"/>
        <source>Could not record the check: %1</source>
        <translation>Não foi possível registrar a verificação: %1</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="44"/>
        <source>Unknown provider &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Provedor desconhecido &quot;%1&quot;. Escolha um destes: %2.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="50"/>
        <source>&quot;%1&quot; is not a secret setting of %2.</source>
        <translation>&quot;%1&quot; não é uma configuração secreta de %2.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="117"/>
        <source>The sender was not saved: its token could not be stored in the system keychain. %1</source>
        <translation>O remetente não foi salvo: o token dele não pôde ser guardado no chaveiro do sistema. %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="144"/>
        <source>The sender&apos;s token could not be stored in the system keychain. %1</source>
        <translation>O token do remetente não pôde ser guardado no chaveiro do sistema. %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileservice.cpp" line="176"/>
        <source>&quot;%1&quot; was removed, but its tokens could not be deleted from the system keychain (%2). Delete the entries named tandem, profile/%3/… there.</source>
        <translation>&quot;%1&quot; foi removido, mas os tokens dele não puderam ser apagados do chaveiro do sistema (%2). Apague lá as entradas chamadas tandem, profile/%3/….</translation>
    </message>
</context>
<context>
    <name>ProviderDescriptor</name>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="19"/>
        <source>Messages per second</source>
        <translation>Mensagens por segundo</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="20"/>
        <source>How fast Tandem sends through this sender; 0 sends as fast as the provider answers. The default is the provider&apos;s standard rate.</source>
        <translation>A velocidade com que o Tandem envia por este remetente; 0 envia tão rápido quanto o provedor responder. O padrão é o ritmo normal do provedor.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="24"/>
        <source>a number, for example 80.</source>
        <translation>um número, por exemplo 80.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="25"/>
        <source>Backup sender</source>
        <translation>Remetente reserva</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="26"/>
        <source>The name of another sender that retries the messages this one cannot deliver (for the kinds of failure chosen below).</source>
        <translation>O nome de outro remetente que tenta de novo as mensagens que este não consegue entregar (para os tipos de falha escolhidos abaixo).</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="30"/>
        <source>Send through the backup on</source>
        <translation>Enviar pelo reserva em caso de</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="31"/>
        <source>Comma-separated kinds of failure, for example policy_blocked,rate_limited.</source>
        <translation>Tipos de falha separados por vírgulas, por exemplo policy_blocked,rate_limited.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="33"/>
        <source>names like policy_blocked, separated by commas.</source>
        <translation>nomes como policy_blocked, separados por vírgulas.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="34"/>
        <source>Answer STOP with</source>
        <translation>Responder STOP com</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="35"/>
        <source>Optional: a short confirmation sent to a customer who opts out by writing STOP (or the like), for example &quot;You won&apos;t get our offers any more. Write START to come back.&quot; Leave empty to send nothing.</source>
        <translation>Opcional: uma confirmação curta enviada ao cliente que se descadastra escrevendo STOP (ou algo parecido), por exemplo &quot;Você não vai mais receber nossas ofertas. Escreva START para voltar.&quot; Deixe vazio para não enviar nada.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="46"/>
        <source>Resend unanswered messages after (minutes)</source>
        <translation>Reenviar as mensagens sem resposta depois de (minutos)</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="47"/>
        <source>When a message was sent but the provider&apos;s answer never came (the connection dropped), Tandem cannot know whether it arrived, and by default waits for you to resend or drop it under Activity. With a number of minutes here, Tandem sends it again by itself once, after that long: a customer whose message did arrive then gets it twice. Leave empty to decide yourself.</source>
        <translation>Quando uma mensagem foi enviada mas a resposta do provedor nunca chegou (a conexão caiu), o Tandem não tem como saber se ela chegou e, por padrão, espera você reenviá-la ou descartá-la em Atividade. Com um número de minutos aqui, o Tandem a envia de novo sozinho, uma vez, depois desse tempo: um cliente cuja mensagem chegou a recebe duas vezes. Deixe vazio para decidir você mesmo.</translation>
    </message>
    <message>
        <location filename="../core/providers/providerdescriptor.cpp" line="53"/>
        <source>a whole number of minutes, for example 30.</source>
        <translation>um número inteiro de minutos, por exemplo 30.</translation>
    </message>
</context>
<context>
    <name>ProviderErrors</name>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="14"/>
        <source>Meta could not authenticate the access token: it has expired or was revoked. Create a new token (a System User token does not expire) and enter it in the sender&apos;s settings.</source>
        <translation>A Meta não conseguiu autenticar o token de acesso: ele expirou ou foi revogado. Crie um token novo (um token de usuário do sistema não expira) e informe-o nas configurações do remetente.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="19"/>
        <source>Meta reported an unknown API error. Check the request details below.</source>
        <translation>A Meta informou um erro desconhecido da API. Confira os detalhes da solicitação abaixo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="21"/>
        <source>Meta&apos;s service is temporarily down. Tandem will try again.</source>
        <translation>O serviço da Meta está fora do ar no momento. O Tandem vai tentar de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="23"/>
        <source>The app lacks the capability or permission for this call. Check the app&apos;s WhatsApp permissions in Meta&apos;s App Dashboard.</source>
        <translation>O app não tem a capacidade ou a permissão para esta chamada. Confira as permissões do WhatsApp do app no Painel de Apps da Meta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="27"/>
        <source>The Meta app made too many API calls. Tandem waits and tries again.</source>
        <translation>O app da Meta fez chamadas demais à API. O Tandem espera e tenta de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="29"/>
        <source>Permission denied: the token lacks the whatsapp_business_messaging permission, or it was removed. Create a token with that permission.</source>
        <translation>Permissão negada: o token não tem a permissão whatsapp_business_messaging, ou ela foi removida. Crie um token com essa permissão.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="33"/>
        <source>Meta rejected a parameter (unknown, misspelled or too long), or the phone number ID is wrong. The details below name it.</source>
        <translation>A Meta recusou um parâmetro (desconhecido, com erro de digitação ou longo demais), ou o ID do número de telefone está errado. Os detalhes abaixo o indicam.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="37"/>
        <source>The Meta access token has expired or is not valid. Create a new one (a System User token does not expire) and enter it in the sender&apos;s settings.</source>
        <translation>O token de acesso da Meta expirou ou não é válido. Crie um novo (um token de usuário do sistema não expira) e informe-o nas configurações do remetente.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="42"/>
        <source>The token is missing a permission this call needs. Give the System User whatsapp_business_messaging and whatsapp_business_management.</source>
        <translation>Falta ao token uma permissão de que esta chamada precisa. Dê ao usuário do sistema whatsapp_business_messaging e whatsapp_business_management.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="46"/>
        <source>The account is temporarily blocked for policy violations. See the account&apos;s status in WhatsApp Manager.</source>
        <translation>A conta está bloqueada temporariamente por violar as políticas. Veja o status da conta no WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="50"/>
        <source>The WhatsApp Business Account reached its API rate limit. Tandem waits and tries again.</source>
        <translation>A conta do WhatsApp Business atingiu o limite de chamadas à API. O Tandem espera e tenta de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="54"/>
        <source>The number&apos;s sending rate was exceeded. Tandem slows down and tries again.</source>
        <translation>O ritmo de envio do número foi excedido. O Tandem desacelera e tenta de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="58"/>
        <location filename="../core/providers/twilioerrors.cpp" line="100"/>
        <source>WhatsApp held back this marketing message because the customer is in a Meta experiment. You are not charged; sending again would fail too.</source>
        <translation>O WhatsApp segurou esta mensagem de marketing porque o cliente está em um experimento da Meta. Você não é cobrado; enviar de novo também falharia.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="62"/>
        <source>Your business account may not message customers in this country.</source>
        <translation>Sua conta comercial não pode enviar mensagens a clientes deste país.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="64"/>
        <source>Something went wrong at Meta. Tandem tries a few more times; if it keeps failing, open a Meta support ticket.</source>
        <translation>Algo deu errado na Meta. O Tandem tenta mais algumas vezes; se continuar falhando, abra um chamado no suporte da Meta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="68"/>
        <source>Access denied: the token has no permission for this phone number.</source>
        <translation>Acesso negado: o token não tem permissão para este número de telefone.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="70"/>
        <source>A required parameter is missing. The details below name it.</source>
        <translation>Falta um parâmetro obrigatório. Os detalhes abaixo o indicam.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="72"/>
        <source>A parameter value is not valid. The details below say which.</source>
        <translation>O valor de um parâmetro não é válido. Os detalhes abaixo dizem qual.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="74"/>
        <source>Meta&apos;s service is temporarily unavailable. Tandem will try again.</source>
        <translation>O serviço da Meta está indisponível no momento. O Tandem vai tentar de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="76"/>
        <source>The recipient is your own business number. Choose another recipient.</source>
        <translation>O destinatário é o seu próprio número comercial. Escolha outro destinatário.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="78"/>
        <source>This number cannot receive the message: it is not on WhatsApp, has not accepted the latest terms, or uses a very old app.</source>
        <translation>Este número não pode receber a mensagem: ele não está no WhatsApp, não aceitou os termos mais recentes ou usa um app muito antigo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="82"/>
        <source>Your test number may only message numbers on its allowed list. Add this number to the list in the App Dashboard, or use a production number.</source>
        <translation>Seu número de teste só pode enviar mensagens aos números da lista permitida. Adicione este número à lista no Painel de Apps ou use um número de produção.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="86"/>
        <source>The business account is locked (a policy violation or a wrong two-step PIN). See WhatsApp Manager.</source>
        <translation>A conta comercial está bloqueada (uma violação de política ou um PIN de duas etapas errado). Veja o WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="90"/>
        <source>Meta refused because of a payment problem: add or fix the payment method of the WhatsApp Business Account.</source>
        <translation>A Meta recusou por um problema de pagamento: adicione ou corrija a forma de pagamento da conta do WhatsApp Business.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="94"/>
        <source>The phone number is not registered correctly. Register it again in WhatsApp Manager.</source>
        <translation>O número de telefone não está registrado corretamente. Registre-o de novo no WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="98"/>
        <location filename="../core/providers/twilioerrors.cpp" line="75"/>
        <source>More than 24 hours since this customer wrote to you: WhatsApp only allows an approved template now. Send a template instead.</source>
        <translation>Passaram mais de 24 horas desde que este cliente escreveu para você: agora o WhatsApp só permite um modelo aprovado. Envie um modelo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="102"/>
        <source>Too many earlier messages were blocked or reported as spam, so WhatsApp is limiting this number. Improve message quality and try later.</source>
        <translation>Muitas mensagens anteriores foram bloqueadas ou denunciadas como spam, então o WhatsApp está limitando este número. Melhore a qualidade das mensagens e tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="106"/>
        <source>WhatsApp did not deliver this marketing message to keep the customer&apos;s engagement healthy. Do not resend within 24 hours.</source>
        <translation>O WhatsApp não entregou esta mensagem de marketing para manter saudável o engajamento do cliente. Não reenvie dentro de 24 horas.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="110"/>
        <source>This customer stopped marketing messages from your business. Tandem marks them as opted out; do not resend.</source>
        <translation>Este cliente deixou de receber mensagens de marketing da sua empresa. O Tandem o marca como descadastrado; não reenvie.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="114"/>
        <source>WhatsApp does not support this message type.</source>
        <translation>O WhatsApp não aceita este tipo de mensagem.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="116"/>
        <source>The media could not be processed. Check the link opens without a login and the file type and size are ones WhatsApp accepts.</source>
        <translation>A mídia não pôde ser processada. Confira se o link abre sem login e se o tipo e o tamanho do arquivo são aceitos pelo WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="120"/>
        <source>Too many messages to this one customer in a short time. Tandem waits before sending to them again; other customers are not affected.</source>
        <translation>Mensagens demais para este mesmo cliente em pouco tempo. O Tandem espera antes de enviar de novo para ele; os outros clientes não são afetados.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="124"/>
        <source>The account is in maintenance for a minute. Tandem tries again shortly.</source>
        <translation>A conta está em manutenção por um minuto. O Tandem tenta de novo em seguida.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="126"/>
        <source>Marketing templates are switched off for Cloud API on this account.</source>
        <translation>Os modelos de marketing estão desativados para a API de Nuvem nesta conta.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="128"/>
        <source>The messaging limit was lowered because of template classification violations. Wait until the enforcement ends.</source>
        <translation>O limite de mensagens foi reduzido por violações na classificação de modelos. Aguarde o fim da restrição.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="132"/>
        <location filename="../core/providers/twilioerrors.cpp" line="94"/>
        <source>The number of template variables does not match the template. Give every variable a value.</source>
        <translation>O número de variáveis não corresponde ao modelo. Dê um valor a cada variável.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="136"/>
        <source>This template does not exist in this language or is not approved yet. Check its name and language in WhatsApp Manager.</source>
        <translation>Este modelo não existe neste idioma ou ainda não foi aprovado. Confira o nome e o idioma no WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="140"/>
        <source>With its variables filled in, the template is too long. Shorten the values.</source>
        <translation>Com as variáveis preenchidas, o modelo fica longo demais. Encurte os valores.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="144"/>
        <source>A variable breaks WhatsApp&apos;s formatting rules (for example a newline, a tab or more than four spaces in a row).</source>
        <translation>Uma variável viola as regras de formatação do WhatsApp (por exemplo, uma quebra de linha, uma tabulação ou mais de quatro espaços seguidos).</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="148"/>
        <source>A template variable has the wrong format for the template (for example text where an image is expected).</source>
        <translation>Uma variável do modelo tem o formato errado (por exemplo, texto onde se espera uma imagem).</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="152"/>
        <source>A template variable contains a line break, a tab or more than four spaces in a row, which WhatsApp does not allow. Edit the value.</source>
        <translation>Uma variável do modelo contém uma quebra de linha, uma tabulação ou mais de quatro espaços seguidos, o que o WhatsApp não permite. Edite o valor.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="156"/>
        <source>This template was paused or disabled by WhatsApp for low quality. Edit it or use another template.</source>
        <translation>O WhatsApp pausou ou desativou este modelo por baixa qualidade. Edite-o ou use outro modelo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="160"/>
        <source>The phone number is not registered for sending through the Cloud API yet. Register it with a 6-digit PIN: Register the number in the migration assistant, or tandem-cli migrate register.</source>
        <translation>O número de telefone ainda não está registrado para enviar pela API de nuvem. Registre-o com um PIN de 6 dígitos: Registrar o número no assistente de transferência, ou tandem-cli migrate register.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="164"/>
        <source>Meta rejected the request with a generic user error. Check the details below.</source>
        <translation>A Meta recusou a solicitação com um erro genérico do usuário. Confira os detalhes abaixo.</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="179"/>
        <source>Meta reported error %1: %2</source>
        <translation>A Meta informou o erro %1: %2</translation>
    </message>
    <message>
        <location filename="../core/providers/metaerrors.cpp" line="198"/>
        <source>Its answer was not the JSON the Cloud API sends; check the API address.</source>
        <translation>A resposta não era o JSON que a API de Nuvem envia; confira o endereço da API.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="13"/>
        <source>Twilio did not accept the Account SID and Auth Token (or API key). Copy them again from the Twilio Console and check the account is active.</source>
        <translation>O Twilio não aceitou o Account SID e o Auth Token (ou a chave de API). Copie-os de novo do Twilio Console e confira se a conta está ativa.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="17"/>
        <source>Twilio could not find this account or message. Check the Account SID.</source>
        <translation>O Twilio não encontrou esta conta ou mensagem. Confira o Account SID.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="19"/>
        <source>Twilio is receiving too many requests at once from this account. Tandem slows down and tries again.</source>
        <translation>O Twilio está recebendo solicitações demais ao mesmo tempo desta conta. O Tandem desacelera e tenta de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="23"/>
        <source>This phone number is not valid. Check it, including the country code.</source>
        <translation>Este número de telefone não é válido. Confira-o, inclusive o código do país.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="25"/>
        <source>Your Twilio account may not send to this country. Enable it under Messaging &gt; Settings &gt; Geo permissions in the Twilio Console; the change takes effect at once.</source>
        <translation>Sua conta do Twilio não pode enviar para este país. Ative-o em Messaging &gt; Settings &gt; Geo permissions no Twilio Console; a mudança vale na hora.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="30"/>
        <source>The message has no text. Write a message or choose a template.</source>
        <translation>A mensagem não tem texto. Escreva uma mensagem ou escolha um modelo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="32"/>
        <source>The sender has neither a WhatsApp number nor a Messaging Service. Set one of them in the sender&apos;s settings.</source>
        <translation>O remetente não tem nem um número do WhatsApp nem um Messaging Service. Informe um deles nas configurações do remetente.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="36"/>
        <source>The message has no recipient number.</source>
        <translation>A mensagem não tem número de destinatário.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="38"/>
        <source>This customer replied STOP to your number. Twilio will not deliver to them until they send START; Tandem marks them as opted out.</source>
        <translation>Este cliente respondeu STOP ao seu número. O Twilio não vai entregar nada até ele enviar START; o Tandem o marca como descadastrado.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="42"/>
        <source>The text is longer than Twilio&apos;s 1,600-character limit. Shorten it.</source>
        <translation>O texto passa do limite de 1.600 caracteres do Twilio. Encurte-o.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="44"/>
        <source>The message needs text, a media link or a template.</source>
        <translation>A mensagem precisa de texto, um link de mídia ou um modelo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="46"/>
        <source>A media link is not a valid public web address. Use a link that starts with https:// and opens without a login.</source>
        <translation>Um link de mídia não é um endereço público válido. Use um link que comece com https:// e abra sem login.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="50"/>
        <source>Twilio does not know this Content template (ContentSid). Check the template&apos;s SID (HX…) in Twilio&apos;s Content Template Builder.</source>
        <translation>O Twilio não conhece este modelo de conteúdo (ContentSid). Confira o SID do modelo (HX…) no Content Template Builder do Twilio.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="54"/>
        <source>The template&apos;s variables were not accepted. Check that every variable of the template has a value.</source>
        <translation>As variáveis do modelo não foram aceitas. Confira se cada variável do modelo tem um valor.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="58"/>
        <source>The message was filtered as possible spam. Change the wording; if it keeps happening, contact Twilio support with a few message SIDs.</source>
        <translation>A mensagem foi filtrada como possível spam. Mude o texto; se continuar acontecendo, fale com o suporte do Twilio informando alguns SIDs de mensagens.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="62"/>
        <source>The message waited too long in Twilio&apos;s queue and expired. It can be sent again.</source>
        <translation>A mensagem esperou demais na fila do Twilio e expirou. Ela pode ser enviada de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="66"/>
        <source>WhatsApp could not find this recipient. Check the number is on WhatsApp.</source>
        <translation>O WhatsApp não encontrou este destinatário. Confira se o número está no WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="70"/>
        <source>Twilio has no WhatsApp sender for your &apos;From&apos; number on this account. Check the number, and that it is approved for WhatsApp in the Twilio Console.</source>
        <translation>O Twilio não tem um remetente do WhatsApp para o seu número &quot;From&quot; nesta conta. Confira o número e se ele está aprovado para o WhatsApp no Twilio Console.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="79"/>
        <source>Your Twilio account is sending faster than its limit. Tandem slows down and tries again.</source>
        <translation>Sua conta do Twilio está enviando mais rápido do que o limite. O Tandem desacelera e tenta de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="83"/>
        <source>WhatsApp&apos;s sending limit for this number was reached (the Twilio Sandbox allows one message every 3 seconds; business numbers have a daily limit of new customers). Tandem waits and tries again.</source>
        <translation>O limite de envio do WhatsApp para este número foi atingido (o Twilio Sandbox permite uma mensagem a cada 3 segundos; números comerciais têm um limite diário de clientes novos). O Tandem espera e tenta de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="88"/>
        <source>This number cannot receive WhatsApp messages: it is not on WhatsApp, has not accepted WhatsApp&apos;s terms, or uses a very old app.</source>
        <translation>Este número não pode receber mensagens do WhatsApp: ele não está no WhatsApp, não aceitou os termos do WhatsApp ou usa um app muito antigo.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="92"/>
        <source>The template does not exist in this language or is not approved yet.</source>
        <translation>O modelo não existe neste idioma ou ainda não foi aprovado.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="98"/>
        <source>WhatsApp could not deliver this message to the customer&apos;s app.</source>
        <translation>O WhatsApp não conseguiu entregar esta mensagem no app do cliente.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="114"/>
        <source>Twilio reported error %1: %2 See https://www.twilio.com/docs/errors/%1 for what to do.</source>
        <translation>O Twilio informou o erro %1: %2 Veja em https://www.twilio.com/docs/errors/%1 o que fazer.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioerrors.cpp" line="136"/>
        <source>Twilio said: %1</source>
        <translation>O Twilio disse: %1</translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="66"/>
        <source>The provider did not accept the sender&apos;s credentials. Check them in the sender&apos;s settings.</source>
        <translation>O provedor não aceitou as credenciais do remetente. Confira-as nas configurações do remetente.</translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="69"/>
        <source>The provider asked Tandem to slow down. Tandem waits and tries again.</source>
        <translation>O provedor pediu ao Tandem que desacelere. O Tandem espera e tenta de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="71"/>
        <source>The provider had a temporary problem (HTTP %1). Tandem will try again.</source>
        <translation>O provedor teve um problema temporário (HTTP %1). O Tandem vai tentar de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="74"/>
        <source>The provider rejected the request (HTTP %1). The details below say what it objected to.</source>
        <translation>O provedor recusou a solicitação (HTTP %1). Os detalhes abaixo dizem o que ele contestou.</translation>
    </message>
    <message>
        <location filename="../core/providers/errortable.cpp" line="78"/>
        <source>The provider gave an unexpected answer (HTTP %1).</source>
        <translation>O provedor deu uma resposta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="27"/>
        <source>360dialog says this number sent requests faster than its endpoint allows. Tandem slows down and tries again.</source>
        <translation>A 360dialog diz que este número enviou solicitações mais rápido do que o serviço dela permite. O Tandem desacelera e tenta de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="31"/>
        <source>360dialog stopped sending for this number because an invoice is overdue. Settle it in the 360dialog hub, then send again.</source>
        <translation>A 360dialog parou de enviar por este número porque há uma fatura vencida. Pague-a no painel da 360dialog e envie de novo.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="35"/>
        <source>360dialog has turned off API access for this number. Ask 360dialog&apos;s support why.</source>
        <translation>A 360dialog desativou o acesso à API para este número. Pergunte ao suporte da 360dialog por quê.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="38"/>
        <source>360dialog did not accept the API key. Each number has its own key: copy this number&apos;s key from the 360dialog hub again, or make a new one there.</source>
        <translation>A 360dialog não aceitou a chave de API. Cada número tem a sua: copie de novo a chave deste número no painel da 360dialog ou crie uma nova lá.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="42"/>
        <source>360dialog blocks this request for your account. Ask 360dialog&apos;s support to enable it.</source>
        <translation>A 360dialog bloqueia esta solicitação para a sua conta. Peça ao suporte da 360dialog para habilitá-la.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="45"/>
        <source>360dialog had an internal error. Tandem tries again later.</source>
        <translation>A 360dialog teve um erro interno. O Tandem tenta de novo mais tarde.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="47"/>
        <source>360dialog could not reach WhatsApp for this number just now. Tandem tries again later.</source>
        <translation>A 360dialog não conseguiu falar com o WhatsApp para este número agora. O Tandem tenta de novo mais tarde.</translation>
    </message>
    <message>
        <location filename="../core/providers/dialog360errors.cpp" line="92"/>
        <source>360dialog says: %1</source>
        <translation>A 360dialog diz: %1</translation>
    </message>
</context>
<context>
    <name>ProviderFactory</name>
    <message>
        <location filename="../core/profiles/providerfactory.cpp" line="25"/>
        <source>Tandem does not know the provider &quot;%1&quot;.</source>
        <translation>O Tandem não conhece o provedor &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="23"/>
        <source>Choose how to send</source>
        <translation>Escolha como enviar</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="24"/>
        <source>They all deliver the same WhatsApp messages. They differ in cost, setup time and features; you can switch later without losing your contacts.</source>
        <translation>Todos entregam as mesmas mensagens do WhatsApp. Eles diferem em custo, tempo de configuração e recursos; você pode trocar depois sem perder seus contatos.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="130"/>
        <source>Your numbers point to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Seus números apontam para &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <location filename="../core/pricing/ratecard.cpp" line="46"/>
        <source>The rate card is not valid JSON: %1</source>
        <translation>A tabela de preços não é um JSON válido: %1</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecard.cpp" line="48"/>
        <source>Tandem keeps Meta&apos;s prices in US dollars.</source>
        <translation>O Tandem guarda os preços da Meta em dólares americanos.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecard.cpp" line="62"/>
        <source>The rate card has no &quot;Other&quot; market for the countries it does not name.</source>
        <translation>A tabela de preços não tem um mercado “Outros” para os países que não cita.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecard.cpp" line="93"/>
        <source>A market of the rate card has no key or name.</source>
        <translation>Um mercado da tabela de preços não tem chave ou nome.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecard.cpp" line="95"/>
        <source>The prices for %1 have no date or source.</source>
        <translation>Os preços de %1 não têm data ou fonte.</translation>
    </message>
</context>
<context>
    <name>RateCardImport</name>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="113"/>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="139"/>
        <source>Line %1: Tandem does not know the market &quot;%2&quot;.</source>
        <translation>Linha %1: o Tandem não conhece o mercado “%2”.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="143"/>
        <source>Line %1: the prices are in %2; import Meta&apos;s rate card in US dollars.</source>
        <translation>Linha %1: os preços estão em %2; importe a tabela da Meta em dólares americanos.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="164"/>
        <source>Line %1: &quot;%2&quot; is not a price for %3.</source>
        <translation>Linha %1: “%2” não é um preço para %3.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="170"/>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="171"/>
        <source>utility</source>
        <translation>utilidade</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="172"/>
        <source>authentication</source>
        <translation>autenticação</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="173"/>
        <source>authentication-international</source>
        <translation>autenticação internacional</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="178"/>
        <source>No header with a Market column and prices was found: is this Meta&apos;s rate card?</source>
        <translation>Não foi encontrado um cabeçalho com uma coluna Market e preços: esta é a tabela da Meta?</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="182"/>
        <source>The file does not say when its prices take effect: give the date.</source>
        <translation>O arquivo não diz quando os preços entram em vigor: informe a data.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="184"/>
        <source>The file has no prices.</source>
        <translation>O arquivo não tem preços.</translation>
    </message>
    <message>
        <location filename="../core/pricing/ratecardimport.cpp" line="187"/>
        <source>The rate card was not imported; nothing changed.</source>
        <translation>A tabela não foi importada; nada mudou.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/pricing/ratecardimport.cpp" line="191"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverDialog</name>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="36"/>
        <source>Receive delivery reports and customers&apos; replies</source>
        <translation>Receber relatórios de entrega e respostas dos clientes</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="38"/>
        <source>Also listen on this computer&apos;s network addresses</source>
        <translation>Escutar também nos endereços de rede deste computador</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="43"/>
        <source>Send a test report</source>
        <translation>Enviar um relatório de teste</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="44"/>
        <source>Point this number&apos;s webhooks here</source>
        <translation>Direcionar para cá os webhooks deste número</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="45"/>
        <source>Show the verify token</source>
        <translation>Mostrar o token de verificação</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="46"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="50"/>
        <source>Delivery reports and replies</source>
        <translation>Relatórios de entrega e respostas</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="56"/>
        <source>Off (the safe choice): only programs on this computer reach the receiver, which is all a tunnel such as cloudflared or ngrok needs. On: other computers on your network reach it too; choose this only when a proxy on another computer forwards the providers&apos; calls here.</source>
        <translation>Desligado (a escolha segura): só os programas deste computador chegam ao receptor, que é tudo de que um túnel como cloudflared ou ngrok precisa. Ligado: outros computadores da sua rede também chegam; escolha isso só quando um proxy em outro computador encaminha para cá as chamadas dos provedores.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="75"/>
        <source>Addresses per sender</source>
        <translation>Endereços por remetente</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="76"/>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="76"/>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="76"/>
        <source>Address to give the provider</source>
        <translation>Endereço a informar ao provedor</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="84"/>
        <source>Twilio and Meta tell Tandem when a message was delivered or read, when one failed later, and when a customer writes back, by calling a web address (a webhook). Tandem&apos;s receiver listens on this computer. The internet reaches it through a tunnel: a small free program that gives this computer a public web address while it runs, such as Cloudflare&apos;s cloudflared (start it with &quot;cloudflared tunnel --url http://localhost:8080&quot;) or ngrok (&quot;ngrok http 8080&quot;). Enter the address it prints below. A business with a small server that is always on can run the receiver there instead, with Tandem&apos;s command-line program: &quot;tandem-cli webhooks serve&quot;.

Without a receiver Tandem asks Twilio about each message itself, a minute after sending and then less often. Meta cannot be asked: its reports and replies only arrive through a webhook.</source>
        <translation>A Twilio e a Meta avisam o Tandem quando uma mensagem foi entregue ou lida, quando uma falhou depois e quando um cliente responde, chamando um endereço web (um webhook). O receptor do Tandem escuta neste computador. A internet chega até ele por um túnel: um pequeno programa gratuito que dá a este computador um endereço web público enquanto roda, como o cloudflared da Cloudflare (inicie com &quot;cloudflared tunnel --url http://localhost:8080&quot;) ou o ngrok (&quot;ngrok http 8080&quot;). Digite abaixo o endereço que ele mostrar. Uma empresa com um pequeno servidor sempre ligado pode rodar o receptor lá, com o programa de linha de comando do Tandem: &quot;tandem-cli webhooks serve&quot;.

Sem receptor, o Tandem pergunta à Twilio sobre cada mensagem, um minuto depois de enviá-la e depois com menos frequência. A Meta não pode ser consultada: os relatórios e respostas dela só chegam por um webhook.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="98"/>
        <source>Twilio: Tandem gives the status address with every message; paste the incoming-messages address into your WhatsApp sender&apos;s settings in the Twilio Console. Meta: in your app&apos;s dashboard, under WhatsApp &gt; Configuration, enter the address and the sender&apos;s webhook verify token, subscribe to &quot;messages&quot;, and make sure the sender has the App Secret (it checks Meta&apos;s signature) - or let Tandem point the number&apos;s webhooks here.</source>
        <translation>Twilio: o Tandem informa o endereço de status com cada mensagem; cole o endereço de mensagens recebidas nas configurações do seu remetente do WhatsApp no Twilio Console. Meta: no painel do seu app, em WhatsApp &gt; Configuração, informe o endereço e o token de verificação do webhook do remetente, assine &quot;messages&quot; e garanta que o remetente tenha a chave secreta do app (ela verifica a assinatura da Meta), ou deixe o Tandem apontar para cá os webhooks do número.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="109"/>
        <source>Port on this computer:</source>
        <translation>Porta neste computador:</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="111"/>
        <source>Public address:</source>
        <translation>Endereço público:</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="191"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="200"/>
        <source>&lt;public address&gt;</source>
        <translation>&lt;endereço público&gt;</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="209"/>
        <source>incoming messages: %1</source>
        <translation>mensagens recebidas: %1</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="215"/>
        <source>Twilio is told where to send delivery reports with each message (%1).</source>
        <translation>O Twilio recebe com cada mensagem o endereço para onde enviar os relatórios de entrega (%1).</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="218"/>
        <source>Tandem gives this address to %1 itself, with the sender&apos;s webhook key: choose &quot;Point this number&apos;s webhooks here&quot;.</source>
        <translation>O próprio Tandem informa este endereço à %1, com a chave de webhook do remetente: escolha &quot;Direcionar para cá os webhooks deste número&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="221"/>
        <source>Paste this into Meta&apos;s app dashboard with the sender&apos;s webhook verify token.</source>
        <translation>Cole isto no painel do app da Meta com o token de verificação do webhook do remetente.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="235"/>
        <source>The receiver is listening on port %1.</source>
        <translation>O receptor está escutando na porta %1.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="237"/>
        <source>The receiver is not running: %1</source>
        <translation>O receptor não está em execução: %1</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="239"/>
        <source>The receiver is off: Tandem asks Twilio for each message&apos;s status; Meta&apos;s reports cannot arrive.</source>
        <translation>O receptor está desligado: o Tandem pergunta ao Twilio o status de cada mensagem; os relatórios da Meta não podem chegar.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="266"/>
        <source>This sender has no webhook verify token yet: choose a phrase and enter it under Edit, then the same phrase in Meta&apos;s dashboard.</source>
        <translation>Este remetente ainda não tem token de verificação do webhook: escolha uma frase e informe-a em Editar, depois a mesma frase no painel da Meta.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="270"/>
        <source>Verify token for Meta&apos;s dashboard: %1</source>
        <translation>Token de verificação para o painel da Meta: %1</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="294"/>
        <source>Sending a signed test report to %1…</source>
        <translation>Enviando um relatório de teste assinado para %1…</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="315"/>
        <source>Asking %1 to send this number&apos;s webhooks to %2…</source>
        <translation>Pedindo a %1 que envie os webhooks deste número para %2…</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="334"/>
        <source>%1 now sends this number&apos;s webhooks to %2.</source>
        <translation>%1 agora envia os webhooks deste número para %2.</translation>
    </message>
    <message>
        <location filename="../ui/webhooks/receiverdialog.cpp" line="325"/>
        <source>Set the sender&apos;s webhook verify token first (Edit).</source>
        <translation>Informe primeiro o token de verificação do webhook do remetente (Editar).</translation>
    </message>
</context>
<context>
    <name>ReceiverSettings</name>
    <message>
        <location filename="../core/webhooks/publicurl.cpp" line="25"/>
        <source>The public address must be a web address such as https://shop.trycloudflare.com.</source>
        <translation>O endereço público deve ser um endereço da web como https://loja.trycloudflare.com.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/publicurl.cpp" line="28"/>
        <source>The public address is the receiver&apos;s root: leave out anything after ? or #.</source>
        <translation>O endereço público é a raiz do receptor: tire o que vier depois de ? ou #.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/publicurl.cpp" line="31"/>
        <source>The public address cannot carry a user name or password.</source>
        <translation>O endereço público não pode levar nome de usuário nem senha.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/publicurl.cpp" line="34"/>
        <source>Meta only calls https:// addresses; a tunnel (cloudflared, ngrok) gives you one.</source>
        <translation>A Meta só chama endereços https://; um túnel (cloudflared, ngrok) fornece um.</translation>
    </message>
</context>
<context>
    <name>ReceiverThread</name>
    <message>
        <location filename="../core/webhooks/receiverthread.cpp" line="41"/>
        <source>Port %1 is in use or not allowed: choose another in the delivery report settings.</source>
        <translation>A porta %1 está em uso ou não é permitida: escolha outra nas configurações dos relatórios de entrega.</translation>
    </message>
</context>
<context>
    <name>RecipientDetail</name>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="33"/>
        <source>Selected recipient</source>
        <translation>Destinatário selecionado</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="34"/>
        <source>Attempts for the selected recipient</source>
        <translation>Tentativas do destinatário selecionado</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="50"/>
        <source>Choose a recipient to see what happened to their message.</source>
        <translation>Escolha um destinatário para ver o que aconteceu com a mensagem dele.</translation>
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
            <numerusform>%1: %2 após %n tentativa.</numerusform>
            <numerusform>%1: %2 após %n tentativas.</numerusform>
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
        <translation>Id da mensagem no provedor: %1</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="86"/>
        <source>Not handed to a provider yet.</source>
        <translation>Ainda não entregue a nenhum provedor.</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="90"/>
        <source>Every attempt:</source>
        <translation>Todas as tentativas:</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="94"/>
        <source>a sender since removed</source>
        <translation>um remetente já removido</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipientdetail.cpp" line="95"/>
        <source>%1, through %2: %3</source>
        <translation>%1, por %2: %3</translation>
    </message>
</context>
<context>
    <name>RecipientList</name>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="26"/>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="33"/>
        <source>The first line must name the columns, one of them &quot;phone&quot;. Found: %1</source>
        <translation>A primeira linha deve nomear as colunas, uma delas &quot;phone&quot;. Encontrado: %1</translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="40"/>
        <source>Variable %1 uses the column &quot;%2&quot;, which the file does not have.</source>
        <translation>A variável %1 usa a coluna &quot;%2&quot;, que o arquivo não tem.</translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="78"/>
        <source>No value in column &quot;%1&quot; for variable.</source>
        <translation>Não há valor na coluna &quot;%1&quot; para a variável.</translation>
    </message>
    <message>
        <location filename="../core/outbox/recipientlist.cpp" line="83"/>
        <source>%1 is already in the list; sent once.</source>
        <translation>%1 já está na lista; enviado uma vez.</translation>
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
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="274"/>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="276"/>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="278"/>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="280"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/activity/recipienttablemodel.cpp" line="282"/>
        <source>What it means</source>
        <translation>O que significa</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <location filename="../core/outbox/reconciler.cpp" line="146"/>
        <source>Tandem could not ask the provider whether it arrived (%1) and will try again.</source>
        <translation>O Tandem não conseguiu perguntar ao provedor se ela chegou (%1) e vai tentar de novo.</translation>
    </message>
    <message>
        <location filename="../core/outbox/reconciler.cpp" line="166"/>
        <source>The provider has no record of this message, even after Tandem sent it once more without an answer. Resend it or drop it.</source>
        <translation>O provedor não tem registro desta mensagem, nem depois de o Tandem enviá-la mais uma vez sem resposta. Reenvie ou descarte.</translation>
    </message>
</context>
<context>
    <name>RepliesView</name>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="38"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Enviar resposta</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="41"/>
        <source>Send te&amp;mplate</source>
        <translation>Enviar &amp;modelo</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="47"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="56"/>
        <source>Messages with this customer</source>
        <translation>Mensagens com este cliente</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="69"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="70"/>
        <source>Write a reply…</source>
        <translation>Escreva uma resposta…</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="74"/>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="76"/>
        <source>Outside the 24-hour window a reply must be a template: its name (Meta) or Content SID (Twilio).</source>
        <translation>Fora da janela de 24 horas, uma resposta precisa ser um modelo: o nome (Meta) ou o Content SID (Twilio).</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="77"/>
        <source>Template name (Meta) or Content SID HX… (Twilio)</source>
        <translation>Nome do modelo (Meta) ou Content SID HX… (Twilio)</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="79"/>
        <source>Template language</source>
        <translation>Idioma do modelo</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="80"/>
        <source>Language, e.g. en_US</source>
        <translation>Idioma, ex.: pt_BR</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="235"/>
        <source>Choose a conversation on the left.</source>
        <translation>Escolha uma conversa à esquerda.</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="245"/>
        <source>They opted out: Tandem sends them nothing, not even a reply, until they write START or you subscribe them again under Contacts.</source>
        <translation>Eles se descadastraram: o Tandem não lhes envia nada, nem uma resposta, até escreverem START ou você inscrevê-los de novo em Contatos.</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="254"/>
        <source>Free text reaches them until %1.</source>
        <translation>Texto livre chega até %1.</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="257"/>
        <source>Choose a template below.</source>
        <translation>Escolha um modelo abaixo.</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="284"/>
        <source>Reply queued; it goes out in a moment.</source>
        <translation>Resposta na fila; ela sai em instantes.</translation>
    </message>
    <message>
        <location filename="../ui/replies/repliesview.cpp" line="310"/>
        <source>Template queued; it goes out in a moment.</source>
        <translation>Modelo na fila; ele sai em instantes.</translation>
    </message>
</context>
<context>
    <name>ReportedCostFetcher</name>
    <message numerus="yes">
        <location filename="../ui/analytics/reportedcostfetcher.cpp" line="66"/>
        <source>What Meta charged: asked at %1 for %n sender(s).</source>
        <translation>
            <numerusform>O que a Meta cobrou: perguntado às %1 para %n remetente.</numerusform>
            <numerusform>O que a Meta cobrou: perguntado às %1 para %n remetentes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/reportedcostfetcher.cpp" line="67"/>
        <source>What Meta charged could not be read: %1</source>
        <translation>Não foi possível ler o que a Meta cobrou: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="22"/>
        <source>This secret is not in the system keychain. Enter it again in the sender&apos;s settings.</source>
        <translation>Este segredo não está no chaveiro do sistema. Informe-o de novo nas configurações do remetente.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="28"/>
        <source>No system keychain is available. Tandem keeps tokens only in the keychain: on Linux, start a Secret Service such as GNOME Keyring or KWallet and try again.</source>
        <translation>Não há nenhum chaveiro do sistema disponível. O Tandem guarda os tokens só no chaveiro: no Linux, inicie um Secret Service como o GNOME Keyring ou o KWallet e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="35"/>
        <source>The system keychain refused access. Unlock it (or allow Tandem when asked) and try again.</source>
        <translation>O chaveiro do sistema negou o acesso. Desbloqueie-o (ou permita o Tandem quando pedido) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/secrets/keychainsecretstore.cpp" line="40"/>
        <source>The system keychain reported an error: %1</source>
        <translation>O chaveiro do sistema informou um erro: %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="20"/>
        <source>Send n&amp;ow</source>
        <translation>Enviar ag&amp;ora</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="21"/>
        <source>Send &amp;at:</source>
        <translation>Enviar e&amp;m:</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="23"/>
        <source>Stop it if it would cost &amp;more than:</source>
        <translation>Parar se c&amp;ustar mais de:</translation>
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
        <translation>Promoção de primavera, 1º lembrete</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="56"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="68"/>
        <source>&amp;Schedule</source>
        <translation>Agen&amp;dar</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="71"/>
        <location filename="../ui/composer/sendpage.cpp" line="112"/>
        <source>Preparing %v of %m messages…</source>
        <translation>Preparando %v de %m mensagens…</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="78"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="82"/>
        <source>This sender&apos;s bu&amp;dget for each month:</source>
        <translation>Orçamento deste remetente para cada mê&amp;s:</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="86"/>
        <source>A scheduled broadcast starts when Tandem is running at that time; if it is closed then, it starts the next time Tandem opens.</source>
        <translation>Uma transmissão agendada começa se o Tandem estiver aberto nessa hora; se estiver fechado, ela começa na próxima vez que o Tandem abrir.</translation>
    </message>
    <message>
        <location filename="../ui/composer/sendpage.cpp" line="124"/>
        <source>Uploading %1…</source>
        <translation>Enviando %1…</translation>
    </message>
</context>
<context>
    <name>SenderPool</name>
    <message>
        <location filename="../core/outbox/senderpool.cpp" line="145"/>
        <source>Unknown provider.</source>
        <translation>Provedor desconhecido.</translation>
    </message>
    <message>
        <location filename="../core/outbox/senderpool.cpp" line="148"/>
        <source>The token of &quot;%1&quot; is not in this computer&apos;s keychain: another computer sharing the database sends for it, or add the token here (Edit).</source>
        <translation>O token de &quot;%1&quot; não está no chaveiro deste computador: outro computador que compartilha o banco de dados envia por ele, ou adicione o token aqui (Editar).</translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <location filename="../ui/wizard/setupcontroller.cpp" line="109"/>
        <source>%1 (replaced)</source>
        <translation>%1 (substituído)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="19"/>
        <source>Set up WhatsApp</source>
        <translation>Configurar o WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="38"/>
        <source>Switch &quot;%1&quot; to another provider</source>
        <translation>Trocar &quot;%1&quot; para outro provedor</translation>
    </message>
</context>
<context>
    <name>SharedDatabase</name>
    <message>
        <location filename="../core/storage/shareddatabase.cpp" line="47"/>
        <source>A shared database&apos;s address starts with postgresql://, for example postgresql://shop@db.example.com:5432/tandem.</source>
        <translation>O endereço de um banco de dados compartilhado começa com postgresql://, por exemplo postgresql://loja@db.example.com:5432/tandem.</translation>
    </message>
    <message>
        <location filename="../core/storage/shareddatabase.cpp" line="51"/>
        <source>The address needs a server and a database name, for example postgresql://shop@db.example.com:5432/tandem.</source>
        <translation>O endereço precisa de um servidor e do nome do banco de dados, por exemplo postgresql://loja@db.example.com:5432/tandem.</translation>
    </message>
    <message>
        <location filename="../core/storage/shareddatabase.cpp" line="54"/>
        <source>Leave the password out of the address and type it in the password field: Tandem keeps it in this computer&apos;s keychain, never in its settings.</source>
        <translation>Não coloque a senha no endereço; digite-a no campo de senha: o Tandem a guarda no chaveiro deste computador, nunca nas configurações.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="22"/>
        <source>&amp;Check connection</source>
        <translation>&amp;Verificar a conexão</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="23"/>
        <source>&amp;Use this database</source>
        <translation>&amp;Usar este banco de dados</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="24"/>
        <source>Use this computer&apos;s &amp;file</source>
        <translation>Usar o &amp;arquivo deste computador</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="28"/>
        <source>Shared database</source>
        <translation>Banco de dados compartilhado</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="31"/>
        <source>Several computers (a second desk, or a small server running tandem-cli serve) can share one PostgreSQL database: every desk sees the same contacts, broadcasts and replies. Tokens stay in each computer&apos;s keychain; a computer without a sender&apos;s token shows it as &quot;token needed on this computer&quot; and the sending happens where the token is. Tandem opens the database at its next start.</source>
        <translation>Vários computadores (um segundo balcão ou um servidor pequeno com tandem-cli serve) podem compartilhar um banco de dados PostgreSQL: todos veem os mesmos contatos, transmissões e respostas. Os tokens ficam no chaveiro de cada computador; um computador sem o token de um remetente o mostra como &quot;token necessário neste computador&quot; e o envio acontece onde está o token. O Tandem abre o banco de dados na próxima abertura.</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="43"/>
        <source>kept in this computer&apos;s keychain</source>
        <translation>fica no chaveiro deste computador</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="52"/>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="53"/>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="98"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="105"/>
        <source>✔ Connected. The database is ready for Tandem (format %1). &quot;Use this database&quot; saves it for the next start.</source>
        <translation>✔ Conectado. O banco de dados está pronto para o Tandem (formato %1). &quot;Usar este banco de dados&quot; o salva para a próxima abertura.</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="131"/>
        <source>Saved. Tandem opens %1 at its next start; restart it now to switch.</source>
        <translation>Salvo. O Tandem abre %1 na próxima abertura; reinicie-o agora para trocar.</translation>
    </message>
    <message>
        <location filename="../ui/settings/shareddatabasedialog.cpp" line="140"/>
        <source>Tandem opens this computer&apos;s own file again at its next start.</source>
        <translation>O Tandem volta a abrir o arquivo próprio deste computador na próxima abertura.</translation>
    </message>
</context>
<context>
    <name>StateText</name>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="7"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
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
        <translation>Aceitas</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="13"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="15"/>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="17"/>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="19"/>
        <source>Will retry</source>
        <translation>Vai tentar de novo</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="21"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="23"/>
        <location filename="../ui/activity/statetext.cpp" line="44"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="25"/>
        <source>Unconfirmed</source>
        <translation>Não confirmada</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="27"/>
        <source>Skipped</source>
        <translation>Pulado</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="36"/>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="38"/>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="42"/>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <location filename="../ui/activity/statetext.cpp" line="46"/>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
</context>
<context>
    <name>TandemCli</name>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="75"/>
        <source>broadcast %1 %2: %3/%4 done, %5 accepted, %6 failed, %7 skipped, %8 waiting to retry</source>
        <translation>transmissão %1 %2: %3/%4 feitas, %5 aceitas, %6 com falha, %7 puladas, %8 aguardando nova tentativa</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="149"/>
        <location filename="../app/cli/contactcommands.cpp" line="23"/>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="160"/>
        <location filename="../app/cli/contactcommands.cpp" line="43"/>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="186"/>
        <source>%1 left out: %2</source>
        <translation>%1 ficam de fora: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="192"/>
        <source>Nobody on the list may receive this message.</source>
        <translation>Ninguém da lista pode receber esta mensagem.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="201"/>
        <source>--budget takes an amount in US dollars, like 25 or 12.50.</source>
        <translation>--budget recebe um valor em dólares americanos, como 25 ou 12.50.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="133"/>
        <source>Paused: %1</source>
        <translation>Pausada: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="244"/>
        <source>Paused by the owner.</source>
        <translation>Pausada pelo dono.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="266"/>
        <source>Choose --resend or --drop, not both.</source>
        <translation>Escolha --resend ou --drop, não os dois.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="285"/>
        <source>Row %1 of broadcast %2 is not unconfirmed.</source>
        <translation>A linha %1 da transmissão %2 não está não confirmada.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="303"/>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/broadcastcommands.cpp" line="307"/>
        <source>%n unanswered message(s) were found at the provider: accepted.</source>
        <translation>
            <numerusform>%n mensagem sem resposta foi encontrada no provedor: aceita.</numerusform>
            <numerusform>%n mensagens sem resposta foram encontradas no provedor: aceitas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/broadcastcommands.cpp" line="311"/>
        <source>%n unanswered message(s) had not reached the provider: sent once more.</source>
        <translation>
            <numerusform>%n mensagem sem resposta não tinha chegado ao provedor: enviada mais uma vez.</numerusform>
            <numerusform>%n mensagens sem resposta não tinham chegado ao provedor: enviadas mais uma vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="338"/>
        <source>Unknown broadcast command &quot;%1&quot;. Use start, status, pause, resume, cancel, retry-failed or unconfirmed.</source>
        <translation>Comando de transmissão desconhecido &quot;%1&quot;. Use start, status, pause, resume, cancel, retry-failed ou unconfirmed.</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="351"/>
        <source>Sending what the outbox holds; stop with Ctrl+C.</source>
        <translation>Enviando o que está na caixa de saída; pare com Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="37"/>
        <source>%1 imported, %2 merged, %3 rejected</source>
        <translation>%1 importados, %2 mesclados, %3 rejeitados</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="52"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="57"/>
        <source>%1 contacts written to %2</source>
        <translation>%1 contatos gravados em %2</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="74"/>
        <source>There is no contact %1.</source>
        <translation>Não há nenhum contato %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="81"/>
        <source>They may get messages again; your reason is kept with the change.</source>
        <translation>Podem voltar a receber mensagens; o seu motivo fica guardado com a mudança.</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="82"/>
        <source>They had not opted out: nothing changed.</source>
        <translation>Eles não tinham se descadastrado: nada mudou.</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="89"/>
        <source>Name the file: tandem-cli contacts %1 FILE</source>
        <translation>Informe o arquivo: tandem-cli contacts %1 ARQUIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="96"/>
        <source>Unknown contacts command &quot;%1&quot;. Use import, export or opt-in.</source>
        <translation>Comando de contacts desconhecido &quot;%1&quot;. Use import, export ou opt-in.</translation>
    </message>
    <message>
        <location filename="../app/cli/databasecommands.cpp" line="17"/>
        <source>db copy --from PATH.sqlite --to postgresql://user@host:5432/tandem</source>
        <translation>db copy --from CAMINHO.sqlite --to postgresql://usuario@servidor:5432/tandem</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/databasecommands.cpp" line="29"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n linha</numerusform>
            <numerusform>%1: %n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/databasecommands.cpp" line="37"/>
        <source>Copied %n row(s) from %1 to %2. Each computer keeps the senders&apos; tokens in its own keychain: add them where Tandem sends.</source>
        <translation>
            <numerusform>%n linha copiada de %1 para %2. Cada computador guarda os tokens dos remetentes no próprio chaveiro: adicione-os onde o Tandem envia.</numerusform>
            <numerusform>%n linhas copiadas de %1 para %2. Cada computador guarda os tokens dos remetentes no próprio chaveiro: adicione-os onde o Tandem envia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="55"/>
        <source>No customer has written yet.</source>
        <translation>Nenhum cliente escreveu ainda.</translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="60"/>
        <source>%1  %2  %3 unread  %4%5</source>
        <translation>%1  %2  %3 não lidas  %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="65"/>
        <source>  [opted out: %1]</source>
        <translation>  [descadastrado: %1]</translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="86"/>
        <source>Nobody with the number %1 has written to you.</source>
        <translation>Ninguém com o número %1 escreveu para você.</translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="114"/>
        <source>Free text reaches them until %1.</source>
        <translation>Texto livre chega até %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/inboxcommands.cpp" line="128"/>
        <source>inbox needs a command: list, or show NUMBER.</source>
        <translation>inbox precisa de um comando: list, ou show NÚMERO.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="157"/>
        <source>The database: a file, or postgresql://user@host:5432/tandem for one shared by several computers (default: $TANDEM_DB, then a file in the application-data folder).</source>
        <translation>O banco de dados: um arquivo, ou postgresql://usuario@servidor:5432/tandem para um compartilhado por vários computadores (padrão: $TANDEM_DB, senão um arquivo na pasta de dados do aplicativo).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="163"/>
        <source>templates lint/create: the template as Meta&apos;s create-template JSON.</source>
        <translation>templates lint/create: o modelo como JSON de criação de modelo da Meta.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="165"/>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="166"/>
        <source>The sender&apos;s name.</source>
        <translation>O nome do remetente.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="167"/>
        <source>twilio, meta_cloud or 360dialog.</source>
        <translation>twilio, meta_cloud ou 360dialog.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="168"/>
        <source>A non-secret setting, key=value (repeatable).</source>
        <translation>Uma configuração não secreta, chave=valor (pode repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="169"/>
        <source>Read secrets as key=value lines from standard input.</source>
        <translation>Ler os segredos como linhas chave=valor da entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="170"/>
        <source>The sender to send with.</source>
        <translation>O remetente pelo qual enviar.</translation>
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
        <translation>A linha de comando do Tandem: configure remetentes do WhatsApp (Twilio, a API de Nuvem da Meta ou a 360dialog) e envie mensagens.

Comandos:
  profile list [--json]                 os remetentes configurados no banco de dados
  profile show NOME [--json]            as configurações de um remetente (segredos só como definidos/não definidos)
  profile add --name N --provider twilio|meta_cloud|360dialog --set chave=valor … [--secrets-stdin]
  profile set NOME --set chave=valor … [--secrets-stdin]
  profile verify NOME                   verifica as credenciais com o provedor
  profile remove NOME                   remove o remetente e as entradas dele no chaveiro
  send --profile N --to NÚMERO (--text T | (--media-url U | --media-file A) [--caption C] |
       --template NOME --lang CÓDIGO [--var 1=valor …] | --content-sid HX… [--var 1=valor …])
  broadcast start --profile N --recipients ARQUIVO.csv (--text T | --media-url U | --media-file A |
       --template NOME --lang CÓDIGO | --content-sid HX…) [--var 1={coluna} …] [--budget USD] [--wait]
                                        uma mensagem para cada linha com uma coluna phone; recusada se o
                                        custo passaria de um orçamento. --media-file sobe uma vez para o
                                        remetente (Meta, 360dialog) e chega a todos pelo id
  broadcast status ID [--json] | pause ID | resume ID | cancel ID | retry-failed ID
  broadcast unconfirmed ID [--resend | --drop] [--row N]   enviadas, mas sem resposta: o provedor pode
                                        tê-las ou não; reenvie ou descarte (uma linha ou todas)
  outbox run [--lease-ms MS] [--public-url URL]   envia o que está na caixa de saída até Ctrl+C / SIGTERM;
                                        vários podem compartilhar um banco de dados (um envia por cada
                                        remetente de cada vez). Os status do Twilio chegam ao receptor de
                                        --public-url, ou são consultados sem ele
  serve [--port N] [--bind ENDEREÇO] [--public-url URL]   o Tandem sem janela para um servidor: envia
                                        a caixa de saída, executa o receptor de webhooks e pergunta ao
                                        Twilio onde nenhum webhook chega; registra no stdout; até
                                        SIGTERM (porta 8080)
  db copy --from CAMINHO.sqlite --to postgresql://usuario@servidor/tandem   leva os dados de um balcão
                                        para um banco de dados compartilhado (senha do PostgreSQL:
                                        PGPASSWORD ou ~/.pgpass)
  webhooks serve [--port N] [--bind ENDEREÇO] [--public-url URL]   o receptor de relatórios de
                                        entrega e mensagens de clientes, até Ctrl+C / SIGTERM (porta 8080)
  webhooks urls --public-url URL [--json]   os endereços a informar ao Twilio e à Meta, por remetente
  webhooks test PERFIL --public-url URL   envia para lá um relatório de teste assinado e confere se chegou
  webhooks point PERFIL --public-url URL   faz a Meta ou a 360dialog enviar para lá os webhooks deste número
  migrate plan REMETENTE --to NOVO [--json]   a transferência do número e dos disparos pendentes do
                                        remetente para NOVO (um remetente de outro provedor): o que é
                                        transferido, o que você faz, o que falta
  migrate run REMETENTE --to NOVO [--number-works] [--public-url URL]   a transferência, passo a passo;
                                        para até --number-works dizer que a mensagem de teste chegou;
                                        continua de onde parou;
                                        --create-templates primeiro envia os modelos que faltam em NOVO
  migrate register REMETENTE --to NOVO   registra o número de NOVO para enviar (Meta) com o PIN de
                                        6 dígitos lido da entrada padrão
  migrate status REMETENTE [--json] | undo REMETENTE   onde está a transferência; desfazê-la até NOVO enviar
  rates show [--country XX] [--json]    o preço da Meta por mensagem em cada mercado, com a data de cada um
  rates import ARQUIVO.csv [--effective AAAA-MM-DD]   atualiza os preços com a tabela que a Meta publica
  budget set REMETENTE USD|none         o orçamento do remetente para cada mês (budget show REMETENTE)
  budget set --broadcast ID USD|none    o orçamento de um disparo (budget show --broadcast ID)
  report broadcast ID [--json|--csv]    enviadas, entregues, lidas, respondidas, com falha por motivo e o custo
  report costs --from DATA --to DATA [--sender N] [--by day|week|month] [--json|--csv] [--ask-meta]
  templates sync NOME                   lê os modelos do remetente da conta dele para o Tandem
  templates list NOME [--json] | show NOME MODELO [--lang CÓDIGO]   o catálogo, com os status
  templates lint --file T.json [--json] confere o JSON de criação de modelo da Meta antes de enviá-lo
  templates create NOME --file T.json   confere e envia para a análise do WhatsApp (Twilio: como Content)
  inbox list [--json]                   os clientes que escreveram, os mais recentes primeiro, com não lidas
  inbox show NÚMERO [--json]            as mensagens de um cliente nos dois sentidos, e a janela de 24 horas
  contacts import ARQUIVO [--region XX] [--json]   CSV com uma coluna phone; linhas ruins informadas por linha
  contacts export ARQUIVO               todos os contatos como CSV que o import lê de volta
  contacts opt-in NÚMERO --reason TEXTO  inscreve de novo um cliente que se descadastrou (com o seu motivo)
  sandbox [--port N] [--latency-ms L] [--tls]   uma cópia local de treino das APIs dos dois provedores

Os segredos (auth_token, api_key_secret, access_token, app_secret, verify_token, api_key) são lidos como linhas
chave=valor da entrada padrão com --secrets-stdin e ficam só no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="152"/>
        <source>profile, send, broadcast, outbox, serve, webhooks, inbox, templates, contacts, migrate, rates, budget, report, db or sandbox</source>
        <translation>profile, send, broadcast, outbox, serve, webhooks, inbox, templates, contacts, migrate, rates, budget, report, db ou sandbox</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="161"/>
        <source>db copy: the database to copy from; report costs: the first day (YYYY-MM-DD).</source>
        <translation>db copy: o banco de dados de origem; report costs: o primeiro dia (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="172"/>
        <source>The recipient&apos;s number, best with + and country code; migrate: the sender to move to; report costs: the last day (YYYY-MM-DD).</source>
        <translation>O número do destinatário, de preferência com + e o código do país; migrate: o remetente para onde mudar; report costs: o último dia (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="175"/>
        <source>broadcast start: the most it may cost, in US dollars.</source>
        <translation>broadcast start: o máximo que pode custar, em dólares americanos.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="176"/>
        <source>budget: the broadcast whose budget to set or show.</source>
        <translation>budget: o disparo cujo orçamento definir ou mostrar.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="177"/>
        <source>rates import: when the file&apos;s prices take effect, if it does not say.</source>
        <translation>rates import: quando os preços do arquivo entram em vigor, se ele não disser.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="179"/>
        <source>rates show: one country&apos;s market and prices.</source>
        <translation>rates show: o mercado e os preços de um país.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="180"/>
        <source>report costs: only this sender.</source>
        <translation>report costs: só este remetente.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="181"/>
        <source>report costs: day (default), week or month.</source>
        <translation>report costs: day (padrão), week ou month.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="183"/>
        <source>report costs: first ask Meta what the days cost (its pricing analytics) for each sender that can say.</source>
        <translation>report costs: primeiro perguntar à Meta quanto custaram os dias (sua análise de preços) para cada remetente que possa informar.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="185"/>
        <source>Print CSV.</source>
        <translation>Imprime CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="186"/>
        <source>migrate run: the test message from the new sender arrived.</source>
        <translation>migrate run: a mensagem de teste do novo remetente chegou.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="188"/>
        <source>migrate run: first submit, at the new sender, the templates the waiting broadcasts need and it lacks.</source>
        <translation>migrate run: primeiro enviar, no remetente novo, os modelos de que as transmissões em espera precisam e que ele não tem.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="190"/>
        <source>Send this text.</source>
        <translation>Enviar este texto.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="191"/>
        <source>Send the media at this public link.</source>
        <translation>Enviar a mídia deste link público.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="193"/>
        <source>Send this file from this computer: uploaded once to the sender (Meta or 360dialog).</source>
        <translation>Envia este arquivo deste computador: ele sobe uma vez para o remetente (Meta ou 360dialog).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="195"/>
        <source>image (default), document, video or audio.</source>
        <translation>image (padrão), document, video ou audio.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="196"/>
        <source>A caption for the media.</source>
        <translation>Uma legenda para a mídia.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="197"/>
        <source>Send this approved Meta template.</source>
        <translation>Enviar este modelo aprovado da Meta.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="198"/>
        <source>The template&apos;s language code, e.g. en_US.</source>
        <translation>O código de idioma do modelo, ex.: pt_BR.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="199"/>
        <source>The template header&apos;s text variable.</source>
        <translation>A variável de texto do cabeçalho do modelo.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="200"/>
        <source>The template header&apos;s image link.</source>
        <translation>O link da imagem do cabeçalho do modelo.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="201"/>
        <source>Send this Twilio Content template.</source>
        <translation>Enviar este modelo de conteúdo do Twilio.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="202"/>
        <source>A template variable, name=value (repeatable).</source>
        <translation>Uma variável do modelo, nome=valor (pode repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="203"/>
        <source>sandbox: the port to listen on (default: a free one).</source>
        <translation>sandbox: a porta em que escutar (padrão: uma livre).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="204"/>
        <source>sandbox: delay every answer by this long.</source>
        <translation>sandbox: atrasar cada resposta por este tempo.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="206"/>
        <source>sandbox: serve HTTPS with a certificate made at start (trusted through TANDEM_EXTRA_CA).</source>
        <translation>sandbox: servir HTTPS com um certificado criado ao iniciar (confiável via TANDEM_EXTRA_CA).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="209"/>
        <source>contacts import: the country of numbers written without a country code, e.g. DE.</source>
        <translation>contacts import: o país dos números escritos sem código do país, ex.: BR.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="211"/>
        <source>broadcast: a CSV file with a phone column.</source>
        <translation>broadcast: um arquivo CSV com uma coluna phone.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="212"/>
        <source>broadcast start: send now and show progress until done.</source>
        <translation>broadcast start: enviar agora e mostrar o progresso até terminar.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="213"/>
        <source>broadcast unconfirmed: send them again.</source>
        <translation>broadcast unconfirmed: enviá-las de novo.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="214"/>
        <source>broadcast unconfirmed: do not send them again.</source>
        <translation>broadcast unconfirmed: não enviá-las de novo.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="215"/>
        <source>broadcast unconfirmed: only this row (see the list).</source>
        <translation>broadcast unconfirmed: só esta linha (veja a lista).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="217"/>
        <source>outbox run: how long a claim stays ours without a heartbeat; another worker takes over after it (default 30000).</source>
        <translation>outbox run: por quanto tempo uma reserva continua nossa sem sinal de vida; depois outro processo a assume (padrão 30000).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="222"/>
        <source>How long after an unanswered send Tandem asks Twilio whether it arrived (default 20000).</source>
        <translation>Quanto tempo depois de um envio sem resposta o Tandem pergunta ao Twilio se ele chegou (padrão 20000).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="225"/>
        <source>How many requests may be under way at once (default 48).</source>
        <translation>Quantas solicitações podem estar em andamento ao mesmo tempo (padrão 48).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="226"/>
        <source>Give up on a provider request after this long without progress.</source>
        <translation>Desistir de uma solicitação ao provedor depois deste tempo sem progresso.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="229"/>
        <source>send, broadcast start: send free text even though the customer has not written in the last 24 hours here (they wrote to you outside Tandem). Never past an opt-out.</source>
        <translation>send, broadcast start: envia texto livre mesmo que o cliente não tenha escrito aqui nas últimas 24 horas (escreveu para você fora do Tandem). Nunca por cima de um descadastro.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="232"/>
        <source>contacts opt-in: why they may get messages again (kept with the change).</source>
        <translation>contacts opt-in: por que podem voltar a receber mensagens (fica guardado com a mudança).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="235"/>
        <source>The webhook receiver&apos;s public address (its &quot;/&quot;), as Twilio and Meta reach it: behind a proxy or tunnel, the address they sign.</source>
        <translation>O endereço público do receptor de webhooks (o &quot;/&quot; dele), como o Twilio e a Meta o alcançam: atrás de um proxy ou túnel, o endereço que eles assinam.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="239"/>
        <source>webhooks serve: the address to listen on (default 0.0.0.0, every address).</source>
        <translation>webhooks serve: o endereço em que escutar (padrão 0.0.0.0, todos os endereços).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="242"/>
        <source>outbox run: first ask Twilio for a message&apos;s status this long after it was accepted (default 60000); later questions come 5, 30, 120, … times as late.</source>
        <translation>outbox run: perguntar primeiro ao Twilio o status de uma mensagem este tempo depois de aceita (padrão 60000); as perguntas seguintes vêm 5, 30, 120, … vezes mais tarde.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="265"/>
        <source>The sandbox could not listen on port %1.</source>
        <translation>O sandbox não conseguiu escutar na porta %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="268"/>
        <source>Tandem sandbox listening on %1 (open it in a browser for the example credentials). Stop it with Ctrl+C.</source>
        <translation>Sandbox do Tandem escutando em %1 (abra-o em um navegador para ver as credenciais de exemplo). Pare-o com Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="274"/>
        <source>Its certificate: %1 (trust it with TANDEM_EXTRA_CA=%1)</source>
        <translation>O certificado dele: %1 (confie nele com TANDEM_EXTRA_CA=%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="314"/>
        <source>--public-url is not usable: %1</source>
        <translation>--public-url não serve: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="338"/>
        <source>profile needs a command: list, show, add, set, remove or verify.</source>
        <translation>profile precisa de um comando: list, show, add, set, remove ou verify.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="346"/>
        <source>broadcast needs a command: start, status, pause, resume, cancel, retry-failed or unconfirmed.</source>
        <translation>broadcast precisa de um comando: start, status, pause, resume, cancel, retry-failed ou unconfirmed.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="395"/>
        <source>Unknown command &quot;%1&quot;. See tandem-cli --help.</source>
        <translation>Comando desconhecido &quot;%1&quot;. Veja tandem-cli --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="21"/>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation>&quot;%1&quot; não é chave=valor.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="285"/>
        <location filename="../app/cli/profilecommands.cpp" line="35"/>
        <source>Could not read standard input.</source>
        <translation>Não foi possível ler a entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="44"/>
        <source>Line %1 of standard input is not key=value.</source>
        <translation>A linha %1 da entrada padrão não é chave=valor.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="56"/>
        <source>%1 has no setting &quot;%2&quot;. Its settings are: %3.</source>
        <translation>%1 não tem a configuração &quot;%2&quot;. As configurações dele são: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="64"/>
        <source>%1 is a secret: give it on standard input with --secrets-stdin (a line &quot;%2=…&quot;), never as an argument.</source>
        <translation>%1 é um segredo: informe-o pela entrada padrão com --secrets-stdin (uma linha &quot;%2=…&quot;), nunca como argumento.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="111"/>
        <source>No WhatsApp sender set up yet. Add one with: tandem-cli profile add --name NAME --provider twilio|meta_cloud|360dialog --set key=value … --secrets-stdin</source>
        <translation>Ainda não há nenhum remetente do WhatsApp configurado. Adicione um com: tandem-cli profile add --name NOME --provider twilio|meta_cloud|360dialog --set chave=valor … --secrets-stdin</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="117"/>
        <source>not checked yet</source>
        <translation>ainda não verificado</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="118"/>
        <source>verified %1</source>
        <translation>verificado %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="119"/>
        <source>check failed %1</source>
        <translation>a verificação falhou %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="129"/>
        <source>Name the sender: tandem-cli profile show NAME</source>
        <translation>Informe o remetente: tandem-cli profile show NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="166"/>
        <source>Choose a provider with --provider: %1.</source>
        <translation>Escolha um provedor com --provider: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="183"/>
        <source>Added sender &quot;%1&quot; (%2).</source>
        <translation>Remetente &quot;%1&quot; adicionado (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="190"/>
        <source>Name the sender: tandem-cli profile set NAME --set key=value</source>
        <translation>Informe o remetente: tandem-cli profile set NOME --set chave=valor</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="213"/>
        <source>Updated sender &quot;%1&quot;.</source>
        <translation>Remetente &quot;%1&quot; atualizado.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="220"/>
        <source>Name the sender: tandem-cli profile remove NAME</source>
        <translation>Informe o remetente: tandem-cli profile remove NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="226"/>
        <source>Removed sender &quot;%1&quot; and its keychain entries.</source>
        <translation>Remetente &quot;%1&quot; removido, com as entradas dele no chaveiro.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="233"/>
        <source>Name the sender: tandem-cli profile verify NAME</source>
        <translation>Informe o remetente: tandem-cli profile verify NOME</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="275"/>
        <source>Unknown profile command &quot;%1&quot;. Use list, show, add, set, remove or verify.</source>
        <translation>Comando de perfil desconhecido &quot;%1&quot;. Use list, show, add, set, remove ou verify.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="42"/>
        <source>Choose the sender with --profile NAME.</source>
        <translation>Escolha o remetente com --profile NOME.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="70"/>
        <source>Send a template (--template or --content-sid), or add --ignore-window if they wrote to you outside Tandem.</source>
        <translation>Envie um modelo (--template ou --content-sid), ou adicione --ignore-window se ele escreveu para você fora do Tandem.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="42"/>
        <location filename="../app/cli/webhookcommands.cpp" line="91"/>
        <source>--bind takes an IP address, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>--bind recebe um endereço IP, como 127.0.0.1 ou 0.0.0.0.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="48"/>
        <location filename="../app/cli/webhookcommands.cpp" line="97"/>
        <source>The receiver could not listen on port %1 (in use, or not allowed).</source>
        <translation>O receptor não conseguiu escutar na porta %1 (em uso ou não permitida).</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="38"/>
        <source>Give the template&apos;s JSON with --file T.json (could not read &quot;%1&quot;).</source>
        <translation>Informe o JSON do modelo com --file T.json (não foi possível ler &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="43"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 não é um objeto JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="59"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="59"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="62"/>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="102"/>
        <source>&quot;%1&quot; has no template %2 (sync first?).</source>
        <translation>&quot;%1&quot; não tem o modelo %2 (sincronizou antes?).</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="107"/>
        <source>No templates: run templates sync &quot;%1&quot; first.</source>
        <translation>Não há modelos: execute templates sync &quot;%1&quot; antes.</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="139"/>
        <source>This hour&apos;s %1 template requests to Meta are used up; try again in an hour.</source>
        <translation>As %1 solicitações de modelos à Meta desta hora já foram usadas; tente de novo daqui a uma hora.</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="171"/>
        <source>templates needs a sender: templates sync|list|create NAME, templates show NAME TEMPLATE.</source>
        <translation>templates precisa de um remetente: templates sync|list|create NOME, templates show NOME MODELO.</translation>
    </message>
    <message>
        <location filename="../app/cli/templatecommands.cpp" line="182"/>
        <source>templates needs a command: sync, list, show, create or lint.</source>
        <translation>templates precisa de um comando: sync, list, show, create ou lint.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="45"/>
        <source>Give the receiver&apos;s public address with --public-url, for example https://tandem.example.com (what Twilio and Meta call).</source>
        <translation>Informe o endereço público do receptor com --public-url, por exemplo https://tandem.example.com (o que o Twilio e a Meta chamam).</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="67"/>
        <source>%1 (Twilio, id %2)
  status callback: %3
  incoming messages (in the sender&apos;s WhatsApp settings): %4
</source>
        <translation>%1 (Twilio, id %2)
  callback de status: %3
  mensagens recebidas (nas configurações do WhatsApp do remetente): %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="74"/>
        <source>%1 (Meta, id %2)
  callback URL for Meta&apos;s app dashboard (with the sender&apos;s verify token): %3
</source>
        <translation>%1 (Meta, id %2)
  URL de callback para o painel do app da Meta (com o token de verificação do remetente): %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="101"/>
        <source>Tandem webhook receiver listening on %1 port %2.</source>
        <translation>Receptor de webhooks do Tandem escutando em %1, porta %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="106"/>
        <source>No --public-url: signatures are checked against http://&lt;Host header&gt;/…, which only works without a proxy or tunnel in between.</source>
        <translation>Sem --public-url: as assinaturas são verificadas contra http://&lt;cabeçalho Host&gt;/…, o que só funciona sem um proxy ou túnel no meio.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="154"/>
        <source>%1 cannot be told where to send webhooks by Tandem; Twilio is told with each message.</source>
        <translation>O Tandem não pode dizer a %1 para onde enviar os webhooks; o Twilio é informado a cada mensagem.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="176"/>
        <source>%1 now sends this number&apos;s webhooks to %2.</source>
        <translation>%1 agora envia os webhooks deste número para %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="199"/>
        <source>webhooks needs a command: serve, urls, test PROFILE or point PROFILE.</source>
        <translation>webhooks precisa de um comando: serve, urls, test PERFIL ou point PERFIL.</translation>
    </message>
    <message>
        <location filename="../app/cli/webhookcommands.cpp" line="163"/>
        <source>Set the sender&apos;s webhook verify token first (profile set NAME --secrets-stdin, a line verify_token=…).</source>
        <translation>Informe primeiro o token de verificação do webhook do remetente (profile set NOME --secrets-stdin, uma linha verify_token=…).</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="38"/>
        <source>Name the sender that moves: migrate plan|run|register|status|undo SENDER --to NEW.</source>
        <translation>Informe o remetente a transferir: migrate plan|run|register|status|undo REMETENTE --to NOVO.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="57"/>
        <source>Name the sender it moves to with --to (set it up first with profile add).</source>
        <translation>Informe com --to o remetente para onde transferir (configure-o antes com profile add).</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="78"/>
        <source>Moving &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Transferência de &quot;%1&quot; para &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="79"/>
        <source>WhatsApp carries over by itself:</source>
        <translation>O WhatsApp mantém sozinho:</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="82"/>
        <source>Stays behind:</source>
        <translation>Fica para trás:</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="85"/>
        <source>What you do, in order:</source>
        <translation>O que você faz, em ordem:</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="92"/>
        <source>What Tandem changes:</source>
        <translation>O que o Tandem muda:</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="101"/>
        <source>Broadcast %1 (%2): </source>
        <translation>Disparo %1 (%2): </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="102"/>
        <source>%n message(s) move</source>
        <translation>
            <numerusform>%n mensagem é transferida</numerusform>
            <numerusform>%n mensagens são transferidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="104"/>
        <source>, as template %1</source>
        <translation>, como modelo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="133"/>
        <source>Moved %n broadcast(s)</source>
        <translation>
            <numerusform>%n disparo transferido</numerusform>
            <numerusform>%n disparos transferidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="134"/>
        <source> with %n message(s) not sent yet.</source>
        <translation>
            <numerusform> com %n mensagem ainda não enviada.</numerusform>
            <numerusform> com %n mensagens ainda não enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="138"/>
        <source>Archived the old sender with its history. Until the new sender sends, `migrate undo` takes it all back.</source>
        <translation>O remetente antigo foi arquivado com o histórico. Até o novo remetente enviar, `migrate undo` desfaz tudo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="158"/>
        <source>Copied %n approved template(s) to &quot;%1&quot;&apos;s account; run this again to go on.</source>
        <translation>
            <numerusform>%n modelo aprovado copiado para a conta de &quot;%1&quot;; rode isto de novo para continuar.</numerusform>
            <numerusform>%n modelos aprovados copiados para a conta de &quot;%1&quot;; rode isto de novo para continuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="164"/>
        <source>Submitted %n template(s) for WhatsApp&apos;s review at &quot;%1&quot;. Once approved (`templates sync &quot;%1&quot;`), run this again.</source>
        <translation>
            <numerusform>%n modelo enviado para a revisão do WhatsApp em &quot;%1&quot;. Quando for aprovado (`templates sync &quot;%1&quot;`), execute isto de novo.</numerusform>
            <numerusform>%n modelos enviados para a revisão do WhatsApp em &quot;%1&quot;. Quando forem aprovados (`templates sync &quot;%1&quot;`), execute isto de novo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="201"/>
        <source>Nothing moved yet. Once the number works at the new provider, send a test message from &quot;%1&quot;; when it arrived, run this again with --number-works.</source>
        <translation>Nada foi transferido ainda. Quando o número funcionar no novo provedor, envie uma mensagem de teste de &quot;%1&quot;; quando ela chegar, execute isto de novo com --number-works.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="219"/>
        <source>Point the new number&apos;s webhooks at the receiver with `webhooks point &quot;%1&quot; --public-url URL` (or give --public-url here).</source>
        <translation>Direcione os webhooks do novo número para o receptor com `webhooks point &quot;%1&quot; --public-url URL` (ou informe --public-url aqui).</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="245"/>
        <source>The new number&apos;s webhooks now go to %1.</source>
        <translation>Os webhooks do novo número agora vão para %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="261"/>
        <location filename="../app/cli/migratecommands.cpp" line="317"/>
        <source>&quot;%1&quot; has never moved.</source>
        <translation>&quot;%1&quot; nunca foi transferido.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="278"/>
        <source>%1 registers numbers in its own console; Tandem cannot do it.</source>
        <translation>%1 registra os números no próprio console; o Tandem não pode fazer isso.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="281"/>
        <source>The number&apos;s new two-step verification PIN (6 digits), then Enter:</source>
        <translation>O novo PIN de verificação em duas etapas do número (6 dígitos), depois Enter:</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="297"/>
        <source>The number of &quot;%1&quot; is registered for sending. Keep the PIN: WhatsApp asks for it when the number moves again.</source>
        <translation>O número de &quot;%1&quot; está registrado para enviar. Guarde o PIN: o WhatsApp pede quando o número for transferido de novo.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="322"/>
        <source>The move is undone: &quot;%1&quot; sends its broadcasts again.</source>
        <translation>A transferência foi desfeita: &quot;%1&quot; volta a enviar os disparos dele.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommands.cpp" line="340"/>
        <source>migrate needs a command: plan, run, register, status or undo.</source>
        <translation>migrate precisa de um comando: plan, run, register, status ou undo.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="95"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="98"/>
        <source>%1 is priced as Meta&apos;s market &quot;%2&quot;.</source>
        <translation>%1 tem os preços do mercado da Meta “%2”.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="101"/>
        <source>Meta&apos;s price per delivered message, US$ (marketing, utility and service, authentication), and the date it took effect:</source>
        <translation>Preço da Meta por mensagem entregue, em US$ (marketing, utilidade e serviço, autenticação), e a data em que entrou em vigor:</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="111"/>
        <source>  (older than a quarter)</source>
        <translation>  (tem mais de um trimestre)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="116"/>
        <source>Meta&apos;s volume tiers this month (estimates use the list prices above):</source>
        <translation>Faixas de volume da Meta neste mês (as estimativas usam os preços de tabela acima):</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="121"/>
        <source>Update it with Meta&apos;s current card: tandem-cli rates import FILE.csv</source>
        <translation>Atualize com a tabela atual da Meta: tandem-cli rates import ARQUIVO.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="131"/>
        <source>rates import needs Meta&apos;s rate card as a CSV file: %1</source>
        <translation>rates import precisa da tabela da Meta como arquivo CSV: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="132"/>
        <source>no file given</source>
        <translation>nenhum arquivo informado</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="142"/>
        <source>--effective takes a date like 2027-01-01.</source>
        <translation>--effective recebe uma data como 2027-01-01.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="143"/>
        <source>rate card imported from %1</source>
        <translation>tabela importada de %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="186"/>
        <source>budget set takes an amount in US dollars (or none): budget set SENDER 50 for its month, budget set --broadcast ID 12.50</source>
        <translation>budget set recebe um valor em dólares americanos (ou none): budget set REMETENTE 50 para o mês dele, budget set --broadcast ID 12.50</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="193"/>
        <source>budget needs a command: set or show.</source>
        <translation>budget precisa de um comando: set ou show.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="261"/>
        <source>Broadcast %1 %2</source>
        <translation>Disparo %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="286"/>
        <source>Meta could not say what %1&apos;s days cost: %2</source>
        <translation>A Meta não conseguiu informar quanto custaram os dias de %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="300"/>
        <source>report costs needs --from and --to as dates, like --from 2026-11-01 --to 2026-11-30.</source>
        <translation>report costs precisa de --from e --to como datas, por exemplo --from 2026-11-01 --to 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="365"/>
        <source>Estimated: US$ %1; reported by the providers: US$ %2</source>
        <translation>Estimado: US$ %1; informado pelos provedores: US$ %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="379"/>
        <source>rates needs a command: show or import.</source>
        <translation>rates precisa de um comando: show ou import.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="393"/>
        <source>report needs a command: broadcast or costs.</source>
        <translation>report precisa de um comando: broadcast ou costs.</translation>
    </message>
</context>
<context>
    <name>TemplateCatalogue</name>
    <message>
        <location filename="../core/templates/templatecatalogue.cpp" line="200"/>
        <source>A template is linked with one of another sender, not of the same one.</source>
        <translation>Um modelo é vinculado a um de outro remetente, não do mesmo.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="33"/>
        <source>&amp;Submit for review</source>
        <translation>&amp;Enviar para análise</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="36"/>
        <source>New template</source>
        <translation>Novo modelo</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="40"/>
        <source>Utility: about an order, an appointment, an account</source>
        <translation>Utilidade: sobre um pedido, um agendamento, uma conta</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="41"/>
        <source>Marketing: offers, news, invitations</source>
        <translation>Marketing: ofertas, novidades, convites</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="42"/>
        <source>Authentication: one-time codes</source>
        <translation>Autenticação: códigos de uso único</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="45"/>
        <source>No header</source>
        <translation>Sem cabeçalho</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="46"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="47"/>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="48"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="50"/>
        <source>Header text or media example link</source>
        <translation>Texto do cabeçalho ou link de exemplo da mídia</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="51"/>
        <source>The header&apos;s text, or a link to a sample file for the reviewers</source>
        <translation>O texto do cabeçalho, ou um link para um arquivo de exemplo para os analistas</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="54"/>
        <source>Hi {{1}}, your order {{2}} is ready for pickup today.</source>
        <translation>Olá {{1}}, seu pedido {{2}} está pronto para retirada hoje.</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="56"/>
        <source>An example for each variable, separated by commas: Ann, A-100</source>
        <translation>Um exemplo para cada variável, separados por vírgulas: Ana, A-100</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="60"/>
        <source>Quick-reply buttons, one per line (up to 10)</source>
        <translation>Botões de resposta rápida, um por linha (até 10)</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="63"/>
        <source>Link button text, e.g. See the order</source>
        <translation>Texto do botão de link, ex.: Ver o pedido</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="65"/>
        <source>Link button address</source>
        <translation>Endereço do botão de link</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="68"/>
        <source>Problems found before submitting</source>
        <translation>Problemas encontrados antes do envio</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="73"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="74"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="75"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="76"/>
        <source>&amp;Header:</source>
        <translation>Cabeçal&amp;ho:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="78"/>
        <source>&amp;Body:</source>
        <translation>C&amp;orpo:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="79"/>
        <source>&amp;Examples:</source>
        <translation>E&amp;xemplos:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="80"/>
        <source>&amp;Footer:</source>
        <translation>Ro&amp;dapé:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="81"/>
        <source>&amp;Quick replies:</source>
        <translation>Respostas &amp;rápidas:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="82"/>
        <source>Link b&amp;utton:</source>
        <translation>&amp;Botão de link:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="84"/>
        <source>Chec&amp;k</source>
        <translation>Con&amp;ferir</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="91"/>
        <source>What WhatsApp&apos;s reviewers would say:</source>
        <translation>O que os analistas do WhatsApp diriam:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="147"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="147"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../ui/templates/templateeditor.cpp" line="151"/>
        <source>No problems found: it is ready to submit.</source>
        <translation>Nenhum problema encontrado: está pronto para enviar.</translation>
    </message>
</context>
<context>
    <name>TemplateLinter</name>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="63"/>
        <source>Some {{ }} are not closed or opened: write each variable as {{1}} (or {{name}}).</source>
        <translation>Algumas {{ }} não estão fechadas ou abertas: escreva cada variável como {{1}} (ou {{name}}).</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="71"/>
        <source>A variable may not be the very first or last thing: add words before and after it.</source>
        <translation>Uma variável não pode ser a primeira nem a última coisa: adicione palavras antes e depois dela.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="75"/>
        <source>Two variables may not stand next to each other: put words between them.</source>
        <translation>Duas variáveis não podem ficar juntas: coloque palavras entre elas.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="81"/>
        <source>The named variable {{%1}} must use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>A variável nomeada {{%1}} deve usar letras minúsculas, dígitos e sublinhados, começando com uma letra.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="117"/>
        <source>Give the template a name.</source>
        <translation>Dê um nome ao modelo.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="120"/>
        <source>The name may hold only lowercase letters, digits and underscores, like order_ready_2.</source>
        <translation>O nome só pode ter letras minúsculas, dígitos e sublinhados, como pedido_pronto_2.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="124"/>
        <source>The name may be at most %1 characters long.</source>
        <translation>O nome pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="127"/>
        <source>Give the template&apos;s language code, like en_US or pt_BR.</source>
        <translation>Informe o código de idioma do modelo, como pt_BR ou es_AR.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="148"/>
        <source>A text header needs its text.</source>
        <translation>Um cabeçalho de texto precisa do texto.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="151"/>
        <source>A text header may be at most %1 characters long.</source>
        <translation>Um cabeçalho de texto pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="156"/>
        <source>A text header may hold one variable at most.</source>
        <translation>Um cabeçalho de texto pode ter no máximo uma variável.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="175"/>
        <source>The header&apos;s format is TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION.</source>
        <translation>O formato do cabeçalho é TEXT, IMAGE, VIDEO, DOCUMENT ou LOCATION.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="180"/>
        <source>The body needs its text.</source>
        <translation>O corpo precisa do texto.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="183"/>
        <source>The body may be at most %1 characters long.</source>
        <translation>O corpo pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="91"/>
        <source>Variables are numbered {{1}}, {{2}}, … in the order they appear, without gaps; found {{%1}} where {{%2}} belongs.</source>
        <translation>As variáveis são numeradas {{1}}, {{2}}, … na ordem em que aparecem, sem pular números; há {{%1}} onde deveria estar {{%2}}.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="131"/>
        <source>The category is Marketing, Utility or Authentication.</source>
        <translation>A categoria é Marketing, Utilidade ou Autenticação.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="135"/>
        <source>Variables are either numbered ({{1}}) or named ({{name}}).</source>
        <translation>As variáveis são numeradas ({{1}}) ou têm nome ({{name}}).</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="162"/>
        <source>Give an example for the header&apos;s variable, as a customer would read it.</source>
        <translation>Dê um exemplo para a variável do cabeçalho, como um cliente a leria.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="167"/>
        <source>A picture header needs a sample picture for WhatsApp&apos;s reviewers.</source>
        <translation>Um cabeçalho com imagem precisa de uma imagem de exemplo para os revisores do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="170"/>
        <source>A video header needs a sample video for WhatsApp&apos;s reviewers.</source>
        <translation>Um cabeçalho com vídeo precisa de um vídeo de exemplo para os revisores do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="171"/>
        <source>A document header needs a sample document for WhatsApp&apos;s reviewers.</source>
        <translation>Um cabeçalho com documento precisa de um documento de exemplo para os revisores do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="194"/>
        <source>Give an example for {{%1}}, as a customer would read it.</source>
        <translation>Dê um exemplo para {{%1}}, como um cliente o leria.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/templates/templatelinter.cpp" line="201"/>
        <source>Give one example for each of the text&apos;s %n variable(s) under Examples, separated by commas; found %1.</source>
        <translation>
            <numerusform>Dê um exemplo para a %n variável do texto em Exemplos, separados por vírgulas; há %1.</numerusform>
            <numerusform>Dê um exemplo para cada uma das %n variáveis do texto em Exemplos, separados por vírgulas; há %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/templates/templatelinter.cpp" line="211"/>
        <source>There are few words for %n variable(s): WhatsApp rejects templates that are mostly variables. Add fixed text.</source>
        <translation>
            <numerusform>Há poucas palavras para %n variável: o WhatsApp rejeita modelos que são quase só variáveis. Adicione texto fixo.</numerusform>
            <numerusform>Há poucas palavras para %n variáveis: o WhatsApp rejeita modelos que são quase só variáveis. Adicione texto fixo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="220"/>
        <source>&quot;%1&quot; sounds like marketing: a utility template with it is re-categorised as marketing (and priced so) or rejected.</source>
        <translation>&quot;%1&quot; soa como marketing: um modelo de utilidade com isso é recategorizado como marketing (e cobrado como tal) ou rejeitado.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="232"/>
        <source>The footer may be at most %1 characters long.</source>
        <translation>O rodapé pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="234"/>
        <source>The footer may not hold variables.</source>
        <translation>O rodapé não pode ter variáveis.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="238"/>
        <source>At most %1 buttons.</source>
        <translation>No máximo %1 botões.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="247"/>
        <source>Every button needs its text.</source>
        <translation>Cada botão precisa do texto.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="250"/>
        <source>A button&apos;s text may be at most %1 characters long.</source>
        <translation>O texto de um botão pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="253"/>
        <source>A button&apos;s text may not hold variables.</source>
        <translation>O texto de um botão não pode ter variáveis.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="259"/>
        <source>A link button needs a web address starting with https://.</source>
        <translation>Um botão de link precisa de um endereço da web que comece com https://.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="262"/>
        <source>A link may be at most %1 characters long.</source>
        <translation>Um link pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="265"/>
        <source>A link may hold one variable at most.</source>
        <translation>Um link pode ter no máximo uma variável.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="268"/>
        <source>A link&apos;s variable may only come at its very end, like https://shop.example/orders/{{1}}.</source>
        <translation>A variável de um link só pode vir no final, como https://loja.example/pedidos/{{1}}.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="272"/>
        <source>Give an example of the full link, with its variable filled in.</source>
        <translation>Dê um exemplo do link completo, com a variável preenchida.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="277"/>
        <source>A call button needs the number with + and the country code.</source>
        <translation>Um botão de ligação precisa do número com + e o código do país.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="281"/>
        <source>A button is QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP or FLOW.</source>
        <translation>Um botão é QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP ou FLOW.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="286"/>
        <source>At most %1 link buttons.</source>
        <translation>No máximo %1 botões de link.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="288"/>
        <source>At most one call button.</source>
        <translation>No máximo um botão de ligação.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="291"/>
        <source>A component is HEADER, BODY, FOOTER or BUTTONS.</source>
        <translation>Um componente é HEADER, BODY, FOOTER ou BUTTONS.</translation>
    </message>
    <message>
        <location filename="../core/templates/templatelinter.cpp" line="295"/>
        <source>Every template needs a body.</source>
        <translation>Todo modelo precisa de um corpo.</translation>
    </message>
</context>
<context>
    <name>TemplateSync</name>
    <message>
        <location filename="../core/templates/templatesync.cpp" line="36"/>
        <source>Meta allows %1 template requests an hour for an account, and this hour&apos;s are used up. Try again in an hour; the catalogue stays as it was.</source>
        <translation>A Meta permite %1 solicitações de modelos por hora para uma conta, e as desta hora já foram usadas. Tente de novo daqui a uma hora; o catálogo fica como estava.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="39"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="50"/>
        <source>S&amp;ync from the account</source>
        <translation>&amp;Sincronizar da conta</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="51"/>
        <source>&amp;New template…</source>
        <translation>&amp;Novo modelo…</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="65"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="66"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="66"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="66"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="79"/>
        <source>The same message in another sender&apos;s account</source>
        <translation>A mesma mensagem na conta de outro remetente</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="80"/>
        <source>When you switch sender in the composer, the linked template stays chosen.</source>
        <translation>Quando você troca de remetente no editor de transmissão, o modelo vinculado continua escolhido.</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="83"/>
        <source>Sender:</source>
        <translation>Remetente:</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="93"/>
        <source>&amp;Same message as:</source>
        <translation>&amp;Mesma mensagem que:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/templates/templatesview.cpp" line="208"/>
        <source>%n template(s), synced %1.</source>
        <translation>
            <numerusform>%n modelo, sincronizado em %1.</numerusform>
            <numerusform>%n modelos, sincronizados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="210"/>
        <source>Not synced yet: press Sync to read this sender&apos;s templates from its account.</source>
        <translation>Ainda não sincronizado: clique em Sincronizar para ler os modelos deste remetente da conta dele.</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="224"/>
        <source>Choose a template to see it as your customers will.</source>
        <translation>Escolha um modelo para vê-lo como seus clientes vão ver.</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="233"/>
        <source>[picture]</source>
        <translation>[imagem]</translation>
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
        <translation>[localização]</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="256"/>
        <source>Not linked</source>
        <translation>Não vinculado</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="323"/>
        <source>Reading the templates from the account…</source>
        <translation>Lendo os modelos da conta…</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="353"/>
        <source>Submitting %1 for WhatsApp&apos;s review…</source>
        <translation>Enviando %1 para a análise do WhatsApp…</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="363"/>
        <source>This hour&apos;s template requests to Meta are used up; try again in an hour.</source>
        <translation>As solicitações de modelos à Meta desta hora já foram usadas; tente de novo daqui a uma hora.</translation>
    </message>
    <message>
        <location filename="../ui/templates/templatesview.cpp" line="383"/>
        <source>%1 was submitted: WhatsApp usually decides within minutes (at most 24 hours); sync to see the decision.</source>
        <translation>%1 foi enviado: o WhatsApp costuma decidir em minutos (no máximo 24 horas); sincronize para ver a decisão.</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <location filename="../ui/common/testmessage.cpp" line="17"/>
        <source>Hello from Tandem! Your WhatsApp sender &quot;%1&quot; works.</source>
        <translation>Olá do Tandem! Seu remetente do WhatsApp &quot;%1&quot; funciona.</translation>
    </message>
</context>
<context>
    <name>TestMessagePage</name>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="25"/>
        <source>Send yourself a test message</source>
        <translation>Envie uma mensagem de teste para você</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="26"/>
        <source>Optional. Enter your own WhatsApp number to see a message arrive, or press Next to skip.</source>
        <translation>Opcional. Informe seu próprio número do WhatsApp para ver uma mensagem chegar, ou clique em Próximo para pular.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="29"/>
        <source>Your WhatsApp &amp;number:</source>
        <translation>Seu &amp;número do WhatsApp:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="34"/>
        <source>&amp;Send test message</source>
        <translation>&amp;Enviar mensagem de teste</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="62"/>
        <source>Tandem sends the &quot;%1&quot; template: WhatsApp only lets a business start a chat with an approved template.</source>
        <translation>O Tandem envia o modelo &quot;%1&quot;: o WhatsApp só permite que uma empresa inicie uma conversa com um modelo aprovado.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="65"/>
        <source>Tandem sends a short text. With Twilio&apos;s sandbox number, first send the sandbox&apos;s join code from your phone.</source>
        <translation>O Tandem envia um texto curto. Com o número do sandbox do Twilio, envie antes do seu celular o código de entrada no sandbox.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="88"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="98"/>
        <source>✔ The practice copy took it for %1, as the provider would. In the demo nothing reaches a phone.</source>
        <translation>✔ A cópia de prática o aceitou para %1, como o provedor faria. Na demonstração nada chega a um telefone.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="102"/>
        <source>✔ Sent to %1. It should arrive on your phone within a minute.</source>
        <translation>✔ Enviada para %1. Ela deve chegar ao seu celular em até um minuto.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/testmessagepage.cpp" line="104"/>
        <source>✘ Not sent. %1</source>
        <translation>✘ Não enviada. %1</translation>
    </message>
</context>
<context>
    <name>TwilioCallbacks</name>
    <message>
        <location filename="../core/providers/twiliocallbacks.cpp" line="32"/>
        <source>Twilio reports that the message was not delivered (%1) without saying why. Its Messaging logs may tell more.</source>
        <translation>O Twilio informa que a mensagem não foi entregue (%1) sem dizer por quê. Os registros de Messaging dele podem dizer mais.</translation>
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
        <translation>Rápido para começar: um sandbox grátis em minutos, uma só fatura, US$ 0,005 por mensagem além do preço da Meta.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="18"/>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="18"/>
        <source>On the Twilio Console home page, under Account Info.</source>
        <translation>Na página inicial do Twilio Console, em Account Info.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="20"/>
        <source>starts with AC, followed by 32 letters and digits (0-9, a-f).</source>
        <translation>começa com AC, seguido de 32 letras e dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="21"/>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="22"/>
        <source>Next to the Account SID in the Twilio Console. Also checks the signature of Twilio&apos;s status callbacks. Kept in your system keychain.</source>
        <translation>Ao lado do Account SID no Twilio Console. Também verifica a assinatura dos callbacks de status do Twilio. Fica guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="24"/>
        <source>32 letters and digits (0-9, a-f).</source>
        <translation>32 letras e dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="25"/>
        <source>API Key SID</source>
        <translation>API Key SID</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="26"/>
        <source>Optional, and safer than the Auth Token: create an API key under Account &gt; API keys.</source>
        <translation>Opcional, e mais seguro que o Auth Token: crie uma chave de API em Account &gt; API keys.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="28"/>
        <source>starts with SK, followed by 32 letters and digits (0-9, a-f).</source>
        <translation>começa com SK, seguido de 32 letras e dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="29"/>
        <source>API Key secret</source>
        <translation>Segredo da API Key</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="30"/>
        <source>Shown once when the API key is created. Kept in your system keychain.</source>
        <translation>Mostrado uma única vez quando a chave de API é criada. Fica guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="32"/>
        <source>32 letters and digits.</source>
        <translation>32 letras e dígitos.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="33"/>
        <source>WhatsApp sender number</source>
        <translation>Número remetente do WhatsApp</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="34"/>
        <source>Your WhatsApp-enabled number in international format. The Twilio Sandbox number is +14155238886.</source>
        <translation>Seu número habilitado para o WhatsApp em formato internacional. O número do Twilio Sandbox é +14155238886.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="36"/>
        <source>+ then the country code and number, digits only.</source>
        <translation>+ e depois o código do país e o número, só dígitos.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="37"/>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="38"/>
        <source>Optional instead of a sender number: Twilio picks a sender from the service and queues for you.</source>
        <translation>Opcional, no lugar de um número remetente: o Twilio escolhe um remetente do serviço e gerencia a fila para você.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="40"/>
        <source>starts with MG, followed by 32 letters and digits (0-9, a-f).</source>
        <translation>começa com MG, seguido de 32 letras e dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="41"/>
        <source>Default country</source>
        <translation>País padrão</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="42"/>
        <source>Numbers written without + and a country code are read as numbers of this country.</source>
        <translation>Números escritos sem + e código do país são lidos como números deste país.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="44"/>
        <source>a two-letter country code such as US or DE.</source>
        <translation>um código de país de duas letras, como BR ou PT.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="45"/>
        <source>Public status callback URL</source>
        <translation>URL pública do callback de status</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="46"/>
        <source>Where Twilio reports delivered/read/failed; only needed when Tandem&apos;s webhook receiver is reachable from the internet.</source>
        <translation>Onde o Twilio informa entregues, lidas e com falha; só é necessária quando o receptor de webhooks do Tandem é acessível pela internet.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="49"/>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="49"/>
        <location filename="../core/providers/twiliodescriptor.cpp" line="51"/>
        <source>Leave as is unless you test against a local sandbox.</source>
        <translation>Deixe como está, a menos que você teste com um sandbox local.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="51"/>
        <source>Content API address</source>
        <translation>Endereço da Content API</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="75"/>
        <source>Enter the Auth Token, or an API Key SID with its secret.</source>
        <translation>Informe o Auth Token, ou uma API Key SID com o segredo dela.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="78"/>
        <source>The API Key SID needs its secret.</source>
        <translation>A API Key SID precisa do segredo dela.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliodescriptor.cpp" line="81"/>
        <source>Enter the WhatsApp sender number, or a Messaging Service SID.</source>
        <translation>Informe o número remetente do WhatsApp, ou um Messaging Service SID.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioresponses.cpp" line="31"/>
        <source>The Twilio account is %1, not active. Reactivate it in the Twilio Console.</source>
        <translation>A conta do Twilio está %1, não ativa. Reative-a no Twilio Console.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioprovider.cpp" line="118"/>
        <source>Twilio named a next page on another host; Tandem did not follow it.</source>
        <translation>O Twilio indicou uma próxima página em outro servidor; o Tandem não a seguiu.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliorequests.cpp" line="195"/>
        <source>Twilio sends templates by their Content SID (HX…), not by name. Find the SID in Twilio&apos;s Content Template Builder.</source>
        <translation>O Twilio envia os modelos pelo Content SID (HX…), não pelo nome. Encontre o SID no Content Template Builder do Twilio.</translation>
    </message>
    <message>
        <location filename="../core/providers/twiliorequests.cpp" line="200"/>
        <source>Through Twilio, buttons and lists are Content templates: create a quick-reply or list-picker template in Twilio&apos;s Content Template Builder and send it by its SID.</source>
        <translation>Pelo Twilio, botões e listas são modelos de conteúdo: crie um modelo quick-reply ou list-picker no Content Template Builder do Twilio e envie-o pelo SID.</translation>
    </message>
</context>
<context>
    <name>TwilioRequests</name>
    <message>
        <location filename="../core/providers/twiliorequests.cpp" line="175"/>
        <source>Twilio takes a file only from a public link (https://…); this message&apos;s file was uploaded to another sender.</source>
        <translation>O Twilio só aceita arquivos de um link público (https://…); o arquivo desta mensagem foi enviado a outro remetente.</translation>
    </message>
</context>
<context>
    <name>VariableMappingEditor</name>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="26"/>
        <source>Template variables</source>
        <translation>Variáveis do modelo</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="28"/>
        <source>Each variable of the template, and the contact field or fixed text that fills it.</source>
        <translation>Cada variável do modelo, e o campo do contato ou o texto fixo que a preenche.</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <source>Filled from</source>
        <translation>Preenchida com</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="115"/>
        <source>Fixed text</source>
        <translation>Texto fixo</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="29"/>
        <source>If empty, use</source>
        <translation>Se estiver vazio, usar</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="82"/>
        <source>same text for everyone</source>
        <translation>o mesmo texto para todos</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="85"/>
        <source>leave empty to skip such contacts</source>
        <translation>deixe vazio para pular esses contatos</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="111"/>
        <source>Contact&apos;s name</source>
        <translation>Nome do contato</translation>
    </message>
    <message>
        <location filename="../ui/composer/variablemappingeditor.cpp" line="112"/>
        <source>Contact&apos;s number</source>
        <translation>Número do contato</translation>
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
        <translation>alta (verde): os clientes gostam das suas mensagens</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="23"/>
        <source>medium (yellow): some customers blocked or reported you lately</source>
        <translation>média (amarela): alguns clientes bloquearam ou denunciaram você recentemente</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="25"/>
        <source>low (red): many customers blocked or reported you; your sending limit may drop</source>
        <translation>baixa (vermelha): muitos clientes bloquearam ou denunciaram você; seu limite de envio pode cair</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="26"/>
        <source>not rated yet</source>
        <translation>ainda sem classificação</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="33"/>
        <source>Checking the connection</source>
        <translation>Verificando a conexão</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="34"/>
        <source>Tandem asks the provider whether these credentials work. Nothing is sent to anyone.</source>
        <translation>O Tandem pergunta ao provedor se estas credenciais funcionam. Nada é enviado a ninguém.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="46"/>
        <source>Cancel check</source>
        <translation>Cancelar a verificação</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="48"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="86"/>
        <source>Asking %1…</source>
        <translation>Perguntando a %1…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="98"/>
        <source>Check cancelled.</source>
        <translation>Verificação cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="101"/>
        <source>✔ The connection works.</source>
        <translation>✔ A conexão funciona.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="104"/>
        <source>Number: %1
Verified name: %2
Quality rating: %3</source>
        <translation>Número: %1
Nome verificado: %2
Classificação de qualidade: %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="109"/>
        <source>The API key works.
Webhooks: not set yet; Tandem sets them once its receiver has a public address.</source>
        <translation>A chave de API funciona.
Webhooks: ainda não configurados; o Tandem os configura quando o receptor dele tiver um endereço público.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="111"/>
        <source>The API key works.
Webhooks go to: %1</source>
        <translation>A chave de API funciona.
Os webhooks vão para: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="114"/>
        <source>Account: %1
Status: %2</source>
        <translation>Conta: %1
Status: %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/verifypage.cpp" line="117"/>
        <source>✘ The check failed.</source>
        <translation>✘ A verificação falhou.</translation>
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
        <translation>utilidade</translation>
    </message>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="109"/>
        <source>authentication</source>
        <translation>autenticação</translation>
    </message>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="112"/>
        <source>%1–%2 messages this month</source>
        <translation>%1–%2 mensagens neste mês</translation>
    </message>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="114"/>
        <source>%1 messages or more this month</source>
        <translation>%1 mensagens ou mais neste mês</translation>
    </message>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="116"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../core/pricing/volumetiers.cpp" line="118"/>
        <source>, since %1</source>
        <translation>, desde %1</translation>
    </message>
</context>
<context>
    <name>WebhookSelfTest</name>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="48"/>
        <source>Enter the receiver&apos;s public address first.</source>
        <translation>Informe primeiro o endereço público do receptor.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="68"/>
        <source>Twilio signs its callbacks with the Auth Token, and this sender has none (an API key cannot sign). Add the Auth Token in the sender&apos;s settings.</source>
        <translation>O Twilio assina os callbacks com o Auth Token, e este remetente não tem nenhum (uma chave de API não pode assinar). Adicione o Auth Token nas configurações do remetente.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="85"/>
        <source>Meta signs its webhooks with the app&apos;s App Secret, and this sender has none. Add it in the sender&apos;s settings (App Dashboard &gt; App settings &gt; Basic).</source>
        <translation>A Meta assina os webhooks com a chave secreta do app, e este remetente não tem nenhuma. Adicione-a nas configurações do remetente (Painel de Apps &gt; Configurações do app &gt; Básico).</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="90"/>
        <source>This sender has no webhook key, which its provider&apos;s reports must carry. Save its settings again so Tandem makes one.</source>
        <translation>Este remetente não tem chave de webhook, que os relatórios do provedor dele precisam trazer. Salve de novo as configurações dele para o Tandem criar uma.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="124"/>
        <source>The test report reached the receiver and was stored (%1 ms).</source>
        <translation>O relatório de teste chegou ao receptor e foi salvo (%1 ms).</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="126"/>
        <source>Nothing answered at %1 (%2). Is the receiver running, and does the address (tunnel or proxy) lead to it?</source>
        <translation>Nada respondeu em %1 (%2). O receptor está em execução, e o endereço (túnel ou proxy) leva até ele?</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="130"/>
        <source>The receiver refused the signature. The public address must be exactly the one the provider calls (scheme, host, port and path), and the sender&apos;s secret must match.</source>
        <translation>O receptor recusou a assinatura. O endereço público deve ser exatamente o que o provedor chama (esquema, servidor, porta e caminho), e o segredo do remetente deve corresponder.</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="133"/>
        <source>The receiver answered, but the report is not in this database: is the receiver storing into another one?</source>
        <translation>O receptor respondeu, mas o relatório não está neste banco de dados: o receptor está salvando em outro?</translation>
    </message>
    <message>
        <location filename="../core/webhooks/webhookselftest.cpp" line="136"/>
        <source>The receiver answered HTTP %1.</source>
        <translation>O receptor respondeu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>WebhookServer</name>
    <message>
        <location filename="../core/inbox/optoutconfirmations.cpp" line="17"/>
        <source>Opt-out confirmation to %1</source>
        <translation>Confirmação de descadastro para %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="13"/>
        <source>Send WhatsApp messages to your customers</source>
        <translation>Envie mensagens do WhatsApp aos seus clientes</translation>
    </message>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="14"/>
        <source>Tandem connects your business number to WhatsApp, then sends order updates, reminders and offers to your contacts: each one once, at the right pace, with every failure explained.</source>
        <translation>O Tandem conecta o número da sua empresa ao WhatsApp e depois envia atualizações de pedidos, lembretes e ofertas aos seus contatos: cada um uma vez, no ritmo certo, com cada falha explicada.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="25"/>
        <source>&lt;p&gt;You can send through one of three providers. The next page compares them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Twilio&lt;/b&gt; — quick to start. You need a Twilio account, its &lt;i&gt;Account SID&lt;/i&gt; and &lt;i&gt;Auth Token&lt;/i&gt; (or an API key), and a WhatsApp sender number (Twilio&apos;s free sandbox number works for trying). &lt;a href=&quot;%1&quot;&gt;Sign up at Twilio&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Meta Cloud API (direct)&lt;/b&gt; — no middleman fee, buttons and lists. You need a verified Meta Business portfolio, an app with WhatsApp, the &lt;i&gt;phone number ID&lt;/i&gt; and a &lt;i&gt;System User access token&lt;/i&gt;. &lt;a href=&quot;%2&quot;&gt;Open Meta Business&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;360dialog&lt;/b&gt; — Meta&apos;s Cloud API through a partner, with one API key per number and a fixed monthly fee. &lt;a href=&quot;%3&quot;&gt;Sign up at 360dialog&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Você pode enviar por um de três provedores. A próxima página compara os três.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Twilio&lt;/b&gt;: rápido para começar. Você precisa de uma conta na Twilio, o &lt;i&gt;Account SID&lt;/i&gt; e o &lt;i&gt;Auth Token&lt;/i&gt; dela (ou uma chave de API), e um número remetente do WhatsApp (o número sandbox gratuito da Twilio serve para testar). &lt;a href=&quot;%1&quot;&gt;Cadastre-se na Twilio&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;API de Nuvem da Meta (direto)&lt;/b&gt;: sem taxa de intermediário, com botões e listas. Você precisa de um portfólio empresarial da Meta verificado, um app com WhatsApp, o &lt;i&gt;ID do número de telefone&lt;/i&gt; e um &lt;i&gt;token de acesso de usuário do sistema&lt;/i&gt;. &lt;a href=&quot;%2&quot;&gt;Abrir o Meta Business&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;360dialog&lt;/b&gt;: a API de Nuvem da Meta por um parceiro, com uma chave de API por número e uma mensalidade fixa. &lt;a href=&quot;%3&quot;&gt;Cadastre-se na 360dialog&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="37"/>
        <source>&lt;p&gt;This is the demo: senders talk to a practice copy on this computer, and what you type is forgotten when Tandem closes. Nothing is sent to anyone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta é a demonstração: os remetentes falam com uma cópia de treino neste computador, e o que você digitar é esquecido quando o Tandem fechar. Nada é enviado a ninguém.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/wizard/welcomepage.cpp" line="39"/>
        <source>&lt;p&gt;Tokens are kept in your computer&apos;s keychain, never in Tandem&apos;s files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Os tokens ficam no chaveiro do seu computador, nunca nos arquivos do Tandem.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>WhatsApp messages for small businesses.</source>
        <translation>Mensagens do WhatsApp para pequenos negócios.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>The database: a file, or postgresql://user@host:5432/tandem shared by several computers.</source>
        <translation>O banco de dados: um arquivo, ou postgresql://usuario@servidor:5432/tandem compartilhado por vários computadores.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Try Tandem against a built-in practice copy of Twilio and Meta: no account needed, nothing leaves this computer.</source>
        <translation>Experimente o Tandem com uma cópia de treino embutida do Twilio e da Meta: sem conta, e nada sai deste computador.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="68"/>
        <location filename="../app/main.cpp" line="88"/>
        <source>Tandem cannot start</source>
        <translation>O Tandem não pode iniciar</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Extra certificates</source>
        <translation>Certificados adicionais</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="79"/>
        <source>Shared database</source>
        <translation>Banco de dados compartilhado</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>%1

Open this computer&apos;s own file instead? (Settings &gt; Shared database chooses again.)</source>
        <translation>%1

Abrir no lugar o arquivo próprio deste computador? (Configurações &gt; Banco de dados compartilhado escolhe de novo.)</translation>
    </message>
</context>
<context>
    <name>tandem-cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="63"/>
        <source>The file was not uploaded: %1</source>
        <translation>O arquivo não foi enviado: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="66"/>
        <source>Uploaded %1 (media id %2).</source>
        <translation>%1 enviado (id de mídia %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="100"/>
        <source>Give the recipient with --to NUMBER.</source>
        <translation>Informe o destinatário com --to NÚMERO.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="105"/>
        <source>--var takes name=value, not &quot;%1&quot;.</source>
        <translation>--var recebe nome=valor, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="111"/>
        <source>Give exactly one of --text, --media-url, --media-file, --template or --content-sid.</source>
        <translation>Informe exatamente um entre --text, --media-url, --media-file, --template ou --content-sid.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="129"/>
        <source>--media-type is image, document, video or audio.</source>
        <translation>--media-type é image, document, video ou audio.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="139"/>
        <source>A template needs its language: --lang en_US (for example).</source>
        <translation>Um modelo precisa do idioma: --lang pt_BR (por exemplo).</translation>
    </message>
    <message>
        <location filename="../app/cli/broadcastcommands.cpp" line="44"/>
        <source>%1, tandem-cli (pid %2)</source>
        <translation>%1, tandem-cli (pid %2)</translation>
    </message>
</context>
</TS>
