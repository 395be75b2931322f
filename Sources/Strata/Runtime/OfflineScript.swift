/// Renders a migration as one SQL script for a DBA to review and run by hand (`--sql`).
///
/// The script holds the version-table statements the online runner would execute, so running
/// it with the engine's own client (`sqlite3`, `psql -v ON_ERROR_STOP=1 -f`, `mariadb`) leaves
/// the same schema and the same version rows as `strata upgrade`.
public struct OfflineScript: Sendable {
    /// The revisions.
    public var graph: RevisionGraph
    /// The engine the script is for.
    public var dialect: any Dialect
    /// The version table the script writes.
    public var versionTable: VersionTable
    /// Who the rows name as having applied the revisions.
    public var appliedBy: String?

    var engine: Engine { dialect.engine }

    /// Scripts of `graph` for `dialect`'s engine.
    public init(graph: RevisionGraph, dialect: any Dialect, versionTable: String = "strata_version", appliedBy: String? = Runner.defaultUser) {
        self.graph = graph
        self.dialect = dialect
        self.versionTable = VersionTable(name: versionTable, dialect: dialect)
        self.appliedBy = appliedBy
    }

    /// Splits `START:END` (START optional) into its two targets.
    public static func range(_ text: String) -> (start: String?, end: String) {
        guard let colon = text.firstIndex(of: ":") else { return (nil, text) }
        let start = String(text[..<colon])
        return (start.isEmpty ? nil : start, String(text[text.index(after: colon)...]))
    }

    /// The state a start target stands for: it and everything before it.
    func state(at start: String?) throws -> Set<String> {
        guard let start, start != "base" else { return [] }
        return graph.ancestors(of: try graph.resolve(start).revisions)
    }

    /// The upgrade script from `start` (default base) to `end`.
    public func upgrade(from start: String?, to end: String) throws -> String {
        let applied = try state(at: start)
        let destination = try graph.resolve(end, current: applied)
        let plan = graph.upgradePlan(applied: applied, to: destination)
        // head:base is the way back: an empty upgrade script would look like success.
        if plan.isEmpty && !applied.isSubset(of: graph.ancestors(of: destination.revisions)) {
            throw StrataError.usage("upgrade --sql \(start ?? "base"):\(end): \(end) is behind \(start ?? "base"); for the way back use 'strata downgrade --sql \(start ?? "base"):\(end)'")
        }
        var out = "-- strata offline upgrade for \(engine): \(start ?? "base") -> \(end), \(plan.count) revision(s)\n"
        out += stopOnError + "\n"
        out += terminated(versionTable.createSQL) + "\n"
        for id in plan {
            let r = graph.revisions[id]!
            let statements = try r.statements(.upgrade, for: dialect)
            out += "\n-- upgrade \(id): \(UnsafeText.oneLine(r.message)) (\(UnsafeText.oneLine(r.path)))\n"
            let tx = r.transactional && dialect.capabilities.transactionalDDL
            if tx { out += "BEGIN;\n" }
            for s in statements { out += terminated(s.sql) }
            out += terminated(versionTable.insertSQL(revision: id, checksum: r.checksum(for: engine), status: .applied,
                                                     done: statements.count, total: statements.count, by: appliedBy, durationMs: nil))
            if tx { out += "COMMIT;\n" }
        }
        return out
    }

    /// The downgrade script from `start` (required: offline there is no database to ask) to `end`.
    public func downgrade(from start: String?, to end: String) throws -> String {
        guard let start else {
            throw StrataError.usage("downgrade --sql needs a range START:END, e.g. 'strata downgrade --sql head:base'")
        }
        let applied = try state(at: start)
        let plan = try graph.downgradePlan(applied: applied, to: try graph.resolve(end, current: applied))
        var out = "-- strata offline downgrade for \(engine): \(start) -> \(end), \(plan.count) revision(s)\n"
        out += stopOnError
        for id in plan {
            let r = graph.revisions[id]!
            out += "\n-- downgrade \(id): \(UnsafeText.oneLine(r.message)) (\(UnsafeText.oneLine(r.path)))\n"
            let tx = r.transactional && dialect.capabilities.transactionalDDL
            if tx { out += "BEGIN;\n" }
            for s in try r.statements(.downgrade, for: dialect) { out += terminated(s.sql) }
            out += terminated(versionTable.deleteSQL(revision: id))
            if tx { out += "COMMIT;\n" }
        }
        return out
    }

    /// The client command that stops the script at the first error, so a failed revision is never
    /// followed by its version row or by later revisions (`mariadb` stops by itself).
    var stopOnError: String { dialect.clientStopOnError.isEmpty ? "" : dialect.clientStopOnError + "\n" }

    func terminated(_ sql: String) -> String { SQLText.terminated(sql, dialect.lexicon) }
}
