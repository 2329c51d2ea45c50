import OCPP

/// What happened in a run, counted: CALLs and their ends, connections, and the latency of the steady phase.
package struct SimulationStatistics: Sendable, Equatable {
    package var callsSent = 0
    /// CALLs answered with a CALLRESULT.
    package var callResults = 0
    /// CALLs answered with a CALLERROR, by error code.
    package var callErrors: [OCPPErrorCode: Int] = [:]
    package var timeouts = 0
    /// CALLs whose connection closed before the answer.
    package var lost = 0
    package var connectionsOpened = 0
    package var connectionFailures = 0
    package var connectionsClosed = 0
    package var sentByAction: [String: Int] = [:]
    /// CALLRESULTs and CALLERRORs that arrived in the steady phase (after the connect ramp).
    package var steadyAnswers = 0
    /// Write-to-answer latency of the CALLs answered in the steady phase.
    package var steadyLatency = LatencyHistogram()
    /// How much later than planned the steady phase's timed CALLs were written (see `SimulationReport.sendLag`).
    package var steadySendLag = LatencyHistogram()
    /// The steady phase's answers by the second they arrived in, from its start.
    package var steadyAnswersBySecond: [AnswerSecond] = []

    package init() {}

    /// Counts a CALL written to the wire.
    package mutating func recordSent(action: String) {
        callsSent += 1
        sentByAction[action, default: 0] += 1
    }

    /// Counts the end of a CALL; `latency` is the time from write to answer, nil when none came; `sendLag` how much
    /// later than planned it was written, nil for a CALL sent in answer to a frame rather than at a planned time;
    /// `steadySecond` the second of the steady phase it ended in, nil before that phase.
    package mutating func record(
        _ outcome: CallOutcome, latency: Duration?, sendLag: Duration? = nil, steadySecond: Int?
    ) {
        if steadySecond != nil, let sendLag { steadySendLag.record(sendLag) }
        switch outcome.kind {
        case .answered: callResults += 1
        case .refused(let code): callErrors[code, default: 0] += 1
        case .timedOut: timeouts += 1
        case .lost: lost += 1
        }
        switch outcome.kind {
        case .answered, .refused:
            guard let steadySecond else { return }
            steadyAnswers += 1
            guard let latency else { return }
            steadyLatency.record(latency)
            while steadyAnswersBySecond.count <= steadySecond { steadyAnswersBySecond.append(AnswerSecond()) }
            steadyAnswersBySecond[steadySecond].record(latency)
        case .timedOut, .lost:
            return
        }
    }
}
