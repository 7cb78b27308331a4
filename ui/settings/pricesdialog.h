#pragma once

#include <QDialog>

struct AppServices;
class QDateEdit;
class QLabel;
class QTableWidget;

// Settings → Prices: Meta's rate card Tandem estimates with, market by market with the date of each price (older
// than a quarter is marked), and the import of the file Meta publishes. A file with a bad line is refused whole, with
// the line named; a good one replaces the markets it names, for every desk sharing the database. Below the table, the
// volume tiers Meta said the account reached this month (utility and authentication cost less per message there).
class PricesDialog : public QDialog
{
    Q_OBJECT
public:
    PricesDialog(AppServices& services, QWidget* parent = nullptr);

    // Imports the file (as the Import button does after choosing it); the result is shown in the dialog.
    bool importFile(const QString& path);

private:
    void fill();

    AppServices& m_services;
    QTableWidget* m_table;
    QDateEdit* m_effective;
    QLabel* m_result;
    QLabel* m_tiers;
};
