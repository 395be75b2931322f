import Foundation

/// Applies revisions to a database through a driver, safely.
///
/// - Every run holds the migration lock, so concurrent runners apply each revision once.
/// - On engines with transactional DDL a revision runs in one transaction: a failing statement
///   rolls it back and the version table stays where it was.
/// - On MySQL/MariaDB (and for `-- strata:transaction off`) statements run one by one and the
///   version table records how far the revision got; a failure leaves a row that makes the next
///   run refuse until `resolve` says what happened.
/// - Applied revisions whose upgrade SQL was edited afterwards are reported (or refused with `strict`).
public struct Runner: Sendable {
    public var graph: RevisionGraph
    public var db: any DatabaseDriver
    public var versionTable: VersionTable
    /// Seconds to wait for the migration lock.
    public var lockTimeout: Double
    /// Refuse to run when an applied revision was edited.
    public var strict: Bool
    /// Recorded in `applied_by`.
    public var appliedBy: String?
    public var onEvent: @Sendable (RunnerEvent) -> Void

    public init(graph: RevisionGraph, db: any DatabaseDriver, versionTable: String = "strata_version",
                lockTimeout: Double = 60, strict: Bool = false, appliedBy: String? = Runner.defaultUser,
                onEvent: @escaping @Sendable (RunnerEvent) -> Void = { _ in }) {
        self.graph = graph
        self.db = db
        self.versionTable = VersionTable(name: versionTable, engine: db.engine)
        self.lockTimeout = lockTimeout
        self.strict = strict
        self.appliedBy = appliedBy
        self.onEvent = onEvent
    }

    /// `user@host` of this process.
    public static var defaultUser: String? {
        let env = ProcessInfo.processInfo.environment
        let user = env["USER"] ?? env["LOGNAME"] ?? "unknown"
        return "\(user)@\(ProcessInfo.processInfo.hostName)"
    }

    /// The lock name: one per database and version table, so projects sharing a database do not block each other.
    public var lockName: String { "strata:\(db.url.database):\(versionTable.name)" }

    // MARK: reading state

    /// The version table's rows (empty when it does not exist yet).
    public func applied() async throws -> [AppliedRevision] { try await versionTable.read(db) }

    /// Applied revisions whose upgrade SQL no longer matches the checksum recorded when they ran.
    public func editedRevisions(_ rows: [AppliedRevision]) -> [AppliedRevision] {
        rows.filter { row in
            guard row.isApplied, let r = graph.revisions[row.revision] else { return false }
            return r.checksum(for: db.engine) != row.checksum
        }
    }

    // MARK: commands

    /// Applies what `target` needs. Returns the revisions applied, in order.
    @discardableResult
    public func upgrade(to target: String) async throws -> [String] {
        try await locked { rows in
            let applied = Set(rows.map(\.revision))
            let plan = graph.upgradePlan(applied: applied, to: try graph.resolve(target, current: applied))
            try validate(plan, .upgrade)
            onEvent(.planned(direction: .upgrade, revisions: plan))
            for (n, id) in plan.enumerated() { try await apply(graph.revisions[id]!, index: n, count: plan.count, resumeAt: nil) }
            return plan
        }
    }

    /// Undoes what lies beyond `target`. Returns the revisions undone, in order.
    @discardableResult
    public func downgrade(to target: String) async throws -> [String] {
        try await locked { rows in
            let applied = Set(rows.map(\.revision))
            let plan = try graph.downgradePlan(applied: applied, to: try graph.resolve(target, current: applied))
            try validate(plan, .downgrade)
            onEvent(.planned(direction: .downgrade, revisions: plan))
            for (n, id) in plan.enumerated() { try await unapply(graph.revisions[id]!, index: n, count: plan.count, resumeAt: nil) }
            return plan
        }
    }

    /// Every revision of a plan must have SQL for this engine before anything runs.
    func validate(_ plan: [String], _ direction: Revision.Direction) throws {
        for id in plan { _ = try graph.revisions[id]!.statements(direction, for: db.engine) }
    }

    /// Sets the version table to exactly `target` and its ancestors without running any SQL.
    /// Rows of revisions the folder does not have are removed only with `purge`.
    ///
    /// A half-applied revision is not hidden: `stamp` refuses while one exists (`needsAttention`,
    /// pointing to `resolve`), unless `overHalfApplied` says so; then its error is reported as a warning.
    public func stamp(_ target: String, purge: Bool = false, overHalfApplied: Bool = false) async throws -> (added: [String], removed: [String]) {
        try await locked(allowAttention: true) { rows in
            if let stuck = rows.first(where: { !$0.isApplied }) {
                guard overHalfApplied else {
                    throw StrataError.needsAttention(Runner.attentionMessage(stuck, table: versionTable.name)
                        + "; stamp would hide it (pass --over-half-applied to stamp anyway)")
                }
                onEvent(.warning("stamping over half-applied revision \(stuck.revision) (stopped after \(stuck.statementsDone) of \(stuck.statementsTotal) statements\(stuck.error.map { ": " + SQLText.oneLine($0, limit: 160) } ?? "")); its record is replaced"))
            }
            let applied = Set(rows.map(\.revision))
            let strangers = applied.subtracting(graph.revisions.keys)
            if !strangers.isEmpty && !purge {
                throw StrataError.usage("\(versionTable.name) has revision\(strangers.count == 1 ? "" : "s") \(strangers.sorted().joined(separator: ", ")) that the migrations folder does not have (wrong folder or another project's version table?); pass --purge to remove \(strangers.count == 1 ? "it" : "them")")
            }
            let want = graph.ancestors(of: try graph.resolve(target, current: applied).revisions)
            let removed = graph.sorted(applied.intersection(graph.revisions.keys).subtracting(want)).reversed()
            let unknown = applied.subtracting(graph.revisions.keys)
            let added = graph.sorted(want.subtracting(applied))
            try await transaction {
                for id in removed + unknown.sorted() { try await db.execute(versionTable.deleteSQL(revision: id)) }
                for id in rows.filter({ !$0.isApplied && want.contains($0.revision) }).map(\.revision) {
                    let r = graph.revisions[id]!
                    try await db.execute(versionTable.markAppliedSQL(revision: id, checksum: r.checksum(for: db.engine), total: try r.statements(.upgrade, for: db.engine).count, durationMs: nil))
                }
                for id in added {
                    let r = graph.revisions[id]!
                    let count = try r.statements(.upgrade, for: db.engine).count
                    try await db.execute(versionTable.insertSQL(revision: id, checksum: r.checksum(for: db.engine), status: "applied", done: count, total: count, by: appliedBy, durationMs: nil))
                }
            }
            return (added, Array(removed) + unknown.sorted())
        }
    }

    /// How to settle a revision that stopped half-way (MySQL, or `transaction off`).
    public enum Resolution: String, Sendable, CaseIterable {
        /// Run the remaining statements, starting with the one that failed.
        case retry
        /// The rest was done by hand: record the step as finished.
        case markApplied = "mark-applied"
        /// Run the revision's downgrade section, then forget the revision (interrupted upgrades only).
        case rollback
        /// The partial changes were undone by hand: forget the revision without running SQL.
        case forget
    }

    /// Settles the interrupted revision. Returns its id.
    @discardableResult
    public func resolve(_ how: Resolution) async throws -> String {
        try await locked(allowAttention: true) { rows in
            guard let row = rows.first(where: { !$0.isApplied }) else {
                throw StrataError.usage("nothing to resolve: no revision is half-applied in \(versionTable.name)")
            }
            guard let r = graph.revisions[row.revision] else {
                throw StrataError.graph("revision \(row.revision) is half-applied but has no file in the migrations folder")
            }
            let upgrading = row.status == "upgrading"
            switch how {
            case .retry:
                let statements = try r.statements(upgrading ? .upgrade : .downgrade, for: db.engine)
                guard row.statementsDone <= statements.count,
                      Revision.prefixChecksum(statements.prefix(row.statementsDone)) == row.checksum else {
                    throw StrataError.needsAttention("cannot retry revision \(r.id): its first \(row.statementsDone) \(upgrading ? "upgrade" : "downgrade") statement(s), which already ran, were edited since (\(r.path)); restore them, or finish by hand and use --mark-applied or --forget")
                }
                if upgrading { try await apply(r, index: 0, count: 1, resumeAt: row.statementsDone) }
                else { try await unapply(r, index: 0, count: 1, resumeAt: row.statementsDone) }
            case .markApplied:
                if upgrading {
                    let total = try r.statements(.upgrade, for: db.engine).count
                    try await db.execute(versionTable.markAppliedSQL(revision: r.id, checksum: r.checksum(for: db.engine), total: total, durationMs: nil))
                } else {
                    try await db.execute(versionTable.deleteSQL(revision: r.id))
                }
            case .rollback:
                guard upgrading else {
                    throw StrataError.usage("--rollback undoes an interrupted upgrade; revision \(r.id) stopped while downgrading: use --retry, --mark-applied or --forget")
                }
                try await unapply(r, index: 0, count: 1, resumeAt: 0)
            case .forget:
                if upgrading { try await db.execute(versionTable.deleteSQL(revision: r.id)) }
                else {
                    let total = try r.statements(.upgrade, for: db.engine).count
                    try await db.execute(versionTable.markAppliedSQL(revision: r.id, checksum: r.checksum(for: db.engine), total: total, durationMs: nil))
                }
            }
            return r.id
        }
    }

    // MARK: machinery

    /// Takes the lock, makes sure the version table exists, reads it, checks it, runs `body`.
    func locked<T: Sendable>(allowAttention: Bool = false, _ body: ([AppliedRevision]) async throws -> T) async throws -> T {
        try await db.withLock(name: lockName, timeout: lockTimeout) {
            try await db.execute(versionTable.createSQL)
            let rows = try await applied()
            if !allowAttention, let stuck = rows.first(where: { !$0.isApplied }) {
                throw StrataError.needsAttention(Runner.attentionMessage(stuck, table: versionTable.name))
            }
            let edited = editedRevisions(rows)
            if !edited.isEmpty {
                let list = edited.map { "\($0.revision) (\(graph.revisions[$0.revision]!.path))" }.joined(separator: ", ")
                let text = "applied revision\(edited.count == 1 ? " was" : "s were") edited after being applied: \(list)"
                if strict { throw StrataError.checkFailed(text + " (refusing because of --strict)") }
                onEvent(.warning(text))
            }
            if !allowAttention {
                let unknown = rows.map(\.revision).filter { graph.revisions[$0] == nil }
                if !unknown.isEmpty {
                    throw StrataError.graph("the database has revision\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: ", ")) in \(versionTable.name) that the migrations folder does not have (wrong folder, or another project's version table? set version_table)")
                }
            }
            return try await body(rows)
        }
    }

    /// Whether another process holds the migration lock now (a revision that is not `applied` is then
    /// in progress, not stopped). Takes and releases the lock when it is free.
    public func lockIsHeldElsewhere() async throws -> Bool {
        do {
            try await db.acquireLock(name: lockName, timeout: 0)
        } catch StrataError.lockTimeout {
            return true
        }
        try await db.releaseLock(name: lockName)
        return false
    }

    /// Where a version row stands, with the sentence for the user.
    public enum RowState: Sendable, Equatable {
        case applied
        /// Another runner holds the lock and is running it: not a failure.
        case inProgress(String)
        /// It stopped half-way: `strata resolve` (exit 5 for the commands that refuse).
        case needsAttention(String)
    }

    /// Whether `row` is applied, in progress under another runner's lock, or stopped half-way.
    public func state(of row: AppliedRevision) async throws -> RowState {
        guard !row.isApplied else { return .applied }
        if try await lockIsHeldElsewhere() {
            let verb = row.status == "downgrading" ? "downgrade" : "upgrade"
            return .inProgress("in progress: another strata process is running the \(verb) of revision \(row.revision) (\(row.statementsDone) of \(row.statementsTotal) statements done)")
        }
        return .needsAttention(Runner.attentionMessage(row, table: versionTable.name))
    }

    /// The one-line explanation of a half-applied revision, with the ways out.
    public static func attentionMessage(_ row: AppliedRevision, table: String) -> String {
        let verb = row.status == "downgrading" ? "downgrade" : "upgrade"
        var s = "database needs attention: the \(verb) of revision \(row.revision) stopped after \(row.statementsDone) of \(row.statementsTotal) statements"
        if let e = row.error { s += " (\(SQLText.oneLine(e, limit: 160)))" }
        s += "; fix the cause, then run 'strata resolve --retry' (run the rest), '--mark-applied' (you finished it by hand)"
        s += row.status == "downgrading" ? " or '--forget' (you undid it by hand)" : ", '--rollback' (run its downgrade) or '--forget' (you undid it by hand)"
        return s
    }

    func transaction(_ body: () async throws -> Void) async throws {
        try await db.beginTransaction()
        do { try await body(); try await db.commit() } catch { try? await db.rollback(); throw error }
    }

    func apply(_ r: Revision, index: Int, count: Int, resumeAt: Int?) async throws {
        onEvent(.revisionStarted(id: r.id, message: r.message, index: index, count: count, direction: .upgrade))
        let statements = try r.statements(.upgrade, for: db.engine)
        let checksum = r.checksum(for: db.engine)
        let clock = ContinuousClock.now
        func ms() -> Int { Int((ContinuousClock.now - clock) / .milliseconds(1)) }

        if r.transactional && db.engine.hasTransactionalDDL && resumeAt == nil {
            var n = 0
            do {
                try await transaction {
                    for (i, s) in statements.enumerated() { n = i; try await execute(r, i, statements) }
                    n = statements.count
                    try await db.execute(versionTable.insertSQL(revision: r.id, checksum: checksum, status: "applied", done: statements.count, total: statements.count, by: appliedBy, durationMs: ms()))
                }
            } catch let e as StrataError {
                guard n < statements.count, case .database(let message) = e else { throw e }
                throw StrataError.revisionFailed(revision: r.id, statement: n + 1, sql: statements[n].sql, error: message,
                                                 note: "\(r.path):\(statements[n].line); the revision was rolled back and the database is unchanged")
            }
        } else {
            let start = resumeAt ?? 0
            if resumeAt == nil {
                try await db.execute(versionTable.insertSQL(revision: r.id, checksum: Revision.prefixChecksum([]), status: "upgrading", done: 0, total: statements.count, by: appliedBy, durationMs: nil))
            }
            try await runStepwise(r, statements, from: start, status: "upgrading")
            try await db.execute(versionTable.markAppliedSQL(revision: r.id, checksum: checksum, total: statements.count, durationMs: ms()))
        }
        onEvent(.revisionFinished(id: r.id, direction: .upgrade, milliseconds: ms()))
    }

    func unapply(_ r: Revision, index: Int, count: Int, resumeAt: Int?) async throws {
        onEvent(.revisionStarted(id: r.id, message: r.message, index: index, count: count, direction: .downgrade))
        let statements = try r.statements(.downgrade, for: db.engine)
        let clock = ContinuousClock.now
        func ms() -> Int { Int((ContinuousClock.now - clock) / .milliseconds(1)) }
        if r.transactional && db.engine.hasTransactionalDDL && resumeAt == nil {
            var n = 0
            do {
                try await transaction {
                    for (i, s) in statements.enumerated() { n = i; try await execute(r, i, statements) }
                    n = statements.count
                    try await db.execute(versionTable.deleteSQL(revision: r.id))
                }
            } catch let e as StrataError {
                guard n < statements.count, case .database(let message) = e else { throw e }
                throw StrataError.revisionFailed(revision: r.id, statement: n + 1, sql: statements[n].sql, error: message,
                                                 note: "\(r.path):\(statements[n].line) (downgrade); the revision was rolled back and stays applied")
            }
        } else {
            let start = resumeAt ?? 0
            try await db.execute(versionTable.progressSQL(revision: r.id, status: "downgrading", done: start, total: statements.count,
                                                          checksum: Revision.prefixChecksum(statements.prefix(start)), error: nil))
            try await runStepwise(r, statements, from: start, status: "downgrading")
            try await db.execute(versionTable.deleteSQL(revision: r.id))
        }
        onEvent(.revisionFinished(id: r.id, direction: .downgrade, milliseconds: ms()))
    }

    /// Runs statement `i` of a revision, reporting its start and its time.
    func execute(_ r: Revision, _ i: Int, _ statements: [SQLStatement]) async throws {
        onEvent(.statementStarted(id: r.id, index: i, count: statements.count, line: statements[i].line, sql: statements[i].sql))
        let clock = ContinuousClock.now
        try await db.execute(statements[i].sql)
        onEvent(.statementFinished(id: r.id, index: i, milliseconds: Int((ContinuousClock.now - clock) / .milliseconds(1))))
    }

    /// Runs statements one by one, recording progress after each; on failure records the error.
    ///
    /// On MySQL each statement and its progress row share a transaction, so a DML statement and
    /// its record commit together (DDL commits by itself; the record follows at once).
    func runStepwise(_ r: Revision, _ statements: [SQLStatement], from start: Int, status: String) async throws {
        let pairTransactions = db.engine == .mysql
        for i in start..<max(start, statements.count) {
            let progress = versionTable.progressSQL(revision: r.id, status: status, done: i + 1, total: statements.count,
                                                    checksum: Revision.prefixChecksum(statements.prefix(i + 1)), error: nil)
            do {
                if pairTransactions { try await db.beginTransaction() }
                try await execute(r, i, statements)
                try await db.execute(progress)
                if pairTransactions { try await db.commit() }
            } catch let StrataError.database(message) {
                if pairTransactions { try? await db.rollback() }
                try? await db.execute(versionTable.progressSQL(revision: r.id, status: status, done: i, total: statements.count,
                                                               checksum: Revision.prefixChecksum(statements.prefix(i)), error: message))
                let direction = status == "upgrading" ? "upgrade" : "downgrade"
                throw StrataError.revisionFailed(
                    revision: r.id, statement: i + 1, sql: statements[i].sql, error: message,
                    note: "\(r.path):\(statements[i].line) (\(direction)); \(i == 0 ? "no statement of it ran" : i == 1 ? "statement 1 stays applied" : "statements 1-\(i) stay applied") (\(db.engine) cannot roll back DDL); the database needs attention: fix the cause, then 'strata resolve --retry', '--mark-applied', '--rollback' or '--forget'")
            }
        }
    }
}
