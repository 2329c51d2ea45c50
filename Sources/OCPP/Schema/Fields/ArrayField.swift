/// A JSON array whose items share one schema, with a minimum number of items where the schema sets `minItems`.
struct ArrayField<Element: FieldSchema>: FieldSchema {
    var element: Element
    var minItems: Int

    func read(_ json: JSONValue) throws(PayloadViolation) -> [Element.Value] {
        guard case .array(let items) = json else { throw .wrongType(expected: "an array", found: json) }
        guard items.count >= minItems else {
            throw PayloadViolation(.tooFewItems(count: items.count, minimum: minItems))
        }
        var values: [Element.Value] = []
        values.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            do {
                values.append(try element.read(item))
            } catch {
                throw error.nested(in: .index(position))
            }
        }
        return values
    }
}

extension FieldSchema {
    static func array<Element>(of element: Element, minItems: Int = 0) -> Self where Self == ArrayField<Element> {
        ArrayField(element: element, minItems: minItems)
    }
}
