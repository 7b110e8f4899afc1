// The ncursesw API as Swift can see it: the wide-character functions, and the macros and
// globals that Swift cannot import, as small inline functions.
#ifndef CASELOAD_CNCURSES_SHIM_H
#define CASELOAD_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <ncursesw/curses.h>


static inline WINDOW *caseload_stdscr(void) { return stdscr; }
static inline int caseload_lines(void) { return LINES; }
static inline int caseload_cols(void) { return COLS; }
static inline attr_t caseload_a_normal(void) { return A_NORMAL; }
static inline attr_t caseload_a_bold(void) { return A_BOLD; }
static inline attr_t caseload_a_reverse(void) { return A_REVERSE; }
static inline attr_t caseload_a_dim(void) { return A_DIM; }
static inline attr_t caseload_a_underline(void) { return A_UNDERLINE; }
static inline attr_t caseload_color_pair(short pair) { return COLOR_PAIR(pair); }
static inline int caseload_key_f(int n) { return KEY_F(n); }
static inline mmask_t caseload_mouse_mask(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline mmask_t caseload_button4(void) { return BUTTON4_PRESSED; }
static inline mmask_t caseload_button5(void) { return BUTTON5_PRESSED; }
static inline int caseload_setlocale(void) { return setlocale(LC_ALL, "") != NULL; }
static inline FILE *caseload_stdout(void) { return stdout; }
static inline FILE *caseload_stdin(void) { return stdin; }

#endif
