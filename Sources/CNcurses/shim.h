// The ncursesw API as Swift can see it: the wide-character functions, and the macros and
// globals that Swift cannot import, as small inline functions.
#ifndef CASELOAD_CNCURSES_SHIM_H
#define CASELOAD_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
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

// Restoring the terminal when the process dies of a fatal signal (a crash, an abort, Ctrl-\): the handler does
// only async-signal-safe work (tcsetattr, write), then re-raises the signal with its default action.
// Function-local statics: a header's file-scope statics are not emitted for Swift, these are.
static inline struct termios *caseload_saved_termios(void) { static struct termios saved; return &saved; }
static inline volatile sig_atomic_t *caseload_have_saved_termios(void) { static volatile sig_atomic_t have = 0; return &have; }
static const int caseload_fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT };

static inline void caseload_fatal_signal(int number) {
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    if (*caseload_have_saved_termios()) tcsetattr(STDIN_FILENO, TCSANOW, caseload_saved_termios());
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    signal(number, SIG_DFL);
    raise(number);
}

static inline void caseload_restore_terminal_on_fatal_signals(void) {
    if (tcgetattr(STDIN_FILENO, caseload_saved_termios()) == 0) *caseload_have_saved_termios() = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = caseload_fatal_signal;
    sigemptyset(&action.sa_mask);
    sigset_t unblocked;
    sigemptyset(&unblocked);
    for (unsigned i = 0; i < sizeof caseload_fatal_signals / sizeof caseload_fatal_signals[0]; i++) {
        sigaction(caseload_fatal_signals[i], &action, NULL);
        sigaddset(&unblocked, caseload_fatal_signals[i]);
    }
    // A parent may have blocked some (SIGQUIT, SIGABRT): unblocked, Ctrl-\ and an abort reach the handler.
    pthread_sigmask(SIG_UNBLOCK, &unblocked, NULL);
}

static inline void caseload_release_fatal_signals(void) {
    for (unsigned i = 0; i < sizeof caseload_fatal_signals / sizeof caseload_fatal_signals[0]; i++) {
        signal(caseload_fatal_signals[i], SIG_DFL);
    }
    *caseload_have_saved_termios() = 0;
}

#endif
