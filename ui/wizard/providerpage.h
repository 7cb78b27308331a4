#pragma once

#include "services/backgroundreads.h"

#include <QWizardPage>

struct AppServices;
class ComparisonWidget;
class QButtonGroup;
class QLabel;

// Twilio or Meta: a radio button per registry entry beside the comparison table and "help me choose".
class ProviderPage : public QWizardPage
{
    Q_OBJECT
public:
    ProviderPage(AppServices& services, QWidget* parent = nullptr);

    QString selectedKind() const;
    void select(const QString& kind);
    // The first provider that is not this one (switching a sender away from it).
    void selectAnotherThan(const QString& kind);
    bool isComplete() const override;
    void initializePage() override;

private:
    void giveAccelerators();
    bool m_acceleratorsGiven = false;
    void showHint();

    QButtonGroup* m_choices;
    ComparisonWidget* m_comparison;
    QLabel* m_hint;
    QStringList m_kinds;
    BackgroundReads m_reads;
};
