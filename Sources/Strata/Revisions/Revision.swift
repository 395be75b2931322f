import Crypto
import Foundation

/// One revision file: its place in the graph and its upgrade and downgrade SQL.
public struct Revision: Sendable, Equatable {
    /// The revision id (12 hex digits when Strata writes it; any `[A-Za-z0-9_]` word is accepted).
    public var id: String
    /// Parent revision ids; empty for a base, several for a merge.
    public var parents: [String]
    /// Revisions that must be applied first without being parents (cross-branch dependencies).
    public var dependsOn: [String]
    /// Labels naming the branch this revision starts.
    public var branchLabels: [String]
    /// What the revision does.
    public var message: String
    /// Creation time as written in the header (ISO 8601).
    public var created: String?
    /// False when the file says `-- strata:transaction off`.
    public var transactional: Bool
    /// The upgrade sections (one for all engines, or one per engine).
    public var upgrade: [RevisionSection]
    /// The downgrade sections.
    public var downgrade: [RevisionSection]
    /// Path of the file the revision was read from.
    public var path: String

    /// A revision with the given header and sections.
    public init(id: String, parents: [String] = [], dependsOn: [String] = [], branchLabels: [String] = [],
                message: String = "", created: String? = nil, transactional: Bool = true,
                upgrade: [RevisionSection] = [], downgrade: [RevisionSection] = [], path: String = "") {
        self.id = id
        self.parents = parents
        self.dependsOn = dependsOn
        self.branchLabels = branchLabels
        self.message = message
        self.created = created
        self.transactional = transactional
        self.upgrade = upgrade
        self.downgrade = downgrade
        self.path = path
    }

    /// The direction a revision runs in.
    public enum Direction: String, Sendable { case upgrade, downgrade }

    /// The section to run on `engine`: the engine's own section, else the one for all engines.
    public func section(_ direction: Direction, for engine: Engine) -> RevisionSection? {
        let sections = direction == .upgrade ? upgrade : downgrade
        return sections.first { $0.engine == engine } ?? sections.first { $0.engine == nil }
    }

    /// The statements to run on `dialect`'s engine, split as its client would, or an error naming
    /// the file when there is no section or the section leaves a string or comment open.
    public func statements(_ direction: Direction, for dialect: any Dialect) throws -> [SQLStatement] {
        let engine = dialect.engine
        guard let section = section(direction, for: engine) else {
            let sections = direction == .upgrade ? upgrade : downgrade
            let have = sections.compactMap { $0.engine?.rawValue }
            let detail = have.isEmpty ? "it has none" : "it has sections for \(have.joined(separator: ", ")) only"
            throw StrataError.revisionFile(path: path, line: 1, message: "revision \(id) has no \(direction.rawValue) section for \(engine) (\(detail))")
        }
        if let open = SQLSplitter.unterminated(section.sql, lexicon: dialect.lexicon, firstLine: section.firstLine) {
            throw StrataError.revisionFile(path: path, line: open.line, message: "\(open.what) in the \(direction.rawValue) section for \(engine) (nothing after it would run as written)")
        }
        return SQLSplitter.split(section.sql, lexicon: dialect.lexicon, firstLine: section.firstLine)
    }

    /// SHA-256 of the upgrade SQL that runs on `engine`, with line ends and trailing blanks normalised.
    /// Editing the header, comments around sections or the downgrade does not change it.
    public func checksum(for engine: Engine) -> String {
        let text = section(.upgrade, for: engine)?.sql ?? ""
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> Substring in
                var l = Substring(line)
                while let last = l.last, last == " " || last == "\t" { l = l.dropLast() }
                return l
            }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return Revision.sha256(normalised)
    }

    /// SHA-256 of the first statements of a run, recorded while a revision runs statement by
    /// statement, so a retry can tell that the statements already run were edited since.
    public static func prefixChecksum(_ statements: ArraySlice<SQLStatement>) -> String {
        sha256(statements.map(\.sql).joined(separator: "\n;\n"))
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// The SQL of one `-- strata:upgrade` or `-- strata:downgrade` section.
public struct RevisionSection: Sendable, Equatable {
    /// The engine the section is for; nil when it is for every engine.
    public var engine: Engine?
    /// The section's SQL, as written.
    public var sql: String
    /// File line of the section's first SQL line.
    public var firstLine: Int

    /// A section for `engine` (nil: every engine) whose SQL starts on file line `firstLine`.
    public init(engine: Engine? = nil, sql: String, firstLine: Int = 1) {
        self.engine = engine
        self.sql = sql
        self.firstLine = firstLine
    }
}
