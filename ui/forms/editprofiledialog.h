#pragma once

#include "model/profile.h"

#include <QDialog>

struct AppServices;
class ConfigForm;
class QDialogButtonBox;
class QLabel;

// A saved sender in the same generated form as the wizard. Secrets show as "stored in the keychain" and are
// replaced only when something is typed.
class EditProfileDialog : public QDialog
{
    Q_OBJECT
public:
    EditProfileDialog(AppServices& services, const Profile& profile, QWidget* parent = nullptr);

Q_SIGNALS:
    void profileSaved(qint64 profileId);

private:
    void save();

    AppServices& m_services;
    Profile m_profile;
    ConfigForm* m_form = nullptr;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
};
