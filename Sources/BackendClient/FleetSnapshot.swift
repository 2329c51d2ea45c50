/// Every station the caller may see, as of one backend revision: what a console starts from before the
/// live updates keep it current.
package struct FleetSnapshot: Sendable, Equatable, Codable {
    package var revision: UInt64
    package var rows: [FleetRow]

    package init(revision: UInt64, rows: [FleetRow]) {
        self.revision = revision
        self.rows = rows
    }
}
