import Console
import Foundation
import Testing

@Suite("Themes")
struct ThemeTests {
    /// The repository's themes folder, found from this file.
    private static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    private let loader = ThemeLoader(directory: themes)

    @Test("the shipped themes load, and dark is the built-in one", arguments: ["dark", "light", "high-contrast"])
    func shipped(name: String) throws {
        let theme = try loader.load(named: name)
        #expect(theme.name == name)
        if name == "dark" { #expect(theme.styles == Theme.builtIn.styles) }
    }

    @Test("the themes folder lists the shipped themes")
    func available() {
        #expect(loader.availableNames() == ["dark", "high-contrast", "light"])
    }

    @Test("a terminal with 8 colours gets the fallback colours, one with 256 the full ones")
    func fallback() throws {
        let style = try loader.load(named: "dark").style(for: .stationFaulted)
        #expect(style.colors(forColorCount: 256) == (196, 234))
        #expect(style.colors(forColorCount: 8) == (1, 0))
        #expect(
            RoleStyle(foreground: nil, background: nil, basicForeground: .default, basicBackground: .blue)
                .colors(forColorCount: 256) == (-1, -1))
    }

    @Test("without colours, header, selection and faults stay visible through attributes")
    func monochrome() {
        #expect(ThemeRole.selectedRow.monochromeAttributes.contains(.reverse))
        #expect(ThemeRole.stationFaulted.monochromeAttributes.contains(.bold))
    }

    @Test(
        "a broken theme says what is wrong, in the agent's language",
        arguments: [
            (#"{"roles": {"text": {"fg": 300}}}"#, "x.json, text: colour 300 is not in 0…255."),
            (
                #"{"roles": {"text": {"fg8": "pink"}}}"#,
                #"x.json, text: "pink" is not one of the eight basic colours (or default)."#
            ),
            (#"{"roles": {"glitter": {}}}"#, #"x.json names an unknown role "glitter"."#),
            (#"{"roles": {}}"#, #"x.json lacks the role "text"."#),
            (
                #"{"roles": {"text": {"attributes": ["blink"]}}}"#,
                #"x.json, text: unknown attribute "blink" (bold, underline, reverse)."#
            ),
        ])
    func broken(json: String, sentence: String) {
        do {
            _ = try ThemeLoader.decode(Data(json.utf8), name: "x", file: "x.json")
            Issue.record("a broken theme was accepted")
        } catch {
            #expect(error.description == sentence)
        }
    }

    @Test("malformed JSON and unknown names are reported with the file and the choices")
    func notFound() {
        #expect(throws: ThemeError.notFound(name: "neon", available: ["dark", "high-contrast", "light"])) {
            try loader.load(named: "neon")
        }
        #expect(throws: ThemeError.invalidName("../etc")) { try loader.load(named: "../etc") }
        #expect(
            Strings.german.sentence(for: .notFound(name: "neon", available: ["dark"]))
                == "Es gibt kein Farbschema „neon“; vorhanden: dark.")
        #expect(throws: (any Error).self) { try ThemeLoader.decode(Data("{".utf8), name: "x", file: "x.json") }
    }

    @Test(":theme loads a theme through the runtime and reports a failure without changing the look")
    func themeCommand() {
        var state = Fixtures.state()
        let effects = Fixtures.press([.character(":")] + Fixtures.type("theme light") + [.enter], on: &state)
        #expect(effects == [.loadTheme("light")])
        _ = state.handle(.received(.themeLoaded(.failure(.notFound(name: "light", available: [])))))
        #expect(state.theme == .builtIn)
        #expect(state.message?.isError == true)
    }
}
