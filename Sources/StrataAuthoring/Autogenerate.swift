import Foundation
import StrataWorkbench

/// A migration written from a schema difference: upgrade and downgrade SQL, what changes, and notes.
public struct GeneratedMigration: Sendable {
    /// The upgrade statements, in order.
    public var upgrade: [String]
    /// The downgrade statements, in order.
    public var downgrade: [String]
    /// The changes the upgrade makes, in order.
    public var changes: [Change]
    /// The changes the downgrade makes: the upgrade's changes undone, last first, ordered by
    /// their needs (``Change/inverse(of:ignoreColumnOrder:)``).
    public var downgradeChanges: [Change] = []
    /// Probable renames and other remarks for the user.
    public var notes: [String]
    /// A diff the other way (from the desired schema back to the current one) finds the same
    /// changes as the downgrade, one for one. It is checked on every migration generated; false
    /// means an inverse and the differ disagree, and the downgrade needs a review.
    public var downgradeIsInverse: Bool { inverseMismatch == nil }
    /// Where the diff the other way disagrees with the downgrade (see ``Change/inverseMismatch(_:_:ignoreColumnOrder:)``).
    public var inverseMismatch: String?

    /// Nothing to do.
    public var isEmpty: Bool { changes.isEmpty }
    /// Changes that can lose data, one line each.
    public var destructive: [String] { changes.filter(\.isDestructive).map(\.summary) }
    /// What the downgrade converts and can lose on rows written since the upgrade (a type narrowed back
    /// fails or truncates); dropping what the upgrade added is the downgrade's job and not listed.
    public var destructiveDowngrade: [String] { downgradeChanges.flatMap(\.conversionLosses) }

    /// A step with nothing to do on one engine while another needs it (several engines, one history).
    public init(empty: Void = ()) {
        upgrade = []
        downgrade = []
        changes = []
        notes = []
    }

    /// One revision's migrations for several engines: the connected one first, then the others
    /// listed in `engines`, each diffing the schemas materialised on that engine. The result has
    /// one entry per revision to write, each holding a migration per engine.
    public static func plan(current: Schema, desired: Schema, engines: [Engine], renames: RenameHints = RenameHints()) throws -> [[Engine: GeneratedMigration]] {
        var perEngine: [Engine: [GeneratedMigration]] = [:]
        for e in engines { perEngine[e] = try plan(current: current, desired: desired, dialect: Databases.dialect(for: e), renames: renames) }
        let count = perEngine.values.map(\.count).max() ?? 0
        guard count > 0 else { return [] }
        return (0..<count).map { i in
            var step: [Engine: GeneratedMigration] = [:]
            for (e, list) in perEngine {
                // An engine with fewer steps has nothing to do in the first ones.
                let offset = count - list.count
                step[e] = i >= offset ? list[i - offset] : GeneratedMigration()
            }
            return step
        }
    }

    /// Diffs `current` against `desired` and renders both directions for `dialect`: the upgrade's
    /// changes, and the downgrade as those changes undone in reverse order. A second diff, from
    /// `desired` back to `current`, checks the downgrade (``inverseMismatch``).
    public init(current: Schema, desired: Schema, dialect: any Dialect, renames: RenameHints = RenameHints()) throws {
        // A name with a line break would end a comment or header line of the revision and run as SQL.
        try current.refuseControlCharacters(source: "the schema as it is")
        try desired.refuseControlCharacters(source: "the desired schema")
        let ignoreOrder = !dialect.capabilities.reordersColumns
        let forward = Differ(options: .init(renames: renames, ignoreColumnOrder: ignoreOrder)).diff(from: current, to: desired)
        let backward = Differ(options: .init(renames: renames.inverted, ignoreColumnOrder: ignoreOrder)).diff(from: desired, to: current)
        changes = forward.changes
        downgradeChanges = Change.inverse(of: forward.changes, ignoreColumnOrder: ignoreOrder)
        notes = forward.notes
        inverseMismatch = Change.inverseMismatch(forward.changes, backward.changes, ignoreColumnOrder: ignoreOrder)
        upgrade = try dialect.statements(for: forward.changes, current: current, desired: desired)
        downgrade = try dialect.statements(for: downgradeChanges, current: desired, desired: current)
    }

    /// The revisions to write for going from `current` to `desired`: usually one; on PostgreSQL
    /// enum values that are added come first in a revision of their own, because a value added by
    /// `ALTER TYPE ... ADD VALUE` cannot be used before its transaction commits.
    public static func plan(current: Schema, desired: Schema, dialect: any Dialect, renames: RenameHints = RenameHints()) throws -> [GeneratedMigration] {
        // A schema from another engine is first materialised on this one (docs/type-mapping.md).
        let current = dialect.materialise(current)
        let desired = dialect.materialise(desired)
        let whole = try GeneratedMigration(current: current, desired: desired, dialect: dialect, renames: renames)
        let additions = whole.changes.compactMap { c -> EnumType? in if case .addEnumValues(_, let to) = c { return to }; return nil }
        guard dialect.capabilities.enumValuesCommitBeforeUse, !additions.isEmpty, whole.changes.count > additions.count else { return whole.isEmpty ? [] : [whole] }
        var middle = current
        for e in additions {
            if let i = middle.enums.firstIndex(where: { $0.qualifiedName == e.qualifiedName }) { middle.enums[i] = e }
        }
        let first = try GeneratedMigration(current: current, desired: middle, dialect: dialect)
        let second = try GeneratedMigration(current: middle, desired: desired, dialect: dialect, renames: renames)
        return [first, second].filter { !$0.isEmpty }
    }

    /// The upgrade and downgrade sections as revision text (statements end with `;`, or DELIMITER blocks on MySQL).
    public func section(_ statements: [String], engine: Engine) -> String {
        SQLText.script(statements, engine.dialect.lexicon).trimmingCharacters(in: .newlines)
    }
}
