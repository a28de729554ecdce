#ifndef SAHIFA_CNCURSESW_SHIM_H
#define SAHIFA_CNCURSESW_SHIM_H
/* The wide-character API (cchar_t, setcchar, wadd_wch) is only declared with this define. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>

/* Function-like macros that Swift cannot import. */
static inline attr_t cnc_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t cnc_A_BOLD(void) { return A_BOLD; }
static inline attr_t cnc_A_DIM(void) { return A_DIM; }
static inline attr_t cnc_A_ITALIC(void) { return A_ITALIC; }
static inline attr_t cnc_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t cnc_A_REVERSE(void) { return A_REVERSE; }
static inline int cnc_KEY_F(int n) { return KEY_F(n); }
static inline void cnc_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline WINDOW *cnc_curscr(void) { return curscr; }

/* wcwidth is only declared with _XOPEN_SOURCE, which SwiftPM drops (platform.md §1). */
extern int wcwidth(wchar_t c);
static inline int cnc_wcwidth(wchar_t c) { return wcwidth(c); }

/* newterm() on the standard streams: unlike initscr() it reports an unknown $TERM instead of exiting. */
static inline SCREEN *cnc_newterm(void) { return newterm(NULL, stdout, stdin); }

/* The tty's size from the kernel (ioctl is variadic, which Swift cannot call). 0 on success. */
static inline int cnc_terminal_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}
#endif
