import CNcursesw

/// Turns what `wget_wch` returned into a key: function keys come with `KEY_CODE_YES` and a `KEY_*` code,
/// characters with `OK` and the character's code point.
enum TerminalKeyDecoder {
    static func decode(status: Int32, code: UInt32) -> TerminalInput? {
        if status == KEY_CODE_YES { return functionKey(Int32(bitPattern: code)) }
        guard status == OK else { return nil }
        switch code {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x1B: return .key(.escape)
        case 0x09: return .key(.tab)
        case 0x7F, 0x08: return .key(.backspace)
        case 0x01...0x1A: return .key(.control(Character(Unicode.Scalar(UInt8(code) + 0x60))))
        default:
            guard code >= 0x20, let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private static func functionKey(_ code: Int32) -> TerminalInput? {
        switch code {
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_DC: .key(.delete)
        case KEY_ENTER: .key(.enter)
        case KEY_BTAB: .key(.backTab)
        case KEY_RESIZE: .resized
        default: nil
        }
    }
}
