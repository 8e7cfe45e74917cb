#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Runs an external program (LibreOffice, poppler) and waits for it, bounded in time.
///
/// Hand-written over `posix_spawn` rather than Foundation's `Process` or swift-subprocess because
/// of three needs neither meets as used here: the child gets its own **process group**, so a
/// timeout kills LibreOffice's helper processes too (`kill(-pgid)`), not just the launcher script;
/// the call is **synchronous**, as it runs inside a plugin's C render call where no async context
/// exists (swift-subprocess is async-only); and output goes to **files**, never pipes, so a chatty
/// child cannot fill a 64 KiB pipe and block while we wait for it to exit.
public enum ChildProcess {
    public struct Outcome: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        public let timedOut: Bool
        /// Normal exit with status 0.
        public var succeeded: Bool { !timedOut && status == 0 }
    }

    /// Runs `executable` (an absolute path) with `arguments`, `environment` replacing the
    /// inherited one; `directory` (private to the call) holds the captured output. The child keeps
    /// our working directory (glibc's chdir file action is not exported to Swift), so callers give
    /// it absolute paths only. After `timeout` seconds the whole process group is killed
    /// (SIGTERM, then SIGKILL a second later) and `timedOut` is set. Output streams are kept up to
    /// `outputLimit` bytes each.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                           in directory: String, timeout: TimeInterval, outputLimit: Int = 4 << 20) throws -> Outcome {
        let outPath = directory + "/.child-\(getpid())-\(counter.next()).out"
        let errPath = directory + "/.child-\(getpid())-\(counter.next()).err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new process group whose id is the child's pid: the timeout kills the group.
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.keys.sorted().map { strdup("\($0)=\(environment[$0] ?? "")") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = (argv + [nil]).withUnsafeBufferPointer { a in
            (envp + [nil]).withUnsafeBufferPointer { e -> Int32 in
                guard let args = a.baseAddress, let env = e.baseAddress else { return EINVAL }
                return posix_spawn(&pid, executable, &actions, &attributes, args, env)
            }
        }
        guard spawned == 0 else {
            throw ChildProcessError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        let (status, timedOut) = wait(pid, timeout: timeout)
        return Outcome(status: status, stdout: read(outPath, limit: outputLimit), stderr: read(errPath, limit: outputLimit),
                       timedOut: timedOut)
    }

    /// Polls for the child's exit; on timeout kills its process group and reaps it.
    private static func wait(_ pid: pid_t, timeout: TimeInterval) -> (Int32, Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var raw: Int32 = 0
        while true {
            let r = waitpid(pid, &raw, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR { return (-1, false) }
            if Date() > deadline {
                kill(-pid, SIGTERM)
                let grace = Date().addingTimeInterval(1)
                while waitpid(pid, &raw, WNOHANG) == 0 && Date() < grace { usleep(20_000) }
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &raw, 0)
                return (-1, true)
            }
            usleep(20_000)
        }
        // Helpers the child left behind in its group (LibreOffice's oosplash keeps soffice.bin) go too.
        kill(-pid, SIGKILL)
        let exited = (raw & 0x7f) == 0
        return (exited ? (raw >> 8) & 0xff : 128 + (raw & 0x7f), false)
    }

    private static func read(_ path: String, limit: Int) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit)) ?? nil
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    private static let counter = Counter()
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

public struct ChildProcessError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
