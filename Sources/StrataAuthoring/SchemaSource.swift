import Foundation
import StrataWorkbench

/// Where a schema comes from: a database URL, a `.sql` DDL file, or a `.json` snapshot.
///
/// A DDL file is applied to a scratch database and read back, so the engine itself decides what it
/// means: an in-memory database for SQLite; for PostgreSQL and MySQL a temporary database created
/// on `devURL` (like Atlas's dev database) and dropped afterwards.
public enum SchemaSource: Sendable, Equatable, CustomStringConvertible {
    case database(DatabaseURL)
    case ddlFile(String)
    case snapshot(String)
    /// A MySQL Workbench model; `schema` picks one of several (`model.mwb#schema`).
    case workbench(String, schema: String?)

    /// Recognises the kind of source from how it is written.
    public init(_ text: String) throws {
        let lower = text.lowercased()
        if lower.hasSuffix(".sql") { self = .ddlFile(text) }
        else if lower.hasSuffix(".json") { self = .snapshot(text) }
        else if lower.hasSuffix(".mwb") { self = .workbench(text, schema: nil) }
        else if let hash = text.lastIndex(of: "#"), text[..<hash].lowercased().hasSuffix(".mwb") {
            self = .workbench(String(text[..<hash]), schema: String(text[text.index(after: hash)...]))
        } else if text.contains(":") { self = .database(try DatabaseURL(text)) }
        else { throw StrataError.usage("'\(text)' is not a source: give a database URL, a .sql DDL file or a .json schema snapshot") }
    }

    /// The source of `text`, with `schema` picking one of a Workbench model's schemas (as `model.mwb#NAME` does).
    public init(_ text: String, schema: String?) throws {
        self = try SchemaSource(text)
        if let schema, case .workbench(let path, nil) = self { self = .workbench(path, schema: schema) }
    }

    /// The source as the user names it (a URL with its password masked).
    public var description: String {
        switch self {
        case .database(let url): return url.description
        case .ddlFile(let p), .snapshot(let p): return p
        case .workbench(let p, let schema): return p + (schema.map { "#\($0)" } ?? "")
        }
    }

    /// Reads the schema. `engine` says how to read a DDL file; `excluding` names version tables to leave out.
    public func load(engine: Engine?, devURL: String?, excluding: Set<String> = ["strata_version"]) async throws -> Schema {
        try await loadWithWarnings(engine: engine, devURL: devURL, excluding: excluding).schema
    }

    /// Reads the schema, the doubts met on the way (a Workbench model's columns without a type), each
    /// naming the file and the object, and the objects a MySQL server would refuse (Workbench models,
    /// with the name of the model's schema).
    public func loadWithWarnings(engine: Engine?, devURL: String?, excluding: Set<String> = ["strata_version"]) async throws
        -> (schema: Schema, name: String?, warnings: [String], invalid: [InvalidObject]) {
        if case .workbench(let path, let schema) = self {
            let picked = try WorkbenchReader(path: path).pick(schema)
            return (picked.schema, picked.name, picked.warnings.map { "\(path): \($0)" }, picked.invalid)
        }
        return (try await loadSchema(engine: engine, devURL: devURL, excluding: excluding), nil, [], [])
    }

    /// Whether the source is a design that no database has checked yet (a Workbench model), so
    /// `ModelCheck` tries it on the target engine before a revision is written from it.
    public var isUnchecked: Bool {
        if case .workbench = self { return true }
        return false
    }

    func loadSchema(engine: Engine?, devURL: String?, excluding: Set<String>) async throws -> Schema {
        switch self {
        case .database(let url):
            let db = try await Databases.connect(url)
            do { let s = try await db.inspect(excluding: excluding); await db.close(); return s } catch { await db.close(); throw error }
        case .snapshot(let path):
            guard let data = FileManager.default.contents(atPath: path) else { throw StrataError.io("cannot read schema snapshot \(path)") }
            do { return try JSONDecoder().decode(Schema.self, from: data) } catch {
                throw StrataError.usage("\(path): not a Strata schema snapshot (\(SQLText.oneLine(String(describing: error), limit: 200)))")
            }
        case .workbench(let path, let schema):
            return try WorkbenchReader(path: path).schema(named: schema).0
        case .ddlFile(let path):
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw StrataError.io("cannot read DDL file \(path)")
            }
            return try await SchemaSource.loadDDL(text, path: path, engine: engine ?? .sqlite, devURL: devURL, excluding: excluding)
        }
    }

    static func loadDDL(_ text: String, path: String, engine: Engine, devURL: String?, excluding: Set<String>) async throws -> Schema {
        try await schema(of: SQLSplitter.split(text, lexicon: engine.dialect.lexicon), path: path, engine: engine, devURL: devURL, excluding: excluding)
    }

    /// The schema that `statements` build on an empty database of `engine`: in memory for SQLite,
    /// in a scratch database on `devURL` (created and dropped) for the servers.
    public static func schema(of statements: [SQLStatement], path: String, engine: Engine, devURL: String?, excluding: Set<String> = ["strata_version"]) async throws -> Schema {
        // SQLite reads in a private in-memory database that the file cannot leave: no ATTACH, VACUUM INTO or PRAGMA writes.
        if engine == .sqlite { for s in statements { try SQLiteDDLGate.check(s, path: path) } }
        return try await ScratchDatabase.with(engine, devURL: devURL, purpose: "reading \(path) as \(engine) DDL") { db in
            try await apply(statements, to: db, path: path)
            return try await db.inspect(excluding: excluding)
        }
    }

    static func apply(_ statements: [SQLStatement], to db: any DatabaseDriver, path: String) async throws {
        for s in statements {
            do { try await db.execute(s.sql) } catch let StrataError.database(message) {
                throw StrataError.revisionFile(path: path, line: s.line, message: message)
            }
        }
    }
}
