import Domain
import Foundation
import GRDB

/// Reading the store's column conventions back into domain values.
///
/// Times are REAL seconds since 1970 (see `Migrations`); a text that does not make a valid domain value throws
/// `StorageError.Code.invalidStoredValue` instead of trapping.
extension Row {
    func date(_ column: some ColumnExpression) throws -> Date {
        Date(timeIntervalSince1970: try decode(Double.self, forColumn: column))
    }

    func optionalDate(_ column: some ColumnExpression) throws -> Date? {
        try decode(Double?.self, forColumn: column).map(Date.init(timeIntervalSince1970:))
    }

    func stationID(_ column: some ColumnExpression, table: String) throws -> StationID {
        let raw = try decode(String.self, forColumn: column)
        guard let id = StationID(raw) else {
            throw StorageError.invalidValue(raw, column: column.name, table: table)
        }
        return id
    }

    func value<Value: RawRepresentable>(
        _ type: Value.Type, _ column: some ColumnExpression, table: String
    ) throws -> Value where Value.RawValue == String {
        let raw = try decode(String.self, forColumn: column)
        guard let value = Value(rawValue: raw) else {
            throw StorageError.invalidValue(raw, column: column.name, table: table)
        }
        return value
    }

    func optionalValue<Value: RawRepresentable>(
        _ type: Value.Type, _ column: some ColumnExpression, table: String
    ) throws -> Value? where Value.RawValue == String {
        guard try decode(String?.self, forColumn: column) != nil else { return nil }
        return try value(type, column, table: table)
    }
}
