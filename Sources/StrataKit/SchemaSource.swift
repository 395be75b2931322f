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

    /// Reads the schema and the doubts met on the way (a Workbench model's columns without a type,
    /// keys MySQL would refuse), each naming the file and the object.
    public func loadWithWarnings(engine: Engine?, devURL: String?, excluding: Set<String> = ["strata_version"]) async throws -> (schema: Schema, warnings: [String]) {
        if case .workbench(let path, let schema) = self {
            let (s, warnings) = try WorkbenchReader(path: path).schema(named: schema)
            return (s, warnings.map { "\(path): \($0)" })
        }
        return (try await loadSchema(engine: engine, devURL: devURL, excluding: excluding), [])
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
        try await schema(of: SQLSplitter.split(text, engine: engine), path: path, engine: engine, devURL: devURL, excluding: excluding)
    }

    /// The schema that `statements` build on an empty database of `engine`: in memory for SQLite,
    /// in a scratch database on `devURL` (created and dropped) for the servers.
    public static func schema(of statements: [SQLStatement], path: String, engine: Engine, devURL: String?, excluding: Set<String> = ["strata_version"]) async throws -> Schema {
        if engine == .sqlite {
            // Read in a private in-memory database that the file cannot leave: no ATTACH, VACUUM INTO or PRAGMA writes.
            for s in statements { try SQLiteDDLGate.check(s, path: path) }
            let db = try await Databases.connect("sqlite::memory:")
            do {
                try await apply(statements, to: db, path: path)
                let schema = try await db.inspect(excluding: excluding)
                await db.close()
                return schema
            } catch { await db.close(); throw error }
        }
        guard let devURL else {
            throw StrataError.usage("reading \(path) as \(engine) DDL needs a scratch database: set dev_url in strata.yml (a server where strata may create and drop a temporary database)")
        }
        var dev = try DatabaseURL(devURL)
        guard dev.engine == engine else { throw StrataError.usage("dev_url \(dev) is \(dev.engine), but the DDL is read as \(engine)") }
        let admin = try await Databases.connect(dev)
        let name = "strata_dev_" + UUID().uuidString.prefix(8).lowercased()
        do { try await admin.execute("CREATE DATABASE \(name)") } catch { await admin.close(); throw error }
        dev.database = name
        do {
            let db = try await Databases.connect(dev)
            do {
                try await apply(statements, to: db, path: path)
                let schema = try await db.inspect(excluding: excluding)
                await db.close()
                try? await admin.execute("DROP DATABASE \(name)")
                await admin.close()
                return schema
            } catch { await db.close(); throw error }
        } catch {
            try? await admin.execute("DROP DATABASE \(name)")
            await admin.close()
            throw error
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
