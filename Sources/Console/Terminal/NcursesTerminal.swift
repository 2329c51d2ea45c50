import CNcursesw
import Foundation

/// The real terminal through ncursesw: sets it up, maps theme roles to colour pairs (256 colours, 8, or
/// none), reads keys without waiting, and writes only the cells a frame changed.
///
/// ncurses is single-threaded, so the main actor owns it; nothing here blocks for longer than a key read
/// with a zero timeout.
@MainActor
final class NcursesTerminal {
    /// Why the terminal could not be used.
    enum StartError: Error {
        case notATerminal
        case cannotInitialize
    }

    private(set) var colorCount = 0
    private var attributes: [attr_t] = []
    private var pairs: [Int16] = []
    private var scalars = [wchar_t](repeating: 0, count: 6)

    init() throws(StartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        Self.chooseUTF8Locale()
        // ncurses takes LINES and COLUMNS from the environment over the real size and then ignores every resize;
        // shells and tools export them, so the window's own size must win.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        guard leitstand_start() != nil else { throw .cannotInitialize }
        // raw rather than cbreak: Ctrl-C arrives as a key and quits through the console, which restores
        // the terminal, instead of a signal that would leave it in curses mode.
        raw()
        noecho()
        nonl()
        leitstand_enable_keypad()
        timeout(0)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(leitstand_color_count())
        }
    }

    /// The user's locale when it is UTF-8; otherwise C.UTF-8 for the character type, so wide characters
    /// work even when LANG names a locale that is not installed.
    private static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" else {
            setlocale(LC_CTYPE, "C.UTF-8")
            return
        }
    }

    var size: (rows: Int, columns: Int) { (Int(leitstand_rows()), Int(leitstand_columns())) }

    /// Gives every role its colour pair and attributes from `theme`.
    func apply(_ theme: Theme) {
        attributes = []
        pairs = []
        for role in ThemeRole.allCases {
            let style = theme.style(for: role)
            let pair = Int16(role.rawValue) + 1
            var attribute = leitstand_attr_normal()
            if colorCount >= 8 {
                let (foreground, background) = style.colors(forColorCount: colorCount)
                init_pair(pair, Int16(foreground), Int16(background))
                attribute |= Self.attributes(style.attributes)
                pairs.append(pair)
            } else {
                attribute |= Self.attributes(style.attributes.union(role.monochromeAttributes))
                pairs.append(0)
            }
            attributes.append(attribute)
        }
    }

    /// The next key or resize, or nil when none is waiting.
    func read() -> TerminalInput? {
        var code: wint_t = 0
        while true {
            let status = leitstand_read(&code)
            if status == ERR { return nil }
            if let input = TerminalKeyDecoder.decode(status: status, code: UInt32(code)) { return input }
        }
    }

    /// Writes the cells of `screen` listed in `runs` and updates the terminal.
    func show(_ screen: VirtualScreen, runs: [CellRun]) {
        for run in runs {
            for column in run.column..<(run.column + run.count) {
                let cell = screen[run.row, column]
                if cell.width == 0 { continue }
                write(cell, of: screen, row: run.row, column: column)
            }
        }
        refresh()
    }

    /// Clears the terminal so the next frame is written whole (after a resize or a theme change).
    func invalidate() {
        leitstand_repaint_next()
    }

    func end() {
        endwin()
    }

    private func write(_ cell: Cell, of screen: VirtualScreen, row: Int, column: Int) {
        let index = Int(cell.role.rawValue)
        var count = 0
        if let scalar = cell.scalar {
            scalars[0] = wchar_t(bitPattern: scalar.value)
            count = 1
        } else {
            for scalar in screen.character(of: cell).unicodeScalars where count < 5 {
                scalars[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
        }
        scalars[count] = 0
        _ = scalars.withUnsafeBufferPointer { buffer in
            leitstand_put(Int32(row), Int32(column), buffer.baseAddress, attributes[index], pairs[index])
        }
    }

    private static func attributes(_ set: TextAttributes) -> attr_t {
        var result = leitstand_attr_normal()
        if set.contains(.bold) { result |= leitstand_attr_bold() }
        if set.contains(.underline) { result |= leitstand_attr_underline() }
        if set.contains(.reverse) { result |= leitstand_attr_reverse() }
        return result
    }
}
