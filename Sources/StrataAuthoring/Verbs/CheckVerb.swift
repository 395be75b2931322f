/// What `check` found: for CI, any problem fails the check.
public struct CheckReport: Sendable, Encodable {
    /// Revision files in the migrations folder.
    public var revisions: Int
    /// The heads of the revision graph.
    public var heads: [String]
    /// The database checked (password masked), when one was.
    public var database: String?
    /// Revisions not applied yet (reported, not a problem).
    public var pending: [String]
    /// One line each: several heads, an open quote or comment in a section, an edited applied
    /// revision, a half-applied revision, revisions the folder lacks or inserted before applied
    /// ones, drift from the target.
    public var problems: [String]
    /// The changes between the database and the target, one line each (names escaped).
    public var drift: [String]
    /// A revision another runner is applying right now (it holds the lock): not a problem.
    public var inProgress: String?

    /// No problem: the check passes (exit 0).
    public var passed: Bool { problems.isEmpty }
}

extension Project {
    /// Checks the migrations folder, and unless `offline` the database when one is configured:
    /// what `strata check` prints. `target` (or the settings' `target`) is compared with the
    /// database; drift is a problem. Names read from the database are escaped in the report.
    public func check(offline: Bool = false, allowMultipleHeads: Bool = false, target: String? = nil, renames: [String] = [],
                      schema: String? = nil, onEvent: @escaping @Sendable (RunnerEvent) -> Void = { _ in },
                      warn: (String) -> Void = { _ in }) async throws -> CheckReport {
        var report = CheckReport(revisions: graph.revisions.count, heads: graph.heads, database: nil, pending: [], problems: [], drift: [])
        if graph.heads.count > 1 && !allowMultipleHeads {
            report.problems.append("\(graph.heads.count) heads: \(graph.describe(graph.heads)); run 'strata merge' or pass --allow-multiple-heads")
        }
        report.problems += openSections()
        guard !offline, settings.databaseURL != nil else { return report }
        let graph = self.graph, settings = self.settings
        try await withRunner(onEvent: onEvent) { runner in
            report.database = runner.db.url.description
            let rows = try await runner.applied()
            let ids = Set(rows.map(\.revision))
            for row in runner.editedRevisions(rows) {
                let r = graph.revisions[row.revision]!
                report.problems.append("revision \(row.revision) (\(r.path)) was edited after it was applied (checksum \(row.checksum.prefix(12)) in the database, \(r.checksum(for: runner.db.engine).prefix(12)) in the file)")
            }
            if let row = rows.first(where: { !$0.isApplied }) {
                switch try await runner.state(of: row) {
                case .applied: break
                // A revision being applied under another runner's lock is not a failure.
                case .inProgress(let text): report.inProgress = text
                case .needsAttention(let text): report.problems.append(text)
                }
            }
            for id in ids.sorted() where graph.revisions[id] == nil {
                report.problems.append("the database has revision \(id), which the migrations folder does not have")
            }
            report.pending = graph.upgradePlan(applied: ids, to: .init(revisions: Set(graph.heads)))
            for (id, before) in graph.insertedBeforeApplied(Set(rows.filter(\.isApplied).map(\.revision))) {
                report.problems.append("revision \(id) (\(graph.revisions[id]!.path)) is not applied but comes before \(before.joined(separator: ", ")), which are: it was put into the history after they ran, and would run after them")
            }
            if let targetText = target ?? settings.target {
                let dialect = runner.db.dialect
                let current = try await runner.db.inspect(excluding: [settings.versionTable])
                let desired = dialect.materialise(try await SchemaLoader.schema(targetText, engine: runner.db.engine, settings: settings, schema: schema, warn: warn))
                let diff = Differ(options: .init(renames: try RenameHints(parsing: renames), ignoreColumnOrder: !dialect.capabilities.reordersColumns))
                    .diff(from: current, to: desired)
                report.drift = diff.changes.map { UnsafeText.oneLine($0.summary) }  // names from a live database reach the terminal
                if !diff.changes.isEmpty {
                    report.problems.append("the database differs from \(try SchemaSource(targetText)) in \(diff.changes.count) way(s)")
                }
            }
        }
        return report
    }

    /// Every section closes what it opens (a quote, a comment, `$$`, `DELIMITER`) on the engines it
    /// runs on: the configured database's and those in `engines`; without either, a section for
    /// every engine is reported when it is open on all three.
    func openSections() -> [String] {
        var known = settings.engines
        if let text = settings.databaseURL, let e = try? DatabaseURL(text).engine, !known.contains(e) { known.insert(e, at: 0) }
        var problems: [String] = []
        for id in graph.order {
            let r = graph.revisions[id]!
            for (direction, sections) in [("upgrade", r.upgrade), ("downgrade", r.downgrade)] {
                for section in sections {
                    let engines = section.engine.map { [$0] } ?? (known.isEmpty ? Engine.allCases : known)
                    let open = engines.compactMap { e in SQLSplitter.unterminated(section.sql, lexicon: e.dialect.lexicon, firstLine: section.firstLine).map { (e, $0) } }
                    guard let first = open.first, section.engine != nil || !known.isEmpty || open.count == engines.count else { continue }
                    problems.append("\(r.path):\(first.1.line): \(first.1.what) in the \(direction) section\(section.engine.map { " for \($0)" } ?? "") (on \(open.map(\.0.rawValue).joined(separator: ", ")))")
                }
            }
        }
        return problems
    }
}
