import ArgumentParser
import StrataAuthoring
import StrataCodegen

/// `--dialect sqlite|postgresql|mysql` (and the aliases `postgres`, `mariadb`), parsed as an engine.
extension Engine: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `codegen --format`.
extension CodegenFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// What `inspect` prints.
enum InspectFormat: String, CaseIterable, ExpressibleByArgument {
    case sql, json, mermaid, dot
}
