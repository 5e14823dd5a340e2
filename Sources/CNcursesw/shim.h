#ifndef LOTSEN_CNCURSESW_SHIM_H
#define LOTSEN_CNCURSESW_SHIM_H

// SwiftPM does not pass pkg-config's -D flags to the importer, so the wide-character
// API (get_wch, add_wch, cchar_t) has to be switched on here, before the header.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

// Swift 6 rejects mutable C globals and cannot import function-like macros, so each
// one the backend needs gets a static inline wrapper. Keep this list short.

// stdscr is a C global.
static inline WINDOW *lotsen_stdscr(void) { return stdscr; }
// getmaxyx is a macro assigning to its arguments.
static inline void lotsen_getmaxyx(WINDOW *w, int *rows, int *cols) { int y, x; getmaxyx(w, y, x); *rows = y; *cols = x; }
// COLORS and COLOR_PAIRS are C globals.
static inline int lotsen_colors(void) { return COLORS; }
static inline int lotsen_color_pairs(void) { return COLOR_PAIRS; }
// COLOR_PAIR is a macro.
static inline attr_t lotsen_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
// The A_* attributes are macros built from NCURSES_BITS.
static inline attr_t lotsen_a_normal(void) { return A_NORMAL; }
static inline attr_t lotsen_a_bold(void) { return A_BOLD; }
static inline attr_t lotsen_a_reverse(void) { return A_REVERSE; }
static inline attr_t lotsen_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lotsen_a_dim(void) { return A_DIM; }
// KEY_RESIZE and friends are plain #defines that Swift imports, but ERR/OK are too; the
// key codes we need are imported directly. The CODESET query is a macro-valued enum.
static inline const char *lotsen_codeset(void) { return nl_langinfo(CODESET); }
// tigetstr returns (char *)-1 for "not a string capability": a pointer Swift cannot compare.
static inline int lotsen_has_capability(const char *name) {
    char *s = tigetstr(name);
    return s != NULL && s != (char *)-1;
}
// The mouse: the button masks are macros built by NCURSES_MOUSE_MASK, which Swift cannot
// import. A press of the first button and the wheel (buttons 4 and 5; 5 exists with
// ncurses' mouse version 2, as Debian builds it) are all Lotsen asks for: releases and
// drags are not reported, so a click is one event.
static inline mmask_t lotsen_mouse_wanted(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
#else
    return BUTTON1_PRESSED | BUTTON4_PRESSED;
#endif
}
// 1: a press of the first button, 4: the wheel up, 5: the wheel down, 0: anything else.
static inline int lotsen_mouse_button(mmask_t state) {
    if (state & BUTTON4_PRESSED) return 4;
#ifdef BUTTON5_PRESSED
    if (state & BUTTON5_PRESSED) return 5;
#endif
    if (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    return 0;
}
// KEY_CODE_YES, ERR and OK as functions, so the meaning is explicit at the call site.
static inline int lotsen_key_code_yes(void) { return KEY_CODE_YES; }

#endif
