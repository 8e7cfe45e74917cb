/// A problem met while loading or assembling that leaves the rest of the project usable — a
/// section file that is missing, an image that cannot be read, a requirement id no section has.
/// `bidkit check` reports each as a finding of `rule` and goes on, so a reviewer sees every problem
/// in one run; `build`, `tasks` and `price` stop on them (exit status 2) as on any load error.
public struct LoadProblem: Sendable, Hashable {
    public var error: LoadError
    /// `load`, or the rule that owns the problem (an unknown `{{field}}` in a form is a `leftovers` one).
    public var rule: String
    /// The section it belongs to, when it belongs to one.
    public var section: String?

    public init(_ error: LoadError, rule: String = "load", section: String? = nil) {
        self.error = error
        self.rule = rule
        self.section = section
    }
}

/// What a loader produced, with the recoverable problems it met on the way.
public struct Loaded<Value: Sendable>: Sendable {
    public var value: Value
    public var problems: [LoadProblem]

    public init(_ value: Value, problems: [LoadProblem] = []) {
        self.value = value
        self.problems = problems
    }

    /// The value for commands that need a whole project: any problem is a load error.
    public func strict() throws -> Value {
        let errors = problems.map(\.error)
        if errors.count == 1, let only = errors.first { throw only }
        if !errors.isEmpty { throw LoadErrors(errors) }
        return value
    }
}

/// Collects recoverable problems while a loader runs; a thrown (unrecoverable) error carries them along.
struct ProblemCollector {
    private(set) var problems: [LoadProblem] = []

    mutating func record(_ error: LoadError, rule: String = "load", section: String? = nil) {
        problems.append(LoadProblem(error, rule: rule, section: section))
    }

    mutating func record(_ errors: [LoadError]) { for e in errors { record(e) } }

    /// Runs `body`; an error it throws is recorded and `fallback` returned.
    mutating func recover<T>(_ fallback: T, section: String? = nil, _ body: () throws -> T) -> T {
        do {
            return try body()
        } catch let error as LoadError {
            record(error, section: section)
        } catch let many as LoadErrors {
            for e in many.errors { record(e, section: section) }
        } catch is ReportedElsewhere {
        } catch {
            record(LoadError(SourceLocation(file: ""), "\(error)"), section: section)
        }
        return fallback
    }

    /// `error` (unrecoverable) with the problems met before it, so none is lost when loading stops.
    func stopping(with error: Error) -> Error {
        guard !problems.isEmpty else { return error }
        let thrown: [LoadError]
        switch error {
        case let e as LoadError: thrown = [e]
        case let many as LoadErrors: thrown = many.errors
        default: return error
        }
        return LoadErrors(ErrorGathering.inFileOrder(problems.map(\.error) + thrown))
    }
}
