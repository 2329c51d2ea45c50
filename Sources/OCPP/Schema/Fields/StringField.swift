/// A JSON Schema `string`, with the maximum length of its CiStringNType where it has one.
struct StringField: FieldSchema {
    /// The most Unicode scalars allowed (JSON Schema counts code points, not bytes); nil for unbounded text.
    var maxLength: Int?

    func read(_ json: JSONValue) throws(PayloadViolation) -> String {
        guard case .string(let value) = json else { throw .wrongType(expected: "a string", found: json) }
        // UTF-8 never has fewer bytes than scalars, so most strings pass without counting scalars.
        if let maxLength, value.utf8.count > maxLength {
            let length = value.unicodeScalars.count
            if length > maxLength { throw PayloadViolation(.tooLong(length: length, maximum: maxLength)) }
        }
        return value
    }
}

extension FieldSchema where Self == StringField {
    /// A CiStringNType of 1.6 §7, such as CiString20Type for an IdToken.
    static func string(maxLength: Int) -> StringField { StringField(maxLength: maxLength) }

    /// A string without a length limit (DataTransfer `data`, SampledValue `value`).
    static var text: StringField { StringField(maxLength: nil) }
}
