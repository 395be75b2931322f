import Foundation

/// A schema as `strata inspect` prints it: a JSON snapshot, or the SQL that creates it.
public enum SchemaText {
    /// The JSON snapshot (`inspect --format json`): sorted, pretty, with the engine and the object
    /// ids that make it a stand-in for its source (``Schema/snapshot()``). A source reads it back.
    public static func json(_ schema: Schema) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(schema.snapshot()), as: UTF8.self) + "\n"
    }

    /// The script that creates `schema` on `engine` (else the schema's own engine): a schema from
    /// another engine (a Workbench model as SQLite) is mapped first, as autogenerate maps it.
    public static func sql(_ schema: Schema, engine: Engine?) throws -> String {
        guard let engine = engine ?? schema.engine else { throw StrataError.usage("--format sql of a snapshot needs --dialect") }
        let dialect = engine.dialect
        return SQLText.script(try dialect.createStatements(dialect.materialise(schema)), dialect.lexicon)
    }
}
