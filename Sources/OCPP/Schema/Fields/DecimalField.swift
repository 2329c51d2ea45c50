/// A JSON Schema `number` with `multipleOf: 0.1`, the only kind of decimal in OCPP 1.6 (charging limits).
///
/// Integers are numbers too. The check allows for binary rounding: `21.4` passes although it is not exactly 214/10
/// in a `Double`, as python-ocpp allows it by reading these payloads as `Decimal`.
struct DecimalField: FieldSchema {
    func read(_ json: JSONValue) throws(PayloadViolation) -> Double {
        let value: Double
        switch json {
        case .integer(let integer): return Double(integer)
        case .decimal(let decimal): value = decimal
        default: throw .wrongType(expected: "a number", found: json)
        }
        let tenths = value * 10
        guard abs(tenths - tenths.rounded()) <= 1e-9 * max(1, abs(tenths)) else {
            throw PayloadViolation(.notInTenths(value: value))
        }
        return value
    }
}

extension FieldSchema where Self == DecimalField {
    static var decimalInTenths: DecimalField { DecimalField() }
}
