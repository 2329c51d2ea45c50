#ifndef LEITSTAND_CNCURSESW_SHIM_H
#define LEITSTAND_CNCURSESW_SHIM_H

// The wide-character API (cchar_t, wget_wch, setcchar) needs this before curses.h.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

// Swift cannot call curses macros; these typed wrappers stand in for them.

/// COLOR_PAIR(n) as a function.
static inline attr_t leitstand_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

/// The attribute bits Swift cannot spell (they are macros built from NCURSES_BITS).
static inline attr_t leitstand_attr_bold(void) { return (attr_t)A_BOLD; }
static inline attr_t leitstand_attr_underline(void) { return (attr_t)A_UNDERLINE; }
static inline attr_t leitstand_attr_reverse(void) { return (attr_t)A_REVERSE; }
static inline attr_t leitstand_attr_normal(void) { return (attr_t)A_NORMAL; }

/// getmaxy/getmaxx of stdscr (macros).
static inline int leitstand_rows(void) { return getmaxy(stdscr); }
static inline int leitstand_columns(void) { return getmaxx(stdscr); }

/// The terminal's colour count (COLORS is a macro over a function in some builds).
static inline int leitstand_color_count(void) { return COLORS; }

/// Writes one wide character (a grapheme of up to `count` scalars) with attributes and colour pair at a
/// position. Returns ERR at the bottom-right corner, which curses reports although it drew the cell.
static inline int leitstand_put(int row, int column, const wchar_t *scalars, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, scalars, attributes, pair, NULL) == ERR) { return ERR; }
    return mvwadd_wch(stdscr, row, column, &cell);
}

/// Starts curses on the process's standard input and output; NULL when the terminal cannot be used.
/// (C globals such as stdout and stdscr are not visible to strict-concurrency Swift.)
static inline SCREEN *leitstand_start(void) { return newterm(NULL, stdout, stdin); }

/// keypad(stdscr, TRUE): function keys arrive as KEY_* codes.
static inline int leitstand_enable_keypad(void) { return keypad(stdscr, TRUE); }

/// clearok(stdscr, TRUE): the next refresh repaints the whole terminal.
static inline int leitstand_repaint_next(void) { return clearok(stdscr, TRUE); }

/// Reads one key without waiting longer than the timeout set with `timeout`: the key in `*key` and
/// KEY_CODE_YES for function keys, OK for characters, ERR when none came.
static inline int leitstand_read(wint_t *key) { return wget_wch(stdscr, key); }

#endif
