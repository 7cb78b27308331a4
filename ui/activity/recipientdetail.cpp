#include "recipientdetail.h"

#include "common/problemtext.h"
#include "common/screenfit.h"
#include "statetext.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel* plainLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}
} // namespace

RecipientDetail::RecipientDetail(QWidget* parent) : QWidget(parent)
{
    auto* inside = new QWidget;
    m_summary = plainLabel(u"recipientDetailLabel"_s, inside);
    m_history = plainLabel(u"recipientHistoryLabel"_s, inside);
    m_summary->setAccessibleName(tr("Selected recipient"));
    m_history->setAccessibleName(tr("Attempts for the selected recipient"));
    auto* insideLayout = new QVBoxLayout(inside);
    insideLayout->addWidget(m_summary);
    insideLayout->addWidget(m_history);
    insideLayout->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QScrollArea* scroll = scrollable(inside, this);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // a provider's message id does not wrap
    layout->addWidget(scroll);
    clear();
}

void RecipientDetail::clear()
{
    m_rowId = 0;
    m_summary->setText(tr("Choose a recipient to see what happened to their message."));
    m_history->clear();
}

qint64 RecipientDetail::rowId() const
{
    return m_rowId;
}

void RecipientDetail::showRow(const OutboxRow& r, const QString& name)
{
    if (r.id != m_rowId)
        m_history->clear();
    m_rowId = r.id;
    const QString who = name.isEmpty() ? r.recipient : tr("%1, %2").arg(name, r.recipient);
    QStringList lines;
    lines << tr("%1: %2 after %n attempt(s).", nullptr, r.attempts + r.earlierAttempts)
                 .arg(who, StateText::recipient(r.state));
    const QString problem = ProblemText::of(r.errorClass, r.errorCode);
    if (!problem.isEmpty() && r.state != OutboxState::Unconfirmed)
        lines << tr("Problem: %1").arg(problem);
    if (r.state == OutboxState::Unconfirmed && !r.unconfirmedReason.isEmpty())
        lines << r.unconfirmedReason;
    else if (!r.errorExplanation.isEmpty())
        lines << r.errorExplanation;
    if (!r.providerMessageId.isEmpty())
        lines << tr("Provider's message id: %1").arg(r.providerMessageId);
    m_summary->setText(lines.join(u'\n'));
}

void RecipientDetail::setHistory(
    qint64 rowId, const QList<OutboxAttempt>& attempts, const QHash<qint64, QString>& senderNames)
{
    if (rowId != m_rowId)
        return; // another recipient was chosen meanwhile
    if (attempts.isEmpty()) {
        m_history->setText(tr("Not handed to a provider yet."));
        return;
    }
    const QLocale locale;
    QStringList lines {tr("Every attempt:")};
    for (const OutboxAttempt& a : attempts) {
        const QString when
            = locale.toString(QDateTime::fromMSecsSinceEpoch(a.atMs).toLocalTime(), QLocale::ShortFormat);
        const QString sender = senderNames.value(a.profileId, tr("a sender since removed"));
        QString line = tr("%1, through %2: %3")
                           .arg(when, sender,
                               a.outcome == u"accepted"_s ? ProblemText::kind(a.outcome, a.errorCode)
                                                          : ProblemText::of(a.outcome, a.errorCode));
        if (!a.errorExplanation.isEmpty())
            line += u" — "_s + a.errorExplanation;
        lines << u"• "_s + line;
    }
    m_history->setText(lines.join(u'\n'));
}
