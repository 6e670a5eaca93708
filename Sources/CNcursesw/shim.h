// The wide-character ncurses API, with accessors for what Swift cannot import:
// macros with arguments or casts, and the library's global variables.
#ifndef LADDER_CNCURSESW_SHIM_H
#define LADDER_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <sys/ioctl.h>
#include <unistd.h>

static inline WINDOW *ladder_stdscr(void) { return stdscr; }
static inline int ladder_lines(void) { return LINES; }
static inline int ladder_columns(void) { return COLS; }
static inline int ladder_colors(void) { return COLORS; }

static inline attr_t ladder_attr_normal(void) { return A_NORMAL; }
static inline attr_t ladder_attr_bold(void) { return A_BOLD; }
static inline attr_t ladder_attr_dim(void) { return A_DIM; }
static inline attr_t ladder_attr_reverse(void) { return A_REVERSE; }
static inline attr_t ladder_attr_underline(void) { return A_UNDERLINE; }

static inline mmask_t ladder_mouse_press(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t ladder_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t ladder_mouse_wheel_down(void) { return BUTTON5_PRESSED; }

// The size the terminal reports now (0 when it cannot say).
static inline int ladder_window_size(int *height, int *width) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
    *height = size.ws_row;
    *width = size.ws_col;
    return size.ws_row > 0 && size.ws_col > 0;
}

// tigetstr returns (char *)-1 for a capability that is not a string.
static inline int ladder_has_string_capability(const char *name) {
    char *value = tigetstr(name);
    return value != NULL && value != (char *)-1;
}

#endif
