/// What an engine can and cannot do, as the runner, the differ and autogenerate need to know it.
/// Each engine's dialect states its own.
public struct EngineCapabilities: Sendable, Equatable {
    /// DDL runs inside a transaction that rolls back. Without it a revision runs statement by
    /// statement, with its progress recorded, so a failure can be resumed.
    public var transactionalDDL: Bool
    /// A column can be placed anywhere (`AFTER`), so column order is part of the schema. Without it
    /// (PostgreSQL) the differ ignores column order.
    public var reordersColumns: Bool
    /// A value added to an enum type cannot be used in the transaction that adds it (PostgreSQL's
    /// `ALTER TYPE ... ADD VALUE`): a revision that adds one runs outside a transaction.
    public var enumValuesCommitBeforeUse: Bool

    /// Capabilities with the given values.
    public init(transactionalDDL: Bool, reordersColumns: Bool, enumValuesCommitBeforeUse: Bool = false) {
        self.transactionalDDL = transactionalDDL
        self.reordersColumns = reordersColumns
        self.enumValuesCommitBeforeUse = enumValuesCommitBeforeUse
    }
}
