import Foundation

/// How `leitstand console` and `leitstand demo` start the console.
package struct ConsoleOptions: Sendable {
    /// A theme file name in `themeDirectory` (`--theme`); nil uses `dark`, or the built-in theme when absent.
    package var themeName: String?
    package var themeDirectory: URL
    /// Nil picks the language from `LANG` (de… → German, else English).
    package var language: Language?
    /// Logs in at once as this user (`leitstand demo`); nil shows the login screen.
    package var autoLogin: AutoLogin?

    /// A user name and password to log in with at start.
    package struct AutoLogin: Sendable {
        package var userName: String
        package var password: String

        package init(userName: String, password: String) {
            self.userName = userName
            self.password = password
        }
    }

    package init(
        themeName: String? = nil, themeDirectory: URL = URL(fileURLWithPath: "themes"), language: Language? = nil,
        autoLogin: AutoLogin? = nil
    ) {
        self.themeName = themeName
        self.themeDirectory = themeDirectory
        self.language = language
        self.autoLogin = autoLogin
    }
}
