import ServiceLifecycle

/// Runs `job` at once and then every `interval` until the task is cancelled or the service group shuts down
/// gracefully: the loop of the backend's housekeeping services. `job` handles its own errors.
func repeatUntilShutdown(every interval: Duration, _ job: @escaping @Sendable () async -> Void) async {
    await cancelWhenGracefulShutdown {
        while !Task.isCancelled {
            await job()
            do { try await Task.sleep(for: interval) } catch { return }
        }
    }
}
