import Foundation

/// An `errno` in words that sit inside a sentence: "permission denied", "no such file or directory".
enum SystemError {
    static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        let message = String(cString: text)
        return message.prefix(1).lowercased() + message.dropFirst()
    }
}
