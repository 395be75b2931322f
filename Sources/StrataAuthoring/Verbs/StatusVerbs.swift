/// Where the database is: what `strata current` prints.
public struct CurrentReport: Sendable, Encodable {
    /// The database (password masked).
    public var database: String
    /// The version table read.
    public var versionTable: String
    /// The heads of the applied revisions, then applied ids the folder does not have.
    public var heads: [String]
    /// Every row of the version table.
    public var applied: [AppliedRevision]
    /// The revisions not applied yet, in the order they would run.
    public var pending: [String]
    /// A half-applied revision and what to do about it.
    public var needsAttention: String?
    /// A revision another process is applying right now (it holds the lock).
    public var inProgress: String?
}

extension Project {
    /// The revision(s) the database is at, the rows of its version table and what is pending.
    public func current(onEvent: @escaping @Sendable (RunnerEvent) -> Void = { _ in }) async throws -> CurrentReport {
        let graph = self.graph
        return try await withRunner(onEvent: onEvent) { runner -> CurrentReport in
            let rows = try await runner.applied()
            // A half-applied revision is not a head: it is reported on a line of its own.
            let ids = Set(rows.filter(\.isApplied).map(\.revision))
            let pending = graph.heads.count == 1 ? graph.upgradePlan(applied: ids, to: .init(revisions: Set(graph.heads))) : graph.order.filter { !ids.contains($0) }
            var stuck: String? = nil
            var running: String? = nil
            if let row = rows.first(where: { !$0.isApplied }) {
                switch try await runner.state(of: row) {
                case .applied: break
                case .inProgress(let text): running = text
                case .needsAttention(let text): stuck = text
                }
            }
            return CurrentReport(database: runner.db.url.description, versionTable: runner.versionTable.name,
                                 heads: graph.heads(of: ids) + ids.filter { graph.revisions[$0] == nil }.sorted(),
                                 applied: rows, pending: pending, needsAttention: stuck, inProgress: running)
        }
    }

    /// The heads of the revisions applied to the database.
    public func appliedHeads(onEvent: @escaping @Sendable (RunnerEvent) -> Void = { _ in }) async throws -> Set<String> {
        let graph = self.graph
        let rows = try await withRunner(onEvent: onEvent) { try await $0.applied() }
        return Set(graph.heads(of: Set(rows.filter(\.isApplied).map(\.revision))))
    }

    /// The revisions of `range` (`START:END`, either side may be empty; targets as for upgrade, and
    /// `current` for where the database is), newest first; every revision without a range.
    public func history(range: String? = nil, onEvent: @escaping @Sendable (RunnerEvent) -> Void = { _ in }) async throws -> [String] {
        var ids = Set(graph.order)
        if let range {
            let parts = range.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { throw StrataError.usage("history range must be START:END, got '\(UnsafeText.oneLine(range))'") }
            // 'current' is where the database is (as in Alembic's -r current:head).
            func endpoint(_ text: String) async throws -> Set<String> {
                text == "current" ? try await appliedHeads(onEvent: onEvent) : try graph.resolve(text).revisions
            }
            if !parts[0].isEmpty && parts[0] != "base" { ids.formIntersection(graph.descendants(of: try await endpoint(parts[0]))) }
            if !parts[1].isEmpty && parts[1] != "heads" { ids.formIntersection(graph.ancestors(of: try await endpoint(parts[1]))) }
        }
        return Array(graph.sorted(ids).reversed())
    }
}
