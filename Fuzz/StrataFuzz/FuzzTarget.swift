import Foundation
import Strata
import StrataAuthoring
import StrataWorkbench

/// One reader of untrusted input, fed bytes. A target returns normally for every input, whether
/// the reader accepts it or refuses it with an error; a crash, a trap or a broken invariant
/// (`fatalError`) is what the fuzzer is looking for.
struct FuzzTarget: Sendable {
    let name: String
    /// What the target reads, for `strata-fuzz --help`.
    let summary: String
    let run: @Sendable (Data) -> Void

    static let all: [FuzzTarget] = [revisionFile, sqlSplitter, settings, workbench, ddlFile]

    static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

    /// A revision file: header, sections per engine, statements.
    static let revisionFile = FuzzTarget(name: "revision", summary: "revision files (RevisionParser)") { data in
        let text = String(decoding: data, as: UTF8.self)
        guard let revision = try? RevisionParser.parse(text, path: "fuzz.sql") else { return }
        for engine in Engine.allCases {
            _ = revision.checksum(for: engine)
            for direction in [Revision.Direction.upgrade, .downgrade] {
                guard let statements = try? revision.statements(direction, for: engine.dialect) else { continue }
                checkLines(statements, in: text)
            }
        }
    }

    /// The SQL splitter of every engine, and its check for unterminated quotes and comments.
    static let sqlSplitter = FuzzTarget(name: "splitter", summary: "SQL scripts (SQLSplitter, every engine)") { data in
        let text = String(decoding: data, as: UTF8.self)
        for engine in Engine.allCases {
            let statements = SQLSplitter.split(text, lexicon: engine.dialect.lexicon)
            checkLines(statements, in: text)
            for s in statements where s.sql.isEmpty { fatalError("splitter (\(engine)): an empty statement at line \(s.line)") }
            if let open = SQLSplitter.unterminated(text, lexicon: engine.dialect.lexicon), open.line < 1 || open.line > lineCount(text) {
                fatalError("splitter (\(engine)): unterminated \(open.what) reported at line \(open.line) of \(lineCount(text))")
            }
        }
    }

    /// `strata.yml` with `.secrets.yml` beside it, through the YAML provider and the key check.
    static let settings = FuzzTarget(name: "settings", summary: "strata.yml and .secrets.yml (SettingsLoader)") { data in
        let directory = Scratch.files
        let text = String(decoding: data, as: UTF8.self)
        // The first half of the input is strata.yml, the rest .secrets.yml (after a NUL, if there is one).
        let parts = text.split(separator: "\0", maxSplits: 1, omittingEmptySubsequences: false)
        try? String(parts[0]).write(toFile: directory + "/strata.yml", atomically: false, encoding: .utf8)
        let secrets = parts.count > 1 ? String(parts[1]) : ""
        try? secrets.write(toFile: directory + "/.secrets.yml", atomically: false, encoding: .utf8)
        blocking {
            _ = try? await SettingsLoader.load(configPath: directory + "/strata.yml", environment: nil, overrides: [:], variables: [:])
        }
    }

    /// A Workbench model: the zip archive, then the XML document in it (or the bare XML).
    static let workbench = FuzzTarget(name: "workbench", summary: "MySQL Workbench models, zip and XML (WorkbenchReader)") { data in
        // Through a file, as `strata` reads a model (ZIPFoundation's file archive, not its in-memory one).
        let path = Scratch.files + "/model.mwb"
        guard FileManager.default.createFile(atPath: path, contents: data),
              let model = try? WorkbenchReader(path: path).read() else { return }
        for schema in model.schemas {
            // What the reader accepts is rendered as a script by the next step; that must not trap either.
            _ = try? GeneratedMigration.plan(current: Schema(engine: .mysql), desired: schema, dialect: Databases.dialect(for: .mysql))
        }
    }

    /// A `.sql` target read as SQLite DDL, in a private in-memory database; it must not reach any file.
    static let ddlFile = FuzzTarget(name: "ddl", summary: "DDL files read as SQLite (SchemaSource, in memory)") { data in
        let text = String(decoding: data, as: UTF8.self)
        let directory = Scratch.workingDirectory
        blocking {
            _ = try? await SchemaSource.schema(of: SQLSplitter.split(text, lexicon: Engine.sqlite.dialect.lexicon), path: "fuzz.sql", engine: .sqlite, devURL: nil)
        }
        // The scratch directory is the working directory: a file appearing there was written by the DDL.
        let written = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        if !written.isEmpty { fatalError("ddl: reading the DDL file wrote \(written) in the working directory") }
    }

    static func lineCount(_ text: String) -> Int { text.reduce(1) { $1.isNewline ? $0 + 1 : $0 } }

    /// Every statement starts on a line that the text has.
    static func checkLines(_ statements: [SQLStatement], in text: String) {
        let lines = lineCount(text) + 1
        for s in statements where s.line < 1 || s.line > lines {
            fatalError("a statement placed at line \(s.line) of a text with \(lines) lines")
        }
    }
}

/// The directories of a fuzzing run, under one temporary directory removed at the end: an empty
/// working directory (nothing may appear in it) and the place the file-reading targets write their input.
enum Scratch {
    static let root = NSTemporaryDirectory() + "strata-fuzz-\(getpid())"
    static let workingDirectory: String = make("cwd")
    static let files: String = make("files")

    static func make(_ name: String) -> String {
        let path = root + "/" + name
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Makes the empty working directory current, before the first input.
    static func enter() { FileManager.default.changeCurrentDirectoryPath(workingDirectory) }

    static func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// Runs async reader code to the end from the fuzzer's synchronous callback.
func blocking(_ body: @escaping @Sendable () async -> Void) {
    let done = DispatchSemaphore(value: 0)
    Task { await body(); done.signal() }
    done.wait()
}
