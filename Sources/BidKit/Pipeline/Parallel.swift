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
