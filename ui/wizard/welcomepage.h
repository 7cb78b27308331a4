#pragma once

#include <QWizardPage>

class ComparisonData;

// What Tandem does and what the owner will need for each provider, with the sign-up links.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    WelcomePage(const ComparisonData& comparison, bool demo, QWidget* parent = nullptr);
};
