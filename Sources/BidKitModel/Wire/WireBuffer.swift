/// Primitive writer and reader of the package wire format (docs/plugin-abi.md):
/// unsigned LEB128 varints, length-prefixed UTF-8 strings and byte blobs. Hand-written because
/// Foundation's JSON coders cost more than the whole build budget on a 500-page bid.
public struct WireWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    public mutating func varint(_ value: Int) { uvarint(UInt64(bitPattern: Int64(value))) }

    public mutating func uvarint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func string(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            uvarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func blob(_ value: [UInt8]) {
        uvarint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    public mutating func array<T>(_ values: [T], _ element: (inout WireWriter, T) -> Void) {
        uvarint(UInt64(values.count))
        for v in values { element(&self, v) }
    }

    /// A presence byte (0 or 1), then the value when present.
    public mutating func optional<T>(_ value: T?, _ element: (inout WireWriter, T) -> Void) {
        bool(value != nil)
        if let value { element(&self, value) }
    }
}

/// A malformed or truncated package: the reader never traps on bad input.
public struct WireError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

public struct WireReader {
    private let bytes: [UInt8]
    public private(set) var offset: Int
    /// Levels of nested content being read (see `Nesting`).
    private var depth = 0

    public init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    public var isAtEnd: Bool { offset >= bytes.count }

    public mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw WireError("package truncated at byte \(offset)") }
        defer { offset += 1 }
        return bytes[offset]
    }

    public mutating func uvarint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw WireError("varint too long at byte \(offset)") }
            result |= UInt64(b & 0x7f) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
    }

    public mutating func varint() throws -> Int { Int(Int64(bitPattern: try uvarint())) }

    public mutating func bool() throws -> Bool { try byte() != 0 }

    /// A length that must fit in what is left of the buffer (guards allocations against corrupt input).
    private mutating func length() throws -> Int {
        let n = try uvarint()
        guard n <= UInt64(bytes.count - offset) else {
            throw WireError("length \(n) at byte \(offset) exceeds the package size")
        }
        return Int(n)
    }

    public mutating func string() throws -> String {
        let n = try length()
        defer { offset += n }
        return bytes.withUnsafeBufferPointer { buf in
            String(decoding: UnsafeBufferPointer(rebasing: buf[offset..<offset + n]), as: UTF8.self)
        }
    }

    public mutating func blob() throws -> [UInt8] {
        let n = try length()
        defer { offset += n }
        return Array(bytes[offset..<offset + n])
    }

    public mutating func optional<T>(_ element: (inout WireReader) throws -> T) throws -> T? {
        try bool() ? try element(&self) : nil
    }

    /// Reads content one nesting level down; deeper than `Nesting.limit` is an error, so a hostile
    /// package cannot exhaust the stack of the decoder or of the renderer walking the result.
    public mutating func nested<T>(_ body: (inout WireReader) throws -> T) throws -> T {
        guard depth < Nesting.limit else {
            throw WireError("content nested more than \(Nesting.limit) levels deep at byte \(offset)")
        }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    /// Element counts are bounded by the remaining bytes: every element takes at least one.
    public mutating func array<T>(_ element: (inout WireReader) throws -> T) throws -> [T] {
        let n = try length()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try element(&self)) }
        return out
    }
}
