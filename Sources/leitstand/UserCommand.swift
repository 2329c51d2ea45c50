import Accounts
import ArgumentParser
import Foundation
import Storage

/// `leitstand user add`: makes a supervisor login on the server's own command line, the first one above all.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage logins on the server itself.", subcommands: [Add.self])

    /// `leitstand user add NAME`: a supervisor, who then creates every other login from the console.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Create a supervisor login (the first administrator). The password comes from "
                + "\(PasswordInput.environmentVariable), a prompt, or one line of standard input.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "User name: 2 to 64 lowercase letters, digits or .-_@") var name: String
        @Option(help: "The name screens show.") var displayName: String?

        func run() async throws {
            guard let password = PasswordInput.read(prompt: "Password for \(name): ") else {
                throw ValidationError("No password was given.")
            }
            let store = try LeitstandDatabase.open(path: database.resolvedPath)
            do {
                let account = try await AccountService(store: store).bootstrapAdministrator(
                    userName: name, displayName: displayName ?? name, password: password)
                print("Created supervisor \(account.userName) in \(database.resolvedPath).")
            } catch {
                throw ValidationError(error.description)
            }
        }
    }
}
