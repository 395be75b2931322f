/// The SQL between two schemas, as `strata diff` prints it.
public struct DiffReport: Sendable {
    /// The engine the SQL is for.
    public var engine: Engine
    /// The migrations, in order (two on PostgreSQL when enum values are added first); none when the
    /// schemas match.
    public var steps: [GeneratedMigration]
    /// The objects of a Workbench model left out (`skipInvalid`).
    public var leftOut: [InvalidObject]

    /// The upgrade, or with `reverse` the downgrade, as one script (a comment line per object left out).
    public func script(reverse: Bool = false) -> String {
        let statements = reverse ? steps.reversed().flatMap(\.downgrade) : steps.flatMap(\.upgrade)
        let comments = leftOut.map { "-- LEFT OUT (--skip-invalid): \(UnsafeText.oneLine($0.description))\n" }.joined()
        return comments + SQLText.script(statements, engine.dialect.lexicon)
    }
}

extension SchemaLoader {
    /// The migration from the schema of `from` to that of `to` (sources as for ``schema(_:engine:settings:schema:warn:)``),
    /// the same plan as autogenerate's: both sides materialised on the target engine (`engine`, else
    /// `from`'s, else `to`'s), PostgreSQL enum additions first. A Workbench `to` is checked for what
    /// the database would refuse (``ModelRefusal``) unless `skipInvalid`.
    public static func diff(from: String, to: String, engine: Engine?, settings: Settings?, renames: [String] = [], schema: String? = nil,
                            skipInvalid: Bool = false, warn: (String) -> Void = { _ in }) async throws -> DiffReport {
        let current = try await Self.schema(from, engine: engine, settings: settings, schema: schema, warn: warn)
        let known = engine ?? current.engine
        let (desired, leftOut) = try await target(to, engine: engine, checkOn: known.map { [$0] } ?? [], settings: settings,
                                                  schema: schema, skipInvalid: skipInvalid, warn: warn)
        guard let target = known ?? desired.engine else { throw StrataError.usage("diff of two snapshots needs --dialect") }
        try RenameHints.check(renames, current: current, desired: desired)
        let steps = try GeneratedMigration.plan(current: current, desired: desired, dialect: target.dialect, renames: try RenameHints(parsing: renames))
        for note in steps.flatMap(\.notes) { warn(note) }
        return DiffReport(engine: target, steps: steps, leftOut: leftOut)
    }
}
