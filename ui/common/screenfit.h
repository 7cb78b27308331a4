#pragma once

#include <QSize>

class QScrollArea;
class QWidget;

// Gives a window the size it would like, as far as the screen it opens on has room (a 1024×700 laptop screen leaves
// less than 700 pixels under the title bar): the window's own scroll areas take the rest.
void fitToScreen(QWidget* window, QSize wanted);

// Puts `content` in a frameless scroll area that scrolls vertically when the window is too short for it.
QScrollArea* scrollable(QWidget* content, QWidget* parent);
