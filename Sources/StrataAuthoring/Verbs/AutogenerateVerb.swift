import Foundation

/// What `autogenerate` is asked to do.
public struct AutogenerateRequest: Sendable {
    /// What the revision does (its message and file name).
    public var message: String
    /// The desired schema (database URL, `.mwb`, `.sql`, `.json`); `nil` for the settings' `target`.
    public var target: String?
    /// Renames, `OLD_TABLE=NEW_TABLE` or `TABLE.OLD_COLUMN=NEW_COLUMN`.
    public var renames: [String]
    /// The schema of a Workbench model that has several.
    public var schema: String?
    /// Leave out the objects of a Workbench model that the database would refuse (each written as
    /// a comment in the revision) instead of stopping with ``ModelRefusal``.
    public var skipInvalid: Bool

    /// A request to write a revision called `message` towards `target`.
    public init(message: String, target: String? = nil, renames: [String] = [], schema: String? = nil, skipInvalid: Bool = false) {
        self.message = message
        self.target = target
        self.renames = renames
        self.schema = schema
        self.skipInvalid = skipInvalid
    }
}

/// What `autogenerate` wrote.
public struct AutogenerateReport: Sendable {
    /// One revision file written.
    public struct Written: Sendable {
        /// The revision id.
        public var id: String
        /// The file written.
        public var path: String
        /// The revision message (the enum step's has " (enum values)" added).
        public var message: String
        /// The changes on the connected engine, in order.
        public var changes: [Change]
        /// What the downgrade converts and can lose on rows written since the upgrade.
        public var destructiveDowngrade: [String]
    }

    /// The desired schema, as the user named it.
    public var target: String
    /// The connected engine first, then the others the settings list (a section each).
    public var engines: [Engine]
    /// The revisions written, in order (two on PostgreSQL when enum values are added first); none
    /// when the database already matches the target.
    public var written: [Written]
}

extension Project {
    /// Writes the revision(s) that bring the project's database to the target schema, with upgrade
    /// and downgrade, keeping every row: a section per engine the settings list, renames from `--rename`
    /// hints and from Workbench object ids, the target snapshot beside the revision.
    ///
    /// Refuses, before writing anything, a database that is not at head or holds a half-applied
    /// revision, and a model the database would refuse (``ModelRefusal``). `warn` receives what
    /// deserves a look (one line each).
    public func autogenerate(_ request: AutogenerateRequest, onEvent: @escaping @Sendable (RunnerEvent) -> Void = { _ in },
                             warn: (String) -> Void = { _ in }) async throws -> AutogenerateReport {
        guard let targetText = request.target ?? settings.target else {
            throw StrataError.usage("autogenerate needs --target SOURCE or 'target' in strata.yml")
        }
        let graph = self.graph, versionTable = settings.versionTable
        let (current, engine, pending) = try await withRunner(onEvent: onEvent) { runner -> (Schema, Engine, [String]) in
            let rows = try await runner.applied()
            // A revision on top of a half-applied one would be written against a schema nobody meant (as upgrade refuses, exit 5).
            if let stuck = rows.first(where: { !$0.isApplied }) {
                throw StrataError.needsAttention(Runner.attentionMessage(stuck, table: runner.versionTable.name))
            }
            let applied = Set(rows.map(\.revision))
            let pending = graph.revisions.isEmpty ? [] : graph.upgradePlan(applied: applied, to: .init(revisions: Set(graph.heads)))
            return (try await runner.db.inspect(excluding: [versionTable]), runner.db.engine, pending)
        }
        guard pending.isEmpty else {
            throw StrataError.usage("the database is not at head: \(pending.count) revision(s) pending (\(pending.joined(separator: ", "))); run 'strata upgrade head' first, so the new revision builds on them")
        }
        let engines = [engine] + settings.engines.filter { $0 != engine }
        let (desired, leftOut) = try await SchemaLoader.target(targetText, engine: engine, checkOn: engines, settings: settings,
                                                               schema: request.schema, skipInvalid: request.skipInvalid, warn: warn)
        try RenameHints.check(request.renames, current: current, desired: desired)
        // Exact renames: the same object id under a new name since the head revision was generated.
        var renameHints = request.renames
        let previousTarget = TargetSnapshot.load(migrations: settings.migrations, graph: graph)
        if let previous = previousTarget {
            for hint in desired.renames(since: previous) where !renameHints.contains(hint) { renameHints.append(hint) }
        }
        let renames = try RenameHints(parsing: renameHints)
        // The base for every engine: the target the last revision was generated from, when the database
        // still matches it, because mapping the connected database to another engine loses detail
        // (an ENUM kept on SQLite as TEXT with a CHECK is still an ENUM on MySQL).
        var base = current
        if let previous = previousTarget, previous.engine != engine || engines.count > 1 {
            let dialect = engine.dialect
            let drift = Differ(options: .init(ignoreColumnOrder: !dialect.capabilities.reordersColumns)).diff(from: current, to: dialect.materialise(previous)).changes
            if drift.isEmpty { base = previous } else {
                warn("the database differs from the target the head revision was generated from (\(drift.count) change(s)); generating from the database as it is")
            }
        }
        let steps = try GeneratedMigration.plan(current: base, desired: desired, engines: engines, renames: renames)
        for note in steps.compactMap({ $0[engine] }).flatMap(\.notes) { warn(note) }
        for (e, m) in steps.flatMap({ $0 }) {
            if let mismatch = m.inverseMismatch { warn("the downgrade on \(e) is not the upgrade undone change for change (\(mismatch)): review it before relying on it") }
        }
        let targetName = try SchemaSource(targetText).description
        var report = AutogenerateReport(target: targetName, engines: engines, written: [])
        if steps.isEmpty || steps.allSatisfy({ $0[engine]?.isEmpty ?? true }) { return report }
        var parents: [String] = []
        if !graph.revisions.isEmpty { parents = [try graph.singleHead()] }
        let now = Date()
        for (n, step) in steps.enumerated() {
            let migration = step[engine]!
            let id = RevisionWriter.newID()
            let message = steps.count == 1 ? request.message : (n == 0 ? "\(request.message) (enum values)" : request.message)
            let header = Self.header(migration, target: targetName, engine: engine, enumStep: steps.count > 1 && n == 0,
                                     leftOut: n == steps.count - 1 ? leftOut : [])
            let (upgrade, downgrade) = Self.sections(step, engine: engine, engines: engines, header: header)
            let revision = Revision(id: id, parents: parents, message: message, created: RevisionWriter.timestamp(now.addingTimeInterval(Double(n))),
                                    upgrade: upgrade, downgrade: downgrade)
            let path = try write(revision, date: now)
            parents = [id]
            if n == steps.count - 1 { try TargetSnapshot.save(desired, migrations: settings.migrations, revision: id, graph: graph) }
            report.written.append(.init(id: id, path: path, message: message, changes: migration.changes, destructiveDowngrade: migration.destructiveDowngrade))
        }
        return report
    }

    /// The comment lines at the top of a generated upgrade: where it comes from, each change (the
    /// destructive ones marked), what the downgrade can lose, what was left out. Every line stays one
    /// line, whatever the names hold.
    static func header(_ migration: GeneratedMigration, target: String, engine: Engine, enumStep: Bool, leftOut: [InvalidObject]) -> String {
        var header = "-- Generated by strata autogenerate from \(UnsafeText.oneLine(target)) on \(engine).\n"
        if enumStep { header += "-- Enum values added first, in their own transaction: PostgreSQL cannot use a new value before it commits.\n" }
        header += migration.changes.map { "-- \($0.isDestructive ? "DESTRUCTIVE: " : "")\(UnsafeText.oneLine($0.summary))" }.joined(separator: "\n")
        header += migration.destructiveDowngrade.map { "\n-- DESTRUCTIVE DOWNGRADE: \(UnsafeText.oneLine($0))" }.joined()
        header += leftOut.map { "\n-- LEFT OUT (--skip-invalid): \(UnsafeText.oneLine($0.description))" }.joined()
        return header
    }

    /// One section for all engines when there is one, else a section per engine (the header on the connected one's).
    static func sections(_ step: [Engine: GeneratedMigration], engine: Engine, engines: [Engine], header: String) -> ([RevisionSection], [RevisionSection]) {
        let migration = step[engine]!
        if engines.count == 1 {
            return ([RevisionSection(sql: header + "\n" + migration.section(migration.upgrade, engine: engine))],
                    [RevisionSection(sql: migration.section(migration.downgrade, engine: engine))])
        }
        var upgrade: [RevisionSection] = [], downgrade: [RevisionSection] = []
        for e in engines {
            let m = step[e]!
            upgrade.append(RevisionSection(engine: e, sql: (e == engine ? header + "\n" : "") + (m.isEmpty ? "-- nothing to do on \(e)" : m.section(m.upgrade, engine: e))))
            downgrade.append(RevisionSection(engine: e, sql: m.isEmpty ? "-- nothing to do on \(e)" : m.section(m.downgrade, engine: e)))
        }
        return (upgrade, downgrade)
    }
}
