extension JSONValue {
    /// Reads one JSON document from UTF-8 bytes, strictly (see `JSONParser`).
    package init(parsing bytes: some Collection<UInt8>) throws(JSONSyntaxError) {
        let parsed =
            bytes.withContiguousStorageIfAvailable { buffer in
                Result { () throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
            }
            ?? Array(bytes).withUnsafeBufferPointer { buffer in
                Result { () throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
            }
        self = try parsed.get()
    }

    /// Reads one JSON document from text, strictly (see `JSONParser`).
    package init(parsing text: some StringProtocol) throws(JSONSyntaxError) {
        try self.init(parsing: text.utf8)
    }
}
