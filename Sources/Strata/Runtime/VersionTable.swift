/// The version table: one row per applied revision.
///
/// Columns: `revision`, `checksum` (of the upgrade SQL that ran), `status` (`applied`, or
/// `upgrading` / `downgrading` while a revision runs outside a transaction), `statements_done`
/// and `statements_total` (how far it got), `applied_at`, `applied_by`, `duration_ms`, `error`.
/// A row whose status is not `applied` means the database needs attention (`strata resolve`).
///
/// The same statements are executed online and printed by `--sql`, so both leave the same rows.
public struct VersionTable: Sendable {
    /// The table name as written in settings (`schema.table` allowed).
    public var name: String
    /// The engine's quoting and its `applied_at` column.
    public var dialect: any Dialect

    /// The version table `name` on `dialect`'s engine.
    public init(name: String, dialect: any Dialect) {
        self.name = name
        self.dialect = dialect
    }

    var table: String { SQLQuoting.dottedPath(name, dialect.lexicon) }
    func lit(_ s: String?) -> String { dialect.literal(s) }

    /// `CREATE TABLE IF NOT EXISTS ...`
    public var createSQL: String {
        """
        CREATE TABLE IF NOT EXISTS \(table) (
            revision VARCHAR(64) NOT NULL PRIMARY KEY,
            checksum VARCHAR(64) NOT NULL,
            status VARCHAR(16) NOT NULL,
            statements_done INTEGER NOT NULL,
            statements_total INTEGER NOT NULL,
            applied_at \(dialect.versionTimestampColumn),
            applied_by VARCHAR(255),
            duration_ms INTEGER,
            error TEXT
        )
        """
    }

    /// Inserts a row; `status` is `applied` for a finished revision.
    public func insertSQL(revision: String, checksum: String, status: RevisionStatus, done: Int, total: Int, by: String?, durationMs: Int?) -> String {
        "INSERT INTO \(table) (revision, checksum, status, statements_done, statements_total, applied_by, duration_ms) VALUES (\(lit(revision)), \(lit(checksum)), \(lit(status.rawValue)), \(done), \(total), \(lit(by)), \(durationMs.map(String.init) ?? "NULL"))"
    }

    /// Records progress of a revision that runs statement by statement. While a row is not
    /// `applied`, `checksum` holds the checksum of the statements done so far.
    public func progressSQL(revision: String, status: RevisionStatus, done: Int, total: Int, checksum: String, error: String?) -> String {
        "UPDATE \(table) SET status = \(lit(status.rawValue)), statements_done = \(done), statements_total = \(total), checksum = \(lit(checksum)), error = \(lit(error)) WHERE revision = \(lit(revision))"
    }

    /// Records, before a statement runs outside a transaction, that statement `statement` (1-based)
    /// is running, with a digest of the catalog before it. After a crash the row still says so, and a
    /// changed catalog tells that the statement took effect (the server finishes a DDL statement whose
    /// client died; its progress row never follows).
    public func runningSQL(revision: String, statement: Int, fingerprint: String?) -> String {
        "UPDATE \(table) SET error = \(lit(RunningStatement(statement: statement, fingerprint: fingerprint).marker)) WHERE revision = \(lit(revision))"
    }

    /// Marks a revision applied (after a statement-by-statement run or `resolve --mark-applied`).
    public func markAppliedSQL(revision: String, checksum: String, total: Int, durationMs: Int?) -> String {
        "UPDATE \(table) SET status = \(lit(RevisionStatus.applied.rawValue)), checksum = \(lit(checksum)), statements_done = \(total), statements_total = \(total), error = NULL, duration_ms = \(durationMs.map(String.init) ?? "NULL") WHERE revision = \(lit(revision))"
    }

    /// Removes one revision's row.
    public func deleteSQL(revision: String) -> String {
        "DELETE FROM \(table) WHERE revision = \(lit(revision))"
    }

    /// Removes every row.
    public var deleteAllSQL: String { "DELETE FROM \(table)" }

    /// Removes the table (a run that created it and then failed before recording anything).
    public var dropSQL: String { "DROP TABLE IF EXISTS \(table)" }

    /// Reads every row, counters as text, oldest first.
    public var selectSQL: String {
        let t = { SQLQuoting.asText($0, self.dialect.lexicon) }
        return "SELECT revision, checksum, status, \(t("statements_done")), \(t("statements_total")), \(t("applied_at")), applied_by, \(t("duration_ms")), error FROM \(table) ORDER BY applied_at, revision"
    }

    /// Reads the rows; a missing table means nothing is applied.
    public func read(_ db: any DatabaseDriver) async throws -> [AppliedRevision] {
        guard try await db.tableExists(name) else { return [] }
        return try await db.query(selectSQL).map { r in
            AppliedRevision(revision: r[0] ?? "", checksum: r[1] ?? "", status: r[2] ?? "",
                            statementsDone: Int(r[3] ?? "") ?? 0, statementsTotal: Int(r[4] ?? "") ?? 0,
                            appliedAt: r[5], appliedBy: r[6], durationMs: r[7].flatMap { Int($0) }, error: r[8])
        }
    }
}

/// What a version row's `status` says.
public enum RevisionStatus: String, Codable, Sendable, CaseIterable {
    /// The revision ran to its end.
    case applied
    /// Its upgrade runs, or stopped, statement by statement.
    case upgrading
    /// Its downgrade runs, or stopped, statement by statement.
    case downgrading
}

/// One row of the version table.
public struct AppliedRevision: Sendable, Equatable, Codable {
    /// The revision id.
    public var revision: String
    /// The checksum of the upgrade SQL that ran.
    public var checksum: String
    /// `applied`, or `upgrading` / `downgrading` while a revision runs outside a transaction.
    public var status: String
    /// Statements done of a statement-by-statement run.
    public var statementsDone: Int
    /// Statements in the section.
    public var statementsTotal: Int
    /// When it was applied, as the database prints it.
    public var appliedAt: String?
    /// Who applied it.
    public var appliedBy: String?
    /// How long it took.
    public var durationMs: Int?
    /// The error of the statement that failed, or the running marker.
    public var error: String?

    /// True unless a statement-by-statement run was interrupted.
    public var isApplied: Bool { state == .applied }

    /// The status, when it is one Strata writes (a row edited by hand may hold anything else).
    public var state: RevisionStatus? { RevisionStatus(rawValue: status) }

    /// The statement that was running when the run stopped, when the process died during it
    /// (rather than the statement failing).
    public var running: RunningStatement? { error.flatMap(RunningStatement.init(marker:)) }

    /// The error of the statement that failed (not the running marker).
    public var failure: String? { running == nil ? error : nil }
}

/// A statement that had started, recorded in the version row's `error` column as
/// `strata:running <n> <catalog digest>` until its progress is recorded.
public struct RunningStatement: Sendable, Equatable {
    /// 1-based index of the statement in its section.
    public var statement: Int
    /// Digest of the catalog before the statement ran (`nil`: the statement's effect does not show in the catalog).
    public var fingerprint: String?

    /// Statement `statement` (1-based) running, with the catalog digest taken before it.
    public init(statement: Int, fingerprint: String?) {
        self.statement = statement
        self.fingerprint = fingerprint
    }

    static let prefix = "strata:running "

    var marker: String { Self.prefix + "\(statement) " + (fingerprint ?? "-") }

    init?(marker: String) {
        guard marker.hasPrefix(Self.prefix) else { return nil }
        let parts = marker.dropFirst(Self.prefix.count).split(separator: " ")
        guard parts.count == 2, let n = Int(parts[0]) else { return nil }
        statement = n
        fingerprint = parts[1] == "-" ? nil : String(parts[1])
    }
}
