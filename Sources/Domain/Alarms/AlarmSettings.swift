/// Every delay and threshold of the alarm rules, with defaults for a public charging network.
package struct AlarmSettings: Sendable, Equatable {
    package var liveness: LivenessSettings
    /// Boots within `bootLoopWindow` that make a boot loop; at least 2. The loop clears after a window without a boot.
    package var bootLoopThreshold: Int
    package var bootLoopWindow: Duration
    /// How long a connected station never seen booting may go without a BootNotification.
    package var bootNotificationDelay: Duration
    /// A Faulted status reported this soon after a BootNotification waits until this long after the boot, and
    /// counts only if no other status replaced it: stations report stale faults while they start.
    package var faultSettleAfterBoot: Duration
    /// How long a transaction may stay open before it is an alarm.
    package var transactionMaxDuration: Duration

    package init(
        liveness: LivenessSettings = LivenessSettings(),
        bootLoopThreshold: Int = 3,
        bootLoopWindow: Duration = .seconds(10 * 60),
        bootNotificationDelay: Duration = .seconds(5 * 60),
        faultSettleAfterBoot: Duration = .seconds(2 * 60),
        transactionMaxDuration: Duration = .seconds(24 * 3600)
    ) {
        self.liveness = liveness
        self.bootLoopThreshold = bootLoopThreshold
        self.bootLoopWindow = bootLoopWindow
        self.bootNotificationDelay = bootNotificationDelay
        self.faultSettleAfterBoot = faultSettleAfterBoot
        self.transactionMaxDuration = transactionMaxDuration
    }
}
