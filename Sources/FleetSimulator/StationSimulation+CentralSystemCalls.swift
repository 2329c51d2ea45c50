import OCPP

extension StationSimulation {
    /// The answer to a CALL of the central system, with its effect on the station.
    ///
    /// Every action of OCPP 1.6J gets a CALLRESULT with a sensible status; an unknown action gets CALLERROR
    /// NotImplemented, and a payload without a required field CALLERROR ProtocolError.
    package mutating func answer(_ call: Call, at now: Duration) -> Frame {
        guard let action = CentralSystemOperation(rawValue: call.action) else {
            return .callError(
                CallError(
                    messageID: call.messageID,
                    code: .notImplemented,
                    description: "Unknown action \(call.action)."
                )
            )
        }
        guard let payload = answerPayload(action, call.payload, at: now) else {
            return .callError(
                CallError(
                    messageID: call.messageID,
                    code: .protocolError,
                    description: "\(call.action) misses a required field."
                )
            )
        }
        return .callResult(CallResult(messageID: call.messageID, payload: payload))
    }

    private mutating func answerPayload(
        _ action: CentralSystemOperation,
        _ request: JSONValue,
        at now: Duration
    ) -> JSONValue? {
        switch action {
        case .getConfiguration, .changeConfiguration, .getLocalListVersion, .sendLocalList:
            return configurationAnswer(action, request, at: now)
        case .reset, .remoteStartTransaction, .remoteStopTransaction, .unlockConnector, .changeAvailability,
            .triggerMessage:
            return controlAnswer(action, request, at: now)
        case .reserveNow:
            guard let connector = request.integerField("connectorId") else { return nil }
            return status(reservationRefusal(connector: connector))
        case .cancelReservation, .getCompositeSchedule:
            return status("Rejected")
        case .clearCache, .setChargingProfile:
            return status("Accepted")
        case .clearChargingProfile:
            return status("Unknown")
        case .dataTransfer:
            return status("UnknownVendorId")
        case .getDiagnostics:
            return .object(["fileName": .string("\(id.rawValue)-diagnostics.log")])
        case .updateFirmware:
            return .object([:])
        }
    }

    /// Answers the configuration and local-list operations.
    private mutating func configurationAnswer(
        _ action: CentralSystemOperation,
        _ request: JSONValue,
        at now: Duration
    ) -> JSONValue? {
        switch action {
        case .changeConfiguration:
            guard let key = request.stringField("key"), let value = request.stringField("value") else { return nil }
            let outcome = configuration.change(key, to: value)
            if outcome == .accepted, key == "HeartbeatInterval", let seconds = Int64(value) {
                useHeartbeatInterval(seconds: seconds, at: now)
            }
            return status(outcome.rawValue)
        case .getLocalListVersion:
            return .object(["listVersion": .integer(Int64(localListVersion))])
        case .sendLocalList:
            guard let version = request.integerField("listVersion") else { return nil }
            localListVersion = Int(version)
            return status("Accepted")
        default:
            guard case .array(let keys)? = request.objectValue?["key"] else { return configuration.answer(keys: []) }
            return configuration.answer(keys: keys.compactMap(\.stringValue))
        }
    }

    /// Answers the operations that act on the station or a connector.
    private mutating func controlAnswer(
        _ action: CentralSystemOperation,
        _ request: JSONValue,
        at now: Duration
    ) -> JSONValue? {
        let connector = request.integerField("connectorId")
        switch action {
        case .reset:
            guard let type = request.stringField("type") else { return nil }
            pendingReset = type == "Hard" ? .hardReset : .softReset
            return status("Accepted")
        case .remoteStartTransaction:
            guard let idTag = request.stringField("idTag") else { return nil }
            return status(remoteStart(idTag: idTag, connector: connector, at: now) ? "Accepted" : "Rejected")
        case .remoteStopTransaction:
            guard let transactionID = request.integerField("transactionId") else { return nil }
            return status(remoteStop(transactionID: transactionID, at: now) ? "Accepted" : "Rejected")
        case .unlockConnector:
            guard let connector else { return nil }
            guard let index = connectorIndex(connector) else { return status("NotSupported") }
            _ = connectors[index].stopTransaction(reason: .unlockCommand, at: now)
            return status("Unlocked")
        case .changeAvailability:
            guard let connector, let type = request.stringField("type") else { return nil }
            return status(changeAvailability(connector: connector, inoperative: type == "Inoperative", at: now))
        default:
            guard let requested = request.stringField("requestedMessage") else { return nil }
            return status(trigger(requested, connector: connector, at: now))
        }
    }

    private func status(_ value: String) -> JSONValue {
        .object(["status": .string(value)])
    }

    /// The index in `connectors` of connector id `connector`; nil for 0 or an unknown id.
    private func connectorIndex(_ connector: Int64) -> Int? {
        connectors.firstIndex { Int64($0.connectorID) == connector }
    }

    /// Queues the message TriggerMessage asks for, and says whether it will come.
    private mutating func trigger(_ requested: String, connector: Int64?, at now: Duration) -> String {
        let indices: [Int]
        if let connector, connector != 0 {
            guard let index = connectorIndex(connector) else { return "Rejected" }
            indices = [index]
        } else {
            indices = Array(connectors.indices)
        }
        let messages: [StationMessage]
        switch requested {
        case "BootNotification": messages = [.bootNotification(identity)]
        case "Heartbeat": messages = [.heartbeat]
        case "DiagnosticsStatusNotification": messages = [.diagnosticsStatusNotification]
        case "FirmwareStatusNotification": messages = [.firmwareStatusNotification]
        case "MeterValues": messages = indices.map { .meterValues(connectors[$0].meterReading(at: now)) }
        case "StatusNotification":
            let station = connector == nil || connector == 0 ? [stationStatusReport] : []
            messages = station + indices.map { connectors[$0].statusReport }
        default: return "NotImplemented"
        }
        guard outbox.count + messages.count <= Self.outboxLimit else { return "Rejected" }
        outbox.insert(contentsOf: messages, at: 0)
        return "Accepted"
    }

    private mutating func remoteStart(idTag: String, connector: Int64?, at now: Duration) -> Bool {
        guard pendingReset == nil else { return false }
        let candidates = connector.map { connectorIndex($0).map { [$0] } ?? [] } ?? Array(connectors.indices)
        let authorizeFirst = configuration["AuthorizeRemoteTxRequests"] == "true"
        for index in candidates
        where connectors[index].startRemotely(
            idTag: idTag,
            authorizeFirst: authorizeFirst,
            at: now,
            behaviour: behaviour,
            random: &random
        ) {
            return true
        }
        return false
    }

    private mutating func remoteStop(transactionID: Int64, at now: Duration) -> Bool {
        let index = connectors.firstIndex { connector in
            switch connector.phase {
            case .announcing(let session), .charging(let session): session.transactionID == transactionID
            default: false
            }
        }
        guard let index else { return false }
        return connectors[index].stopTransaction(reason: .remote, at: now)
    }

    private mutating func changeAvailability(connector: Int64, inoperative: Bool, at now: Duration) -> String {
        let indices: [Int]
        if connector == 0 {
            indices = Array(connectors.indices)
        } else if let index = connectorIndex(connector) {
            indices = [index]
        } else {
            return "Rejected"
        }
        var isScheduled = false
        for index in indices where !connectors[index].setInoperative(inoperative, at: now) {
            isScheduled = true
        }
        return isScheduled ? "Scheduled" : "Accepted"
    }

    /// Why a reservation is refused: the connector's state, or `Rejected` (the simulator does not reserve).
    private func reservationRefusal(connector: Int64) -> String {
        guard let index = connectorIndex(connector) else { return "Rejected" }
        return switch connectors[index].status {
        case .faulted: "Faulted"
        case .unavailable: "Unavailable"
        case .available: "Rejected"
        default: "Occupied"
        }
    }
}
