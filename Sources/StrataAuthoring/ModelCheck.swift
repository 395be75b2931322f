import Foundation

/// Finds what a database would refuse in a desired schema before any revision is written: the
/// schema is created object by object (tables, then foreign keys, views and routines) on an empty
/// scratch database of the target engine, and every object whose statements fail is listed with the
/// engine's own message. SQLite always has one (in memory); PostgreSQL and MySQL only with `dev_url`.
public enum ModelCheck {
    /// The objects of `desired` that `engine` refuses, or nil when no scratch database can be had.
    public static func refusals(_ desired: Schema, engine: Engine, devURL: String?) async throws -> [InvalidObject]? {
        if engine != .sqlite && devURL == nil { return nil }
        let dialect = Databases.dialect(for: engine)
        let empty = Schema(engine: engine)
        let wanted = TypeMapping.map(desired, to: engine)
        let changes = Differ().diff(from: empty, to: wanted).changes
        return try await ScratchDatabase.with(engine, devURL: devURL, purpose: "checking the model on \(engine)") { db in
            // Tables may name each other in any order; the check is of each object, not of their order.
            if engine == .mysql { try await db.execute("SET FOREIGN_KEY_CHECKS = 0") }
            var refused: [InvalidObject] = []
            for change in changes {
                guard let object = object(of: change) else { continue }
                let statements = try dialect.statements(for: [change], current: empty, desired: wanted)
                for sql in statements {
                    do { try await db.execute(sql) } catch let StrataError.database(message) {
                        var o = object
                        o.reason = "\(engine) refuses it: \(UnsafeText.oneLine(message))"
                        refused.append(o)
                        break
                    }
                }
            }
            return refused
        }
    }

    /// The object a creating change makes, for naming it when it fails.
    static func object(of change: Change) -> InvalidObject? {
        switch change {
        case .createTable(let t): return InvalidObject(.table, owner: t.qualifiedName, reason: "")
        case .addForeignKey(let table, let fk): return InvalidObject(.foreignKey, owner: table, part: fk.name ?? fk.columns.joined(separator: ","), reason: "")
        case .createView(let v): return InvalidObject(.view, owner: v.qualifiedName, reason: "")
        case .createRoutine(let r): return InvalidObject(.routine, owner: QualifiedName(r.name), reason: "")
        case .createEnum(let e): return InvalidObject(.table, owner: e.qualifiedName, reason: "")
        case .createSequence(let s): return InvalidObject(.table, owner: s.qualifiedName, reason: "")
        case .createNamespace(let n): return InvalidObject(.table, owner: QualifiedName(n), reason: "")
        default: return nil
        }
    }
}
