import CBidKitPluginABI

/// One option a plugin declares (ABI 3 `bidkit_option`), copied out of its descriptor.
public struct PluginOption: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case string, integer, number, boolean, path
        case choice([String])

        /// How `bidkit plugins` and messages write the type.
        public var description: String {
            switch self {
            case .string: return "text"
            case .integer: return "whole number"
            case .number: return "number"
            case .boolean: return "true or false"
            case .path: return "file or folder"
            case .choice(let values): return values.joined(separator: " | ")
            }
        }
    }

    public let name: String
    public let kind: Kind
    public let description: String

    public init(name: String, kind: Kind, description: String) {
        self.name = name
        self.kind = kind
        self.description = description
    }

    /// Why `value` is not of the declared type, or nil when it is.
    public func problem(with value: String) -> String? {
        let ok: Bool
        switch kind {
        case .string: ok = true
        case .path: ok = !value.isEmpty
        case .integer:
            let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
            ok = !digits.isEmpty && digits.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && Int(value) != nil
        case .number:
            let body = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
            let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
            ok = (1...2).contains(pieces.count) && pieces.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        case .boolean: ok = ["true", "false", "yes", "no", "1", "0"].contains(value.lowercased())
        case .choice(let values): ok = values.contains(value)
        }
        return ok ? nil : "option \(name) expects \(kind.description), got '\(value)'"
    }
}

extension DescriptorValidation {
    /// More options than this is taken as a corrupt descriptor.
    static let maxOptionCount = 256

    static func readOptions(count: Int, at pointer: UnsafePointer<bidkit_option>?) throws -> [PluginOption] {
        guard count > 0 else { return [] }
        guard count <= maxOptionCount else { throw DescriptorError("option_count \(count) exceeds the limit of \(maxOptionCount)") }
        guard let pointer else { throw DescriptorError("option_count is \(count) but options is NULL") }
        guard Int(bitPattern: UnsafeRawPointer(pointer)) % MemoryLayout<bidkit_option>.alignment == 0 else {
            throw DescriptorError("options is a misaligned pointer")
        }
        var options: [PluginOption] = []
        for (i, o) in UnsafeBufferPointer(start: pointer, count: count).enumerated() {
            let field = "options[\(i)]"
            let name = try CStrings.identifier(o.name, field: field + ".name").get()
            guard !name.isEmpty, name.utf8.allSatisfy({ b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
            }) else { throw DescriptorError("\(field).name '\(name)' must be ASCII letters, digits, '_' or '-'") }
            guard !options.contains(where: { $0.name == name }) else { throw DescriptorError("declares option '\(name)' twice") }
            let description = try CStrings.identifier(o.description, field: field + ".description").get()
            let kind: PluginOption.Kind
            switch try CStrings.identifier(o.type, field: field + ".type").get() {
            case "string": kind = .string
            case "integer": kind = .integer
            case "number": kind = .number
            case "boolean": kind = .boolean
            case "path": kind = .path
            case "choice":
                let values = try CStrings.identifier(o.values, field: field + ".values").get().split(separator: "|").map(String.init)
                guard !values.isEmpty else { throw DescriptorError("\(field) is a choice without values") }
                kind = .choice(values)
            case let other:
                throw DescriptorError("\(field).type '\(other)' is not string, integer, number, boolean, path or choice")
            }
            options.append(PluginOption(name: name, kind: kind, description: description.filter { !$0.isNewline }))
        }
        return options
    }
}
