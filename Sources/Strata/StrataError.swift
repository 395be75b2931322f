/// Every failure Strata reports to a user.
///
/// Each case carries what a user needs to act: the file and line, the masked URL, the revision
/// and statement. `description` is one line; `exitCode` is the documented process exit status.
public enum StrataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A command-line or configuration value is wrong (exit 2).
    case usage(String)
    /// A revision file is malformed: `file:line: message` (exit 2).
    case revisionFile(path: String, line: Int, message: String)
    /// The revision graph is inconsistent: cycle, unknown parent, duplicate id (exit 2).
    case graph(String)
    /// A target (`head`, a prefix, `+2`, ...) cannot be resolved (exit 2).
    case target(String)
    /// A database URL cannot be parsed (exit 2). The URL is already masked.
    case badURL(url: String, reason: String)
    /// Connecting failed (exit 3). The URL is already masked.
    case connection(url: String, reason: String)
    /// A statement failed (exit 3).
    case database(String)
    /// A revision failed while it was being applied (exit 3).
    case revisionFailed(revision: String, statement: Int, sql: String, error: String, note: String)
    /// The migration lock could not be taken in time (exit 4).
    case lockTimeout(String)
    /// The database needs attention (a half-applied revision) before anything else runs (exit 5).
    case needsAttention(String)
    /// `check` found a problem: edited history, several heads, drift (exit 1).
    case checkFailed(String)
    /// A file could not be read or written (exit 2).
    case io(String)

    /// The one-line message, naming the place.
    public var description: String {
        switch self {
        case .usage(let m): return m
        case .revisionFile(let path, let line, let message): return "\(path):\(line): \(message)"
        case .graph(let m), .target(let m), .database(let m), .lockTimeout(let m),
             .needsAttention(let m), .checkFailed(let m), .io(let m):
            return m
        case .badURL(let url, let reason): return "invalid database URL \(url): \(reason)"
        case .connection(let url, let reason): return "cannot connect to \(url): \(reason)"
        case .revisionFailed(let revision, let statement, let sql, let error, let note):
            return "revision \(revision) failed at statement \(statement) (\(SQLText.oneLine(sql, limit: 120))): \(error)\(note.isEmpty ? "" : "; \(note)")"
        }
    }

    /// The documented process exit status for this error.
    public var exitCode: Int32 {
        switch self {
        case .checkFailed: return 1
        case .usage, .revisionFile, .graph, .target, .badURL, .io: return 2
        case .connection, .database, .revisionFailed: return 3
        case .lockTimeout: return 4
        case .needsAttention: return 5
        }
    }
}

/// Small helpers for SQL text: one-line messages, and statements written out as a script.
public enum SQLText {
    /// A statement with its terminator, as a script for the engine's own client: on a line of its own
    /// after a trailing line comment; where the client knows `DELIMITER` (MySQL) a body holding `;` is
    /// wrapped in DELIMITER lines it does not contain.
    public static func terminated(_ sql: String, _ lexicon: SQLLexicon) -> String {
        if lexicon.delimiterCommand && sql.contains(";") {
            let delimiter = ["$$", "//", ";;", "$$$$", "@@@"].first { !sql.contains($0) } ?? "$strata$"
            return "DELIMITER \(delimiter)\n\(sql)\n\(delimiter)\nDELIMITER ;\n"
        }
        let lastLine = sql.split(separator: "\n").last ?? ""
        let endsInComment = lastLine.contains("--") || (lexicon.hashComments && lastLine.contains("#"))
        return sql + (endsInComment ? "\n;\n" : ";\n")
    }

    /// Statements as one script (see `terminated`).
    public static func script(_ statements: [String], _ lexicon: SQLLexicon) -> String {
        statements.map { terminated($0, lexicon) }.joined()
    }

    /// Collapses whitespace and cuts `sql` to `limit` characters.
    public static func oneLine(_ sql: String, limit: Int = 200) -> String {
        let collapsed = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        return collapsed.count > limit ? String(collapsed.prefix(limit - 1)) + "…" : collapsed
    }
}
