#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QWidget>

namespace {
// The title bar and frame the window system adds around a window.
constexpr int kFrameHeight = 40;
constexpr int kFrameWidth = 16;
} // namespace

void fitToScreen(QWidget* window, QSize wanted)
{
    QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        const QSize room = screen->availableGeometry().size() - QSize(kFrameWidth, kFrameHeight);
        wanted = wanted.boundedTo(room);
    }
    window->resize(wanted);
}

QScrollArea* scrollable(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}
