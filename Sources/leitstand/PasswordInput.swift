import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where a command-line tool gets a password: the environment variable `LEITSTAND_PASSWORD`, else a prompt on the
/// terminal with echo off, else one line of standard input (for scripts). Never a command-line argument, which
/// other users of the machine could read in the process list.
enum PasswordInput {
    static let environmentVariable = "LEITSTAND_PASSWORD"

    /// The password, or nil when standard input ended before a line.
    static func read(prompt: String) -> String? {
        if let password = ProcessInfo.processInfo.environment[environmentVariable] { return password }
        guard isatty(STDIN_FILENO) == 1 else { return readLine(strippingNewline: true) }
        FileHandle.standardError.write(Data(prompt.utf8))
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}
