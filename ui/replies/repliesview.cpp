#include "repliesview.h"

#include "appservices.h"
#include "conversationlistmodel.h"
#include "profiles/profilerepository.h"
#include "services/backgroundreads.h"
#include "threadmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kRefreshMs = 3000;
}

RepliesView::RepliesView(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_reads(std::make_unique<BackgroundReads>(services.dataAddress, services.registry))
    , m_conversations(new ConversationListModel(this))
    , m_thread(new ThreadModel(this))
    , m_list(new QListView(this))
    , m_threadView(new QListView(this))
    , m_header(new QLabel(this))
    , m_window(new QLabel(this))
    , m_reply(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send reply"), this))
    , m_templateName(new QLineEdit(this))
    , m_language(new QLineEdit(this))
    , m_sendTemplate(new QPushButton(tr("Send te&mplate"), this))
    , m_result(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"repliesView"_s);
    m_list->setObjectName(u"conversationsListView"_s);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_conversations);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_threadView->setObjectName(u"threadListView"_s);
    m_threadView->setAccessibleName(tr("Messages with this customer"));
    m_threadView->setModel(m_thread);
    m_threadView->setWordWrap(true);
    m_threadView->setSpacing(4);
    m_threadView->setSelectionMode(QAbstractItemView::NoSelection);
    m_threadView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_header->setObjectName(u"threadHeaderLabel"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_window->setObjectName(u"windowLabel"_s);
    m_window->setTextFormat(Qt::PlainText);
    m_window->setWordWrap(true);
    m_reply->setObjectName(u"replyPlainTextEdit"_s);
    m_reply->setTabChangesFocus(true); // Tab moves on, as in every form
    m_reply->setAccessibleName(tr("Reply"));
    m_reply->setPlaceholderText(tr("Write a reply…"));
    m_reply->setMaximumHeight(90);
    m_send->setObjectName(u"sendReplyButton"_s);
    m_templateName->setObjectName(u"templateNameLineEdit"_s);
    m_templateName->setAccessibleName(tr("Template"));
    m_templateName->setAccessibleDescription(
        tr("Outside the 24-hour window a reply must be a template: its name (Meta) or Content SID (Twilio)."));
    m_templateName->setPlaceholderText(tr("Template name (Meta) or Content SID HX… (Twilio)"));
    m_language->setObjectName(u"languageLineEdit"_s);
    m_language->setAccessibleName(tr("Template language"));
    m_language->setPlaceholderText(tr("Language, e.g. en_US"));
    m_language->setMaximumWidth(140);
    m_sendTemplate->setObjectName(u"sendTemplateReplyButton"_s);
    m_result->setObjectName(u"replyResultLabel"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);

    auto* right = new QWidget(this);
    auto* replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateName, 1);
    templateRow->addWidget(m_language);
    templateRow->addWidget(m_sendTemplate);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_threadView, 1);
    rightLayout->addWidget(m_window);
    rightLayout->addLayout(replyRow);
    rightLayout->addLayout(templateRow);
    rightLayout->addWidget(m_result);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 600});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid())
                openConversation(current.data(ConversationListModel::ContactIdRole).toLongLong());
        });
    connect(m_thread, &ThreadModel::olderWanted, this, &RepliesView::readThread);
    connect(m_send, &QPushButton::clicked, this, &RepliesView::sendReply);
    connect(m_sendTemplate, &QPushButton::clicked, this, &RepliesView::sendTemplate);
    connect(m_reply, &QPlainTextEdit::textChanged, this, &RepliesView::updateReplyBox);
    connect(m_templateName, &QLineEdit::textChanged, this, &RepliesView::updateReplyBox);
    connect(m_timer, &QTimer::timeout, this, [this] {
        refresh();
        // The owner's reply in the open thread moves from waiting to sent without them clicking elsewhere.
        if (m_thread->contactId() != 0 && m_thread->hasMessageOnItsWay())
            readThread(m_thread->contactId(), 0);
    });
    m_timer->start(kRefreshMs);
    updateReplyBox();
    refresh();
}

RepliesView::~RepliesView() = default;

ConversationListModel* RepliesView::conversations() const
{
    return m_conversations;
}

ThreadModel* RepliesView::thread() const
{
    return m_thread;
}

bool RepliesView::isLoading() const
{
    return m_loading > 0;
}

int RepliesView::unread() const
{
    return m_conversations->unreadTotal();
}

qint64 RepliesView::currentContact() const
{
    return m_thread->contactId();
}

qint64 RepliesView::currentProfile() const
{
    const Conversation* c = m_conversations->conversation(m_conversations->rowOf(currentContact()));
    return c ? c->profileId : 0;
}

void RepliesView::refresh()
{
    ++m_loading;
    m_reads->read<QList<Conversation>>(
        this, [](DataServices& core) { return core.inbox.conversations(); },
        [this](const Result<QList<Conversation>>& read) {
            --m_loading;
            if (!read.isOk()) {
                showResult(read.error(), false);
                return;
            }
            m_conversations->setConversations(read.value());
            const int row = m_conversations->rowOf(currentContact());
            if (row >= 0 && !m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_conversations->index(row));
            updateReplyBox();
            const int total = unread();
            if (total != m_lastUnread) {
                m_lastUnread = total;
                Q_EMIT unreadChanged(total);
            }
            // The open thread shows what arrived meanwhile.
            const Conversation* open = m_conversations->conversation(row);
            if (open && open->unread > 0)
                readThread(open->contact.id, 0);
        });
}

void RepliesView::openConversation(qint64 contactId)
{
    m_result->clear();
    readThread(contactId, 0);
}

void RepliesView::readThread(qint64 contactId, qint64 beforeMs)
{
    ++m_loading;
    m_reads->read<QList<ThreadEntry>>(
        this,
        [contactId, beforeMs](DataServices& core) -> Result<QList<ThreadEntry>> {
            Inbox& inbox = core.inbox;
            const Result<QList<ThreadEntry>> page = inbox.thread(contactId, beforeMs, ThreadModel::kPageSize);
            // Opening a conversation reads it: what was new is no longer.
            if (page.isOk() && beforeMs == 0 && !page.value().isEmpty())
                inbox.markSeen(contactId, page.value().first().atMs);
            return page;
        },
        [this, contactId, beforeMs](const Result<QList<ThreadEntry>>& page) {
            --m_loading;
            if (!page.isOk()) {
                showResult(page.error(), false);
                return;
            }
            if (beforeMs > 0 && contactId == m_thread->contactId()) {
                m_thread->addOlder(page.value());
                return;
            }
            m_thread->setThread(contactId, page.value());
            m_threadView->scrollToBottom();
            updateReplyBox();
            refresh(); // its unread count is now 0
        });
}

void RepliesView::updateReplyBox()
{
    const Conversation* c = m_conversations->conversation(m_conversations->rowOf(currentContact()));
    const bool open = c != nullptr;
    m_header->setText(open
            ? (c->contact.name.isEmpty() ? c->contact.phone : c->contact.name + u"  ·  "_s + c->contact.phone)
            : tr("Choose a conversation on the left."));
    if (!open) {
        m_window->clear();
        for (QWidget* w : std::initializer_list<QWidget*> {m_reply, m_send, m_templateName, m_language, m_sendTemplate})
            w->setEnabled(false);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c->contact.optedOut) {
        // Admission's rule, as everywhere: nothing reaches them, not even a reply (Inbox::reply refuses it too).
        m_window->setText(tr("They opted out: Tandem sends them nothing, not even a reply, until they write START or "
                             "you subscribe them again under Contacts."));
        for (QWidget* w : std::initializer_list<QWidget*> {m_reply, m_send, m_templateName, m_language, m_sendTemplate})
            w->setEnabled(false);
        return;
    }
    const bool inWindow = c->contact.windowOpen(now);
    if (inWindow)
        m_window->setText(
            tr("Free text reaches them until %1.")
                .arg(QLocale().toString(c->contact.windowClosesAt().toLocalTime(), QLocale::ShortFormat)));
    else
        m_window->setText(Inbox::windowProblem(c->contact, now) + u' ' + tr("Choose a template below."));
    m_reply->setEnabled(inWindow);
    m_send->setEnabled(inWindow && !m_reply->toPlainText().trimmed().isEmpty());
    m_templateName->setEnabled(true);
    m_language->setEnabled(true);
    m_sendTemplate->setEnabled(!m_templateName->text().trimmed().isEmpty());
}

void RepliesView::showResult(const QString& text, bool ok)
{
    m_result->setStyleSheet(ok ? u"color: #1b5e20;"_s : u"color: #b00020;"_s);
    m_result->setText(text);
}

void RepliesView::sendReply()
{
    OutgoingMessage message;
    message.text = m_reply->toPlainText().trimmed();
    if (message.text.isEmpty() || currentContact() == 0)
        return;
    const Result<qint64> queued
        = m_services.data.inbox.reply(currentContact(), currentProfile(), message, QDateTime::currentDateTimeUtc());
    if (!queued.isOk()) {
        showResult(queued.error(), false);
        return;
    }
    m_reply->clear();
    showResult(tr("Reply queued; it goes out in a moment."), true);
    Q_EMIT replyQueued(queued.value());
    readThread(currentContact(), 0);
}

void RepliesView::sendTemplate()
{
    const QString name = m_templateName->text().trimmed();
    if (name.isEmpty() || currentContact() == 0)
        return;
    OutgoingMessage message;
    if (name.startsWith(u"HX"_s)) {
        message.kind = OutgoingMessage::Kind::ContentTemplate;
        message.contentSid = name;
    } else {
        message.kind = OutgoingMessage::Kind::Template;
        message.templateName = name;
        message.languageCode = m_language->text().trimmed().isEmpty() ? u"en_US"_s : m_language->text().trimmed();
    }
    const Result<qint64> queued
        = m_services.data.inbox.reply(currentContact(), currentProfile(), message, QDateTime::currentDateTimeUtc());
    if (!queued.isOk()) {
        showResult(queued.error(), false);
        return;
    }
    m_templateName->clear();
    showResult(tr("Template queued; it goes out in a moment."), true);
    Q_EMIT replyQueued(queued.value());
    readThread(currentContact(), 0);
}
