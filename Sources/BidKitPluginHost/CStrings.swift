#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BidKitTextLayout

/// Reading C strings that come from plugin memory.
///
/// A plugin's strings are untrusted: `String(cString:)` would walk off the end of an
/// unterminated buffer forever and silently repair invalid UTF-8 in a name users must type.
/// Reads here are bounded, and identifiers must be valid UTF-8.
enum CStrings {
    /// Longest name, version, extension or media type accepted from a descriptor.
    static let identifierLimit = 4096
    /// Longest error message copied out of a render result; longer ones are cut.
    static let messageLimit = 64 * 1024

    /// An identifier-like string (name, version, format fields): NULL, over-long or
    /// invalid UTF-8 yields a reason instead.
    static func identifier(_ pointer: UnsafePointer<CChar>?, field: String) -> Result<String, DescriptorError> {
        guard let pointer else { return .failure(DescriptorError("\(field) is NULL")) }
        let length = strnlen(pointer, identifierLimit)
        guard length < identifierLimit else {
            return .failure(DescriptorError("\(field) is longer than \(identifierLimit - 1) bytes or not NUL-terminated"))
        }
        let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
        let text = String(decoding: bytes, as: UTF8.self)
        // Decoding repairs invalid UTF-8; comparing the bytes tells whether it had to.
        guard text.utf8.elementsEqual(bytes) else {
            return .failure(DescriptorError("\(field) is not valid UTF-8"))
        }
        return .success(text)
    }

    /// A message for humans: bounded, with invalid UTF-8 replaced rather than rejected,
    /// because a garbled error is still more useful than none, and control characters escaped,
    /// because it is printed as it came and a plugin must not drive the user's terminal.
    static func message(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        let length = strnlen(pointer, messageLimit)
        let text = TerminalText.safe(String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self))
        return length < messageLimit ? text : text + "… (message truncated)"
    }
}

/// Why a descriptor was rejected.
struct DescriptorError: Error, Sendable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
