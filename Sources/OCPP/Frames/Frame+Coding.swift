extension Frame {
    /// The largest message id the specification allows (`maxLength 36`).
    package static let maximumMessageIDLength = 36

    /// Reads one frame from the text of a WebSocket message.
    ///
    /// A frame that cannot be read is answered with the returned `CallError`. Its message id is the
    /// caller's where it could be read, and `"-1"` where it could not, as OCPP 2.0.1 (and common 1.6 practice) does.
    /// The bytes are parsed once; the payload is handed on as a `JSONValue` for the typed decoders.
    package static func decode(_ text: some StringProtocol) -> Result<Frame, CallError> {
        decode(bytes: text.utf8)
    }

    /// Reads one frame from UTF-8 bytes; see `decode(_:)`.
    package static func decode(bytes: some Collection<UInt8>) -> Result<Frame, CallError> {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: bytes)
        } catch {
            return .failure(malformed("The frame is not valid JSON (\(error.description))."))
        }
        guard case .array(let elements) = document else {
            return .failure(malformed("A frame must be a JSON array."))
        }
        guard elements.count >= 3, case .integer(let typeID) = elements[0] else {
            return .failure(malformed("A frame starts with a message type id and a message id."))
        }
        guard case .string(let messageID) = elements[1], !messageID.isEmpty,
            messageID.utf8.count <= maximumMessageIDLength
        else {
            return .failure(malformed("The message id must be a string of 1 to 36 characters."))
        }
        switch typeID {
        case 2:
            guard elements.count == 4, case .string(let action) = elements[2] else {
                return .failure(malformed("A CALL is [2, id, action, payload].", id: messageID))
            }
            return .success(.call(Call(messageID: messageID, action: action, payload: elements[3])))
        case 3:
            guard elements.count == 3 else {
                return .failure(malformed("A CALLRESULT is [3, id, payload].", id: messageID))
            }
            return .success(.callResult(CallResult(messageID: messageID, payload: elements[2])))
        case 4:
            guard elements.count == 5, case .string(let rawCode) = elements[2],
                case .string(let description) = elements[3]
            else {
                return .failure(malformed("A CALLERROR is [4, id, code, description, details].", id: messageID))
            }
            let code = OCPPErrorCode(rawValue: rawCode) ?? .genericError
            return .success(
                .callError(CallError(messageID: messageID, code: code, description: description, details: elements[4])))
        default:
            return .failure(
                CallError(
                    messageID: messageID, code: .protocolError,
                    description: "Unknown message type id \(typeID); expected 2, 3 or 4."))
        }
    }

    /// The frame as JSON text, ready to be sent.
    package func encoded() -> String {
        let elements: [JSONValue]
        switch self {
        case .call(let call):
            elements = [.integer(2), .string(call.messageID), .string(call.action), call.payload]
        case .callResult(let result):
            elements = [.integer(3), .string(result.messageID), result.payload]
        case .callError(let error):
            elements = [
                .integer(4), .string(error.messageID), .string(error.code.rawValue), .string(error.description),
                error.details,
            ]
        }
        return JSONValue.array(elements).encodedText()
    }

    private static func malformed(_ description: String, id: String = "-1") -> CallError {
        CallError(messageID: id, code: .formationViolation, description: description)
    }
}
