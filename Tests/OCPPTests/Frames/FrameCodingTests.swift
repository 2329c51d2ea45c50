import OCPP
import Testing

@Suite("Reading and writing frames")
struct FrameCodingTests {
    @Test("a CALL, a CALLRESULT and a CALLERROR are read")
    func validFrames() throws {
        let call = try Frame.decode(#"[2, "19223201", "Heartbeat", {}]"#).get()
        #expect(call == .call(Call(messageID: "19223201", action: "Heartbeat", payload: .object([:]))))
        let result = try Frame.decode(#"[3,"19223201",{"currentTime":"2024-05-01T12:30:00Z"}]"#).get()
        #expect(
            result
                == .callResult(
                    CallResult(
                        messageID: "19223201", payload: .object(["currentTime": .string("2024-05-01T12:30:00Z")]))))
        let error = try Frame.decode(#"[4,"7","NotSupported","no",{"a":1}]"#).get()
        #expect(
            error
                == .callError(
                    CallError(
                        messageID: "7", code: .notSupported, description: "no", details: .object(["a": .integer(1)]))))
    }

    @Test("a CALLERROR with a code OCPP 1.6 does not define reads as GenericError")
    func unknownErrorCode() throws {
        let frame = try Frame.decode(#"[4,"7","RpcFrameworkError","x",{}]"#).get()
        #expect(frame == .callError(CallError(messageID: "7", code: .genericError, description: "x")))
    }

    @Test(
        "a frame that cannot be read is answered with a CallError and, where readable, the caller's id",
        arguments: [
            ("not json", OCPPErrorCode.formationViolation, "-1"),
            (#"{"a": 1}"#, .formationViolation, "-1"),
            (#"[2, "1"]"#, .formationViolation, "-1"),
            (#"[2.0, "1", "Heartbeat", {}]"#, .formationViolation, "-1"),
            (#"["2", "1", "Heartbeat", {}]"#, .formationViolation, "-1"),
            (#"[2, 1, "Heartbeat", {}]"#, .formationViolation, "-1"),
            (#"[2, "", "Heartbeat", {}]"#, .formationViolation, "-1"),
            (#"[2, "1234567890123456789012345678901234567", "Heartbeat", {}]"#, .formationViolation, "-1"),
            (#"[2, "m1", "Heartbeat"]"#, .formationViolation, "m1"),
            (#"[2, "m1", "Heartbeat", {}, {}]"#, .formationViolation, "m1"),
            (#"[2, "m1", 7, {}]"#, .formationViolation, "m1"),
            (#"[3, "m1", {}, 1]"#, .formationViolation, "m1"),
            (#"[4, "m1", "GenericError", {}]"#, .formationViolation, "m1"),
            (#"[5, "m1", {}]"#, .protocolError, "m1"),
        ])
    func unreadable(text: String, code: OCPPErrorCode, messageID: String) {
        guard case .failure(let error) = Frame.decode(text) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(error.code == code)
        #expect(error.messageID == messageID)
        #expect(!error.description.isEmpty)
    }

    @Test("a message id of exactly 36 characters is accepted")
    func longestMessageID() throws {
        let id = String(repeating: "a", count: Frame.maximumMessageIDLength)
        #expect(try Frame.decode(#"[3, "\#(id)", {}]"#).get().messageID == id)
    }

    @Test("bytes and text give the same frame")
    func bytes() {
        let text = #"[2,"1","Authorize",{"idTag":"ABC"}]"#
        #expect(Frame.decode(bytes: Array(text.utf8)) == Frame.decode(text))
    }

    @Test(
        "writing a frame then reading it gives the same frame",
        arguments: [
            Frame.call(Call(messageID: "a-1", action: "BootNotification", payload: .object(["x": .decimal(1.5)]))),
            .callResult(CallResult(messageID: "a-2", payload: .object([:]))),
            .callError(
                CallError(messageID: "a-3", code: .occurenceConstraintViolation, description: "meterValue: \"none\"")),
        ])
    func roundTrip(frame: Frame) {
        #expect(Frame.decode(frame.encoded()) == .success(frame))
    }

    @Test("a CALL is written as the specification shows it")
    func writtenForm() {
        let frame = Frame.call(Call(messageID: "19223201", action: "Heartbeat", payload: .object([:])))
        #expect(frame.encoded() == #"[2,"19223201","Heartbeat",{}]"#)
    }
}
