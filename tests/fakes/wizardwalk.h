#pragma once

#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QString>
#include <QStringList>

#include <functional>

// Walks the setup wizard as an owner would look at it: the welcome, the choice of provider, then for each provider
// its form, the form with its advanced settings open, and (when `wrong` is given) the form after wrong values.
// `look` is called at each stop with where the wizard stands.
inline void walkWizardForms(
    SetupWizard& wizard, const std::function<void(const QString& where)>& look, const std::function<void()>& wrong = {})
{
    look(QStringLiteral("wizard, welcome"));
    wizard.next();
    look(QStringLiteral("wizard, choosing a provider"));
    QStringList kinds;
    for (QAbstractButton* choice : wizard.findChildren<QAbstractButton*>()) {
        if (choice->objectName().endsWith(QStringLiteral("RadioButton")) && choice->isVisible())
            kinds << choice->objectName();
    }
    for (const QString& name : std::as_const(kinds)) {
        while (wizard.currentId() != SetupWizard::ProviderPageId)
            wizard.back();
        wizard.findChild<QAbstractButton*>(name)->click();
        wizard.next();
        look(QStringLiteral("wizard, the form after %1").arg(name));
        for (QAbstractButton* more : wizard.findChildren<QAbstractButton*>()) {
            if (more->isVisible() && more->isCheckable()
                && more->objectName().contains(QStringLiteral("advanced"), Qt::CaseInsensitive) && !more->isChecked())
                more->click();
        }
        look(QStringLiteral("wizard, the form after %1 with its advanced settings").arg(name));
        if (wrong) {
            wrong();
            look(QStringLiteral("wizard, the form after %1 with every field wrong").arg(name));
        }
    }
}
