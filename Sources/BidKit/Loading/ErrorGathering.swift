import Foundation

/// Reads the parts of a block that do not depend on each other, so one run reports every error they
/// hold (issue 15 item 7): a read that fails is recorded and gives a placeholder (or nil), the next one
/// runs, and `finish` throws them all in file order. A placeholder never leaves the block: `finish`
/// throws whenever one was used. A check that needs an earlier value reads it as optional and is
/// skipped when that value failed, so a dependent error is never reported on top of its cause.
struct ErrorGathering {
    private(set) var errors: [LoadError] = []
    /// A read failed whose cause is reported elsewhere (`ReportedElsewhere`): the block fails too.
    private var failedQuietly = false

    var isClean: Bool { errors.isEmpty && !failedQuietly }

    mutating func record(_ error: Error) {
        switch error {
        case let e as LoadError: errors.append(e)
        case let many as LoadErrors: errors += many.errors
        case is ReportedElsewhere: failedQuietly = true
        default: errors.append(LoadError(SourceLocation(file: ""), "\(error)"))
        }
    }

    /// `body`'s value, or nil with its error(s) recorded.
    mutating func read<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            record(error)
            return nil
        }
    }

    /// `body`'s value, or `placeholder` with its error(s) recorded.
    mutating func read<T>(_ placeholder: T, _ body: () throws -> T) -> T {
        read(body) ?? placeholder
    }

    /// Every item read by `body`, in order; an item that fails is left out and its errors recorded.
    mutating func each<T>(_ items: [YAMLValue], _ body: (YAMLValue) throws -> T) -> [T] {
        items.compactMap { item in read { try body(item) } }
    }

    /// Throws what was gathered, in file order (one error as itself, several as `LoadErrors`).
    func finish() throws {
        guard let first = errors.first else {
            if failedQuietly { throw ReportedElsewhere() }
            return
        }
        throw errors.count == 1 ? first as Error : LoadErrors(Self.inFileOrder(errors))
    }

    /// `value` when nothing failed; the gathered errors otherwise. `mutating` although it changes
    /// nothing: a non-mutating method is handed a copy of the gathering taken before its argument
    /// runs, so `g.finish(Value(a: g.read …))` would lose the argument's errors; a mutating one
    /// reaches the gathering after the argument ran (`LoadErrorGatheringTests` depends on it).
    mutating func finish<T>(_ value: T) throws -> T {
        try finish()
        return value
    }

    /// Errors by file (in the order the files were first met), then line and column; equal places
    /// keep the order they were found in.
    static func inFileOrder(_ errors: [LoadError]) -> [LoadError] {
        var fileRank: [String: Int] = [:]
        for e in errors where fileRank[e.location.file] == nil { fileRank[e.location.file] = fileRank.count }
        return errors.enumerated().sorted { a, b in
            let ka = (fileRank[a.element.location.file] ?? 0, a.element.location.line, a.element.location.column, a.offset)
            let kb = (fileRank[b.element.location.file] ?? 0, b.element.location.line, b.element.location.column, b.offset)
            return ka < kb
        }.map(\.element)
    }
}

/// A failure whose cause is already recorded in the same gathering (a required key missing because it
/// was misspelled): it stops the read without a second message.
struct ReportedElsewhere: Error {}

extension CalendarDay {
    /// What a date that failed to load reads as while the rest of its block is read; never in a loaded project.
    static let placeholder = CalendarDay(year: 2000, month: 1, day: 1)
}

extension ZonedTime {
    /// What a deadline that failed to load reads as while the rest of its block is read
    /// (`ErrorGathering`); never in a loaded project.
    static var placeholder: ZonedTime {
        ZonedTime(date: Date(timeIntervalSince1970: 0), zone: TimeZone(secondsFromGMT: 0) ?? .current, iso: "")
    }

    private init(date: Date, zone: TimeZone, iso: String) {
        self.date = date
        self.zone = zone
        self.iso = iso
    }
}
