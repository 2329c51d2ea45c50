import ArgumentParser
import Console
import Foundation

/// How the console looks and speaks, shared by `leitstand console` and `leitstand demo`.
struct ConsoleOptionGroup: ParsableArguments {
    @Option(help: "Colour theme: dark, light, high-contrast, or any NAME.json in --themes.") var theme: String?
    @Option(help: "Folder with the theme files.") var themes = "themes"
    @Option(help: "Screen language: de or en (default: from LANG).") var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil { throw ValidationError("--lang takes de or en.") }
    }

    func options(autoLogin: ConsoleOptions.AutoLogin? = nil) -> ConsoleOptions {
        ConsoleOptions(
            themeName: theme, themeDirectory: URL(fileURLWithPath: themes, isDirectory: true),
            language: lang.flatMap(Language.init(code:)), autoLogin: autoLogin)
    }
}
