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
    /// The revisions.
    public var graph: RevisionGraph
    /// The database migrated.
    public var db: any DatabaseDriver
    /// The version table.
    public var versionTable: VersionTable
    /// Seconds to wait for the migration lock.
    public var lockTimeout: Double
    /// Refuse to run when an applied revision was edited.
    public var strict: Bool
    /// Recorded in `applied_by`.
    public var appliedBy: String?
    /// Receives the run as it goes (revision started, finished, warnings).
    public var onEvent: @Sendable (RunnerEvent) -> Void

    /// A runner of `graph` on `db`.
    public init(graph: RevisionGraph, db: any DatabaseDriver, versionTable: String = "strata_version",
                lockTimeout: Double = 60, strict: Bool = false, appliedBy: String? = Runner.defaultUser,
                onEvent: @escaping @Sendable (RunnerEvent) -> Void = { _ in }) {
        self.graph = graph
        self.db = db
        self.versionTable = VersionTable(name: versionTable, dialect: db.dialect)
        self.lockTimeout = lockTimeout
        self.strict = strict
        // Without $USER (a container, a service), the database user says who ran it.
        self.appliedBy = appliedBy.map { $0.hasPrefix("unknown@") ? (db.url.user ?? "unknown") + $0.dropFirst("unknown".count) : $0 }
        self.onEvent = onEvent
    }

    /// `user@host` of this process.
    public static var defaultUser: String? {
        let env = ProcessInfo.processInfo.environment
        let user = [env["USER"], env["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty } ?? "unknown"
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
            for (id, before) in graph.insertedBeforeApplied(Set(rows.filter(\.isApplied).map(\.revision))) where plan.contains(id) {
                onEvent(.warning("revision \(id) (\(graph.revisions[id]!.path)) comes before \(before.joined(separator: ", ")) in the history, which already ran: it runs now, after them"))
            }
            onEvent(.planned(direction: .upgrade, revisions: plan))
            for (n, id) in plan.enumerated() { try await apply(graph.revisions[id]!, index: n, count: plan.count, resumeAt: nil) }
            return plan
        }
    }

    /// What `upgrade(to:)` would apply, in order, with nothing run and no lock taken; it refuses what
    /// `upgrade` refuses (a half-applied revision, revisions the folder lacks, a missing section).
    public func upgradePlan(to target: String) async throws -> [String] {
        let rows = try await applied()
        if let stuck = rows.first(where: { !$0.isApplied }) {
            throw StrataError.needsAttention(Runner.attentionMessage(stuck, table: versionTable.name))
        }
        let unknown = rows.map(\.revision).filter { graph.revisions[$0] == nil }
        if !unknown.isEmpty {
            throw StrataError.graph("the database has revision\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: ", ")) in \(versionTable.name) that the migrations folder does not have (wrong folder, or another project's version table? set version_table)")
        }
        let applied = Set(rows.map(\.revision))
        let plan = graph.upgradePlan(applied: applied, to: try graph.resolve(target, current: applied))
        try validate(plan, .upgrade)
        return plan
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
        for id in plan { _ = try graph.revisions[id]!.statements(direction, for: db.dialect) }
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
                onEvent(.warning("stamping over half-applied revision \(stuck.revision) (stopped after \(stuck.statementsDone) of \(stuck.statementsTotal) statements\(stuck.failure.map { ": " + SQLText.oneLine($0, limit: 160) } ?? "")); its record is replaced"))
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
                    try await db.execute(versionTable.markAppliedSQL(revision: id, checksum: r.checksum(for: db.engine), total: try r.statements(.upgrade, for: db.dialect).count, durationMs: nil))
                }
                for id in added {
                    let r = graph.revisions[id]!
                    let count = try r.statements(.upgrade, for: db.dialect).count
                    try await db.execute(versionTable.insertSQL(revision: id, checksum: r.checksum(for: db.engine), status: .applied, done: count, total: count, by: appliedBy, durationMs: nil))
                }
            }
            return (added, Array(removed) + unknown.sorted())
        }
    }

    /// Records the current checksum of each applied revision that was edited on purpose (the old
    /// checksum goes into the row's note, the `error` column, which is empty for applied rows); with
    /// `failed`, forgets a half-applied upgrade that was undone by hand.
    public func repair(failed: Bool) async throws -> (checksums: [(String, String, String)], forgotten: String?) {
        try await locked(allowAttention: true) { rows in
            var forgotten: String? = nil
            if let stuck = rows.first(where: { !$0.isApplied }) {
                guard failed else {
                    throw StrataError.needsAttention(Runner.attentionMessage(stuck, table: versionTable.name) + "; or 'strata repair --failed' when you undid its changes by hand")
                }
                guard stuck.state == .upgrading else {
                    throw StrataError.usage("revision \(stuck.revision) stopped while downgrading: settle it with 'strata resolve'")
                }
                try await db.execute(versionTable.deleteSQL(revision: stuck.revision))
                forgotten = stuck.revision
            }
            var changed: [(String, String, String)] = []
            let stamp = ISO8601DateFormatter().string(from: Date())
            try await transaction {
                for row in editedRevisions(rows) {
                    let new = graph.revisions[row.revision]!.checksum(for: db.engine)
                    let note = "checksum repaired \(stamp) by \(appliedBy ?? "?"): was \(row.checksum)" + (row.error.map { "; " + $0 } ?? "")
                    try await db.execute("UPDATE \(versionTable.table) SET checksum = \(versionTable.lit(new)), error = \(versionTable.lit(note)) WHERE revision = \(versionTable.lit(row.revision))")
                    changed.append((row.revision, row.checksum, new))
                }
            }
            return (changed, forgotten)
        }
    }

    /// Records `target` and its ancestors as applied without running SQL, on a database whose version
    /// table is empty; `verify` runs first with the plan (to compare the schema) and may refuse.
    public func baseline(_ target: String, verify: ([String]) async throws -> Void) async throws -> [String] {
        try await locked { rows in
            guard rows.isEmpty else {
                throw StrataError.usage("\(versionTable.name) has \(rows.count) revision(s) already: baseline adopts a database without history (use 'strata stamp' to move it)")
            }
            let plan = graph.upgradePlan(applied: [], to: try graph.resolve(target))
            try validate(plan, .upgrade)
            try await verify(plan)
            try await transaction {
                for id in plan {
                    let r = graph.revisions[id]!
                    let count = try r.statements(.upgrade, for: db.dialect).count
                    try await db.execute(versionTable.insertSQL(revision: id, checksum: r.checksum(for: db.engine), status: .applied, done: count, total: count, by: appliedBy, durationMs: nil))
                }
            }
            return plan
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
    ///
    /// When the process died while a statement ran, `--retry` and `--rollback` first decide from the
    /// catalog whether that statement took effect; `from` (1-based) overrides the decision for a
    /// statement whose effect does not show in the catalog: retry from that statement.
    @discardableResult
    public func resolve(_ how: Resolution, from: Int? = nil) async throws -> String {
        try await locked(allowAttention: true) { rows in
            guard var row = rows.first(where: { !$0.isApplied }) else {
                throw StrataError.usage("nothing to resolve: no revision is half-applied in \(versionTable.name)")
            }
            guard let r = graph.revisions[row.revision] else {
                throw StrataError.graph("revision \(row.revision) is half-applied but has no file in the migrations folder")
            }
            let upgrading = row.state == .upgrading
            if how == .retry || how == .rollback {
                row = try await settleInterruptedStatement(row, r, from: from, direction: upgrading ? .upgrade : .downgrade)
            } else if from != nil {
                throw StrataError.usage("--from goes with --retry")
            }
            switch how {
            case .retry:
                let statements = try r.statements(upgrading ? .upgrade : .downgrade, for: db.dialect)
                guard row.statementsDone <= statements.count,
                      Revision.prefixChecksum(statements.prefix(row.statementsDone)) == row.checksum else {
                    throw StrataError.needsAttention("cannot retry revision \(r.id): its first \(row.statementsDone) \(upgrading ? "upgrade" : "downgrade") statement(s), which already ran, were edited since (\(r.path)); restore them, or finish by hand and use --mark-applied or --forget")
                }
                if upgrading { try await apply(r, index: 0, count: 1, resumeAt: row.statementsDone) }
                else { try await unapply(r, index: 0, count: 1, resumeAt: row.statementsDone) }
            case .markApplied:
                if upgrading {
                    let total = try r.statements(.upgrade, for: db.dialect).count
                    try await db.execute(versionTable.markAppliedSQL(revision: r.id, checksum: r.checksum(for: db.engine), total: total, durationMs: nil))
                } else {
                    try await db.execute(versionTable.deleteSQL(revision: r.id))
                }
            case .rollback:
                guard upgrading else {
                    throw StrataError.usage("--rollback undoes an interrupted upgrade; revision \(r.id) stopped while downgrading: use --retry, --mark-applied or --forget")
                }
                try await rollback(r, after: row)
            case .forget:
                if upgrading { try await db.execute(versionTable.deleteSQL(revision: r.id)) }
                else {
                    let total = try r.statements(.upgrade, for: db.dialect).count
                    try await db.execute(versionTable.markAppliedSQL(revision: r.id, checksum: r.checksum(for: db.engine), total: total, durationMs: nil))
                }
            }
            return r.id
        }
    }

    /// Undoes the statements of an interrupted upgrade that ran. Its downgrade section is written for
    /// the whole upgrade, so each downgrade statement whose target the upgrade never reached (a view
    /// it never created, a column it never added) is skipped, as the catalog says through the error;
    /// a downgrade that changes rows is refused unless the whole upgrade ran, since which rows its
    /// statements undo cannot be told.
    func rollback(_ r: Revision, after row: AppliedRevision) async throws {
        let upgrade = try r.statements(.upgrade, for: db.dialect)
        if row.statementsDone == 0 {
            try await db.execute(versionTable.deleteSQL(revision: r.id))
            onEvent(.notice("No statement of \(r.id) had run; it is recorded as never applied."))
            return
        }
        let downgrade = try r.statements(.downgrade, for: db.dialect)
        if row.statementsDone < upgrade.count, let data = downgrade.firstIndex(where: { $0.kind == .data }) {
            throw StrataError.needsAttention("cannot roll back revision \(r.id): its upgrade stopped after \(row.statementsDone) of \(upgrade.count) statements and its downgrade changes rows (\(r.path):\(downgrade[data].line): \(SQLText.oneLine(downgrade[data].sql, limit: 80))), which would touch rows the upgrade never changed; undo statements 1-\(row.statementsDone) by hand, then 'strata resolve --forget', or 'strata resolve --retry' to finish the upgrade")
        }
        try await unapply(r, index: 0, count: 1, resumeAt: 0, skipUndone: row.statementsDone < upgrade.count)
    }

    /// Records the statement that was running when the run stopped as done when the catalog shows it
    /// took effect (or `from` says so), and returns the row as it now stands. Refuses when neither can tell.
    func settleInterruptedStatement(_ row: AppliedRevision, _ r: Revision, from: Int?, direction: Revision.Direction) async throws -> AppliedRevision {
        let statements = try r.statements(direction, for: db.dialect)
        let done = row.statementsDone
        if let from {
            guard from == done + 1 || (from == done + 2 && row.running != nil && done < statements.count) else {
                throw StrataError.usage("--from \(from): revision \(r.id) stopped after statement \(done)\(row.running.map { " while statement \($0.statement) ran" } ?? ""); --from may be \(done + 1) (run it again)\(row.running != nil ? " or \(done + 2) (it took effect)" : "")")
            }
        }
        guard let running = row.running, running.statement == done + 1, done < statements.count else { return row }
        // The statements that ran must be the file's: an edited file would make the decision about another statement.
        guard Revision.prefixChecksum(statements.prefix(done)) == row.checksum else {
            throw StrataError.needsAttention("cannot settle revision \(r.id): its first \(done) \(direction.rawValue) statement(s), which already ran, were edited since (\(r.path)); restore them, or finish by hand and use --mark-applied or --forget")
        }
        let tookEffect: Bool
        if let from {
            tookEffect = from == done + 2
        } else if let decided = await interruptedStatementTookEffect(row) {
            tookEffect = decided
        } else {
            throw StrataError.needsAttention("revision \(r.id) stopped while statement \(done + 1) was running (\(r.path):\(statements[done].line): \(SQLText.oneLine(statements[done].sql, limit: 80))) and its effect does not show in the catalog; check by hand, then 'strata resolve --retry --from \(done + 1)' (it did not take effect: run it again) or '--retry --from \(done + 2)' (it did)")
        }
        var now = row
        now.error = nil
        if tookEffect {
            now.statementsDone = done + 1
            now.checksum = Revision.prefixChecksum(statements.prefix(done + 1))
            try await db.execute(versionTable.progressSQL(revision: r.id, status: direction == .upgrade ? .upgrading : .downgrading, done: done + 1, total: statements.count, checksum: now.checksum, error: nil))
            onEvent(.notice("Statement \(done + 1) of \(r.id) had taken effect when the run stopped (\(from == nil ? "the catalog changed" : "--from \(done + 2)")); recorded as done."))
        } else {
            try await db.execute(versionTable.progressSQL(revision: r.id, status: direction == .upgrade ? .upgrading : .downgrading, done: done, total: statements.count, checksum: row.checksum, error: nil))
            onEvent(.notice("Statement \(done + 1) of \(r.id) had not taken effect when the run stopped (\(from == nil ? "the catalog is unchanged" : "--from \(done + 1)")); it runs again."))
        }
        return now
    }

    // MARK: machinery

    /// Takes the lock, makes sure the version table exists, reads it, checks it, runs `body`.
    func locked<T: Sendable>(allowAttention: Bool = false, _ body: ([AppliedRevision]) async throws -> T) async throws -> T {
        try await db.withLock(name: lockName, timeout: lockTimeout) {
            let existed = try await db.tableExists(versionTable.name)
            if !existed { try await db.execute(versionTable.createSQL) }
            do { return try await checked(allowAttention: allowAttention, body) } catch {
                // A run that created the version table and failed before recording anything leaves no empty table behind.
                if !existed, (try? await applied())?.isEmpty == true { try? await db.execute(versionTable.dropSQL) }
                throw error
            }
        }
    }

    /// Reads the version table, checks it, runs `body`.
    func checked<T: Sendable>(allowAttention: Bool, _ body: ([AppliedRevision]) async throws -> T) async throws -> T {
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
            let verb = row.state == .downgrading ? "downgrade" : "upgrade"
            return .inProgress("in progress: another strata process is running the \(verb) of revision \(row.revision) (\(row.statementsDone) of \(row.statementsTotal) statements done)")
        }
        var message = Runner.attentionMessage(row, table: versionTable.name)
        if let running = row.running, running.statement == row.statementsDone + 1 {
            switch await interruptedStatementTookEffect(row) {
            case true?: message += "; the catalog shows statement \(running.statement) took effect ('resolve --retry' goes on after it)"
            case false?: message += "; the catalog shows statement \(running.statement) did not take effect ('resolve --retry' runs it again)"
            case nil: message += "; whether statement \(running.statement) took effect does not show in the catalog (check, then 'resolve --retry --from \(running.statement)' or '--from \(running.statement + 1)')"
            }
        }
        return .needsAttention(message)
    }

    /// The one-line explanation of a half-applied revision, with the ways out.
    public static func attentionMessage(_ row: AppliedRevision, table: String) -> String {
        let verb = row.state == .downgrading ? "downgrade" : "upgrade"
        var s = "database needs attention: the \(verb) of revision \(row.revision) stopped after \(row.statementsDone) of \(row.statementsTotal) statements"
        if let running = row.running { s += " (the process stopped while statement \(running.statement) was running)" }
        if let e = row.failure { s += " (\(SQLText.oneLine(e, limit: 160)))" }
        s += "; fix the cause, then run 'strata resolve --retry' (run the rest), '--mark-applied' (you finished it by hand)"
        s += row.state == .downgrading ? " or '--forget' (you undid it by hand)" : ", '--rollback' (run its downgrade) or '--forget' (you undid it by hand)"
        return s
    }

    func transaction(_ body: () async throws -> Void) async throws {
        try await db.beginTransaction()
        do { try await body(); try await db.commit() } catch { try? await db.rollback(); throw error }
    }

    func apply(_ r: Revision, index: Int, count: Int, resumeAt: Int?) async throws {
        onEvent(.revisionStarted(id: r.id, message: r.message, index: index, count: count, direction: .upgrade))
        let statements = try r.statements(.upgrade, for: db.dialect)
        let checksum = r.checksum(for: db.engine)
        let clock = ContinuousClock.now
        func ms() -> Int { Int((ContinuousClock.now - clock) / .milliseconds(1)) }

        if r.transactional && db.dialect.capabilities.transactionalDDL && resumeAt == nil {
            var n = 0
            do {
                try await transaction {
                    for (i, s) in statements.enumerated() { n = i; try await execute(r, i, statements) }
                    n = statements.count
                    try await db.execute(versionTable.insertSQL(revision: r.id, checksum: checksum, status: .applied, done: statements.count, total: statements.count, by: appliedBy, durationMs: ms()))
                }
            } catch let e as StrataError {
                guard n < statements.count, case .database(let message) = e else { throw e }
                throw StrataError.revisionFailed(revision: r.id, statement: n + 1, sql: statements[n].sql, error: message,
                                                 note: "\(r.path):\(statements[n].line); the revision was rolled back and the database is unchanged" + Runner.transactionHint(message))
            }
        } else {
            let start = resumeAt ?? 0
            if resumeAt == nil {
                try await db.execute(versionTable.insertSQL(revision: r.id, checksum: Revision.prefixChecksum([]), status: .upgrading, done: 0, total: statements.count, by: appliedBy, durationMs: nil))
            }
            try await runStepwise(r, statements, from: start, status: .upgrading)
            try await db.execute(versionTable.markAppliedSQL(revision: r.id, checksum: checksum, total: statements.count, durationMs: ms()))
        }
        onEvent(.revisionFinished(id: r.id, direction: .upgrade, milliseconds: ms()))
    }

    func unapply(_ r: Revision, index: Int, count: Int, resumeAt: Int?, skipUndone: Bool = false) async throws {
        onEvent(.revisionStarted(id: r.id, message: r.message, index: index, count: count, direction: .downgrade))
        let statements = try r.statements(.downgrade, for: db.dialect)
        let clock = ContinuousClock.now
        func ms() -> Int { Int((ContinuousClock.now - clock) / .milliseconds(1)) }
        if r.transactional && db.dialect.capabilities.transactionalDDL && resumeAt == nil {
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
                                                 note: "\(r.path):\(statements[n].line) (downgrade); the revision was rolled back and stays applied" + Runner.transactionHint(message))
            }
        } else {
            let start = resumeAt ?? 0
            try await db.execute(versionTable.progressSQL(revision: r.id, status: .downgrading, done: start, total: statements.count,
                                                          checksum: Revision.prefixChecksum(statements.prefix(start)), error: nil))
            try await runStepwise(r, statements, from: start, status: .downgrading, skipUndone: skipUndone)
            try await db.execute(versionTable.deleteSQL(revision: r.id))
        }
        onEvent(.revisionFinished(id: r.id, direction: .downgrade, milliseconds: ms()))
    }

    /// For a statement PostgreSQL refuses inside a transaction (`CREATE INDEX CONCURRENTLY`, SQLSTATE
    /// 25001), how to run it outside one.
    static func transactionHint(_ error: String) -> String {
        SQLState.code(in: error) == "25001" ? "; this statement cannot run inside a transaction: put it in a revision of its own with '-- strata:transaction off' in the header" : ""
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
    /// A statement that changes rows shares a transaction with its progress row, so both commit or
    /// neither does. Any other statement commits by itself (MySQL commits DDL implicitly, and some
    /// statements cannot run in a transaction at all), so before it runs the row records that it is
    /// running, with a digest of the catalog; after a crash `resolve --retry` compares the catalog with
    /// that digest to tell whether the statement took effect.
    func runStepwise(_ r: Revision, _ statements: [SQLStatement], from start: Int, status: RevisionStatus, skipUndone: Bool = false) async throws {
        for i in start..<max(start, statements.count) {
            let progress = versionTable.progressSQL(revision: r.id, status: status, done: i + 1, total: statements.count,
                                                    checksum: Revision.prefixChecksum(statements.prefix(i + 1)), error: nil)
            let kind = statements[i].kind
            if kind != .data {
                let digest = kind == .schema ? await catalogFingerprint(for: statements[i]) : nil
                try await db.execute(versionTable.runningSQL(revision: r.id, statement: i + 1, fingerprint: digest))
            }
            do {
                if kind == .data { try await db.beginTransaction() }
                try await execute(r, i, statements)
                try await db.execute(progress)
                if kind == .data { try await db.commit() }
            } catch let StrataError.database(message) {
                if kind == .data { try? await db.rollback() }
                if skipUndone && Runner.alreadyUndone(statements[i], error: message, dialect: db.dialect) {
                    try await db.execute(progress)
                    onEvent(.notice("Skipped statement \(i + 1) (\(r.path):\(statements[i].line)): the upgrade had not done what it undoes (\(SQLText.oneLine(message, limit: 120)))."))
                    continue
                }
                try? await db.execute(versionTable.progressSQL(revision: r.id, status: status, done: i, total: statements.count,
                                                               checksum: Revision.prefixChecksum(statements.prefix(i)), error: message))
                let direction = status == .upgrading ? "upgrade" : "downgrade"
                throw StrataError.revisionFailed(
                    revision: r.id, statement: i + 1, sql: statements[i].sql, error: message,
                    note: "\(r.path):\(statements[i].line) (\(direction)); \(i == 0 ? "no statement of it ran" : i == 1 ? "statement 1 stays applied" : "statements 1-\(i) stay applied") (\(db.engine) cannot roll back DDL); the database needs attention: fix the cause, then 'strata resolve --retry', '--mark-applied', '--rollback' or '--forget'")
            }
        }
    }

    /// A digest of what `statement` changes as the catalog shows it: for a statement on named tables,
    /// where the dialect has a query for one table's definition (MySQL's `SHOW CREATE TABLE`), those
    /// definitions (cheap on a schema of thousands of tables); otherwise the whole schema. `nil` when the catalog cannot be read (the statement's effect then counts as
    /// not showing).
    func catalogFingerprint(for statement: SQLStatement) async -> String? {
        let dialect = db.dialect
        guard let tables = statement.tablesChanged, let first = tables.first, dialect.tableDefinitionQuery(first) != nil else {
            return await catalogFingerprint()
        }
        var text = "tables"
        for t in tables {
            let definition: String
            do {
                // An AUTO_INCREMENT counter moves with the application's inserts, not with DDL.
                definition = (try await db.query(dialect.tableDefinitionQuery(t)!).first?[1] ?? nil)?
                    .replacingOccurrences(of: #" AUTO_INCREMENT=\d+"#, with: "", options: .regularExpression) ?? "absent"
            } catch let StrataError.database(message) where dialect.objectFailure(in: message) == .missingObject {
                definition = "absent"
            } catch {
                // Any other failure (a lost connection) must not read as a change: the digest cannot be taken.
                return nil
            }
            text += "\n\(t): " + definition
        }
        return Revision.sha256(text)
    }

    /// A digest of the schema as the catalog shows it, the version table left out; `nil` when the
    /// catalog cannot be read (the statement is then treated as one whose effect does not show).
    func catalogFingerprint() async -> String? {
        guard let schema = try? await db.inspect(excluding: [versionTable.name]) else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(schema) else { return nil }
        return Revision.sha256(String(decoding: data, as: UTF8.self))
    }

    /// Whether the statement that was running when a run stopped took effect: `true` or `false` from
    /// the catalog, `nil` when the catalog cannot tell (its effect does not show there) or no
    /// statement was running (it failed, or the process stopped between statements).
    public func interruptedStatementTookEffect(_ row: AppliedRevision) async -> Bool? {
        guard let running = row.running, running.statement == row.statementsDone + 1,
              let before = running.fingerprint, let r = graph.revisions[row.revision],
              let statements = try? r.statements(row.state == .downgrading ? .downgrade : .upgrade, for: db.dialect),
              row.statementsDone < statements.count,
              let now = await catalogFingerprint(for: statements[row.statementsDone]) else { return nil }
        return before != now
    }
}
