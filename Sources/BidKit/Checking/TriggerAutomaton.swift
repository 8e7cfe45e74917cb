/// Aho–Corasick over UTF-8 bytes: which of many literal needles occur in a line, in one pass over the
/// line whatever their number. `TriggerSet` uses it past the 64 needles its bitmask scan handles, for
/// `project.known_names` lists of thousands (10,000 names took 32 s when every line went to every
/// name's regex). Hand-written: no package on the allowed list offers multi-pattern search, and the
/// automaton is small (a trie, failure links, one pass).
struct TriggerAutomaton: Sendable {
    /// Transitions from the root, dense: most bytes of a line are read there.
    private var root = [Int32](repeating: 0, count: 256)
    /// Other states' transitions, sorted by byte: `edgeStart[s]..<edgeStart[s + 1]` index both arrays.
    private var edgeStart: [Int32] = []
    private var edgeByte: [UInt8] = []
    private var edgeTarget: [Int32] = []
    private var failure: [Int32] = []
    /// The needle ending at a state (-1: none); `nextOutput` is the nearest state on the failure
    /// chain that ends a needle (-1: none), so every needle ending at a position is reported.
    private var output: [Int32] = []
    private var nextOutput: [Int32] = []

    /// `needles` are distinct and non-empty; their indices are what `needles(in:)` reports.
    init(_ needles: [[UInt8]]) {
        // 1. The trie, with transitions keyed by state << 8 | byte.
        var trie: [Int: Int32] = [:]
        output = [-1]
        for (index, needle) in needles.enumerated() where !needle.isEmpty {
            var state: Int32 = 0
            for byte in needle {
                let key = Int(state) << 8 | Int(byte)
                if let next = trie[key] {
                    state = next
                } else {
                    let next = Int32(output.count)
                    output.append(-1)
                    trie[key] = next
                    state = next
                }
            }
            output[Int(state)] = Int32(index)
        }
        // 2. Flattened: sorted keys group each state's transitions, in byte order.
        let count = output.count
        edgeStart = [Int32](repeating: 0, count: count + 1)
        for (key, target) in trie.sorted(by: { $0.key < $1.key }) {
            let state = key >> 8, byte = UInt8(key & 0xFF)
            if state == 0 { root[Int(byte)] = target }
            edgeStart[state + 1] += 1
            edgeByte.append(byte)
            edgeTarget.append(target)
        }
        for s in 0..<count { edgeStart[s + 1] += edgeStart[s] }
        // 3. Failure links breadth-first: a state's link is the longest proper suffix that is a trie state.
        failure = [Int32](repeating: 0, count: count)
        nextOutput = [Int32](repeating: -1, count: count)
        var queue: [Int32] = edgeTarget[Int(edgeStart[0])..<Int(edgeStart[1])].map { $0 }
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            for e in Int(edgeStart[state])..<Int(edgeStart[state + 1]) {
                let child = Int(edgeTarget[e])
                var f = failure[state]
                while true {
                    if let next = transition(from: f, on: edgeByte[e]), Int(next) != child {
                        failure[child] = next
                        break
                    }
                    if f == 0 { break }
                    f = failure[Int(f)]
                }
                let link = Int(failure[child])
                nextOutput[child] = output[link] >= 0 ? Int32(link) : nextOutput[link]
                queue.append(Int32(child))
            }
        }
    }

    private func transition(from state: Int32, on byte: UInt8) -> Int32? {
        if state == 0 { return root[Int(byte)] == 0 ? nil : root[Int(byte)] }
        var lo = Int(edgeStart[Int(state)]), hi = Int(edgeStart[Int(state) + 1])
        while lo < hi {
            let mid = (lo + hi) / 2
            if edgeByte[mid] == byte { return edgeTarget[mid] }
            if edgeByte[mid] < byte { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// Indices of the needles occurring in `bytes` (each at least once, possibly repeated).
    func needles(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var found: [Int] = []
        var state: Int32 = 0
        for byte in bytes {
            while true {
                if let next = transition(from: state, on: byte) {
                    state = next
                    break
                }
                if state == 0 { break }
                state = failure[Int(state)]
            }
            var o = output[Int(state)] >= 0 ? state : nextOutput[Int(state)]
            while o >= 0 {
                found.append(Int(output[Int(o)]))
                o = nextOutput[Int(o)]
            }
        }
        return found
    }
}
