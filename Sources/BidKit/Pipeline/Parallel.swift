import Foundation

/// Runs independent pieces of work on every core and returns their results in input order, so
/// parallel assembly and checking produce exactly what a sequential run would.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in slots.set(i, transform(items[i])) }
        return slots.values
    }

    /// One slot per item; each written once, by one worker, under the lock.
    private final class Slots<R>: @unchecked Sendable {
        private var storage: [R?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: R) {
            lock.lock()
            storage[i] = value
            lock.unlock()
        }
        var values: [R] { storage.compactMap { $0 } }
    }
}

/// One piece of work started on another thread now and joined later: `build` runs the checker
/// beside encoding and rendering (a single-format build renders on one core and would otherwise
/// leave the other idle while the rules run), and reads the report only at the end.
final class Concurrent<T: Sendable>: @unchecked Sendable {
    private var result: T?
    private let lock = NSLock()
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () -> T) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            let value = work()
            self.lock.lock()
            self.result = value
            self.lock.unlock()
            self.done.leave()
        }
    }

    /// Waits for the work and returns its result.
    func join() -> T? {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return result
    }
}
