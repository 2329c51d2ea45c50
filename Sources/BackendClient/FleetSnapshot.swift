/// The stations of one `FleetScope` the caller may see, as of one backend revision: what a console starts from
/// before the live updates keep it current.
package struct FleetSnapshot: Sendable, Equatable, Codable {
    package var revision: UInt64
    package var rows: [FleetRow]
    /// How many stations the caller may see in all, in the scope or not.
    package var stationCount: Int

    /// `stationCount` is the number of `rows` unless given.
    package init(revision: UInt64, rows: [FleetRow], stationCount: Int? = nil) {
        self.revision = revision
        self.rows = rows
        self.stationCount = stationCount ?? rows.count
    }
}
