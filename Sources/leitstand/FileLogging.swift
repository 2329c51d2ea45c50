import Foundation
import Logging
import Synchronization

/// Logs to a file instead of standard error, for processes whose terminal belongs to the console.
enum FileLogging {
    /// Bootstraps swift-log once for this process to append to `path` and returns the root logger.
    static func bootstrap(path: String, label: String, level: Logger.Level = .info) throws -> Logger {
        let stream = try LogFile(path: path)
        LoggingSystem.bootstrap { name in
            var handler = StreamLogHandler(label: name, stream: stream)
            handler.logLevel = level
            return handler
        }
        return Logger(label: label)
    }
}

/// An append-only log file that several threads write lines to; each line is written whole.
private final class LogFile: TextOutputStream, Sendable {
    private let handle: Mutex<FileHandle>

    init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: url)
        handle.seekToEndOfFile()
        self.handle = Mutex(handle)
    }

    func write(_ string: String) {
        handle.withLock { $0.write(Data(string.utf8)) }
    }
}
