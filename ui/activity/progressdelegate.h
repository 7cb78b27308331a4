#pragma once

#include <QStyledItemDelegate>

// Paints a progress bar in a cell: the value from a role (0..100), the cell's text on it.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int valueRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};
