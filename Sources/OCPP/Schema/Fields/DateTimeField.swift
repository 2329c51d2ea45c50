import Foundation

/// A JSON Schema `string` with `format: date-time`: an RFC 3339 date-time (see `OCPPDateTime`).
struct DateTimeField: FieldSchema {
    func read(_ json: JSONValue) throws(PayloadViolation) -> Date {
        guard case .string(let text) = json else { throw .wrongType(expected: "a date-time string", found: json) }
        guard let date = OCPPDateTime.parse(text) else {
            throw PayloadViolation(.invalidDateTime(PayloadViolation.excerpt(text)))
        }
        return date
    }
}

extension FieldSchema where Self == DateTimeField {
    static var dateTime: DateTimeField { DateTimeField() }
}
