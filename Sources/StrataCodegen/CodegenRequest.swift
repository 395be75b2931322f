import Foundation
import Strata

/// What `codegen` is asked for, with the `codegen:` section of strata.yml filling in what the
/// caller leaves out (the source falls back to `target`, then `database_url`).
public struct CodegenRequest: Sendable, Equatable {
    /// The schema source (database URL, .mwb, .sql, .json).
    public var source: String
    /// The kind of model code.
    public var format: CodegenFormat
    /// A directory or one file; nil for the current directory.
    public var output: String?
    /// Only these tables; nil for all.
    public var tables: [String]?
    /// One file per table (Swift formats).
    public var split: Bool
    /// An enum the Swift types are wrapped in.
    public var namespace: String?

    /// The request from explicit values, else `settings`; throws a one-line usage error when no
    /// source is known or `codegen.format` names no format (with the file that says so).
    public init(settings: Settings?, source: String? = nil, format: CodegenFormat? = nil, output: String? = nil,
                tables: String? = nil, split: Bool = false, namespace: String? = nil) throws {
        let codegen = settings?.codegen ?? [:]
        guard let source = source ?? codegen["source"] ?? settings?.target ?? settings?.databaseURL else {
            throw StrataError.usage("codegen needs --source SOURCE (or codegen.source, target or database_url in strata.yml)")
        }
        let configured = codegen["format"]
        guard let format = format ?? (configured.map { CodegenFormat(rawValue: $0.lowercased()) } ?? .grdb) else {
            throw StrataError.usage("unknown codegen.format '\(configured ?? "")' from \(settings?.origins["codegen.format"] ?? "strata.yml") (use \(CodegenFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        self.source = source
        self.format = format
        self.output = output ?? codegen["output"]
        self.tables = (tables ?? codegen["tables"]).map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        self.split = split || ["true", "yes", "1"].contains((codegen["split"] ?? "").lowercased())
        self.namespace = namespace ?? codegen["namespace"]
    }

    /// The files for `schema`; a schema that does not say its engine (a JSON snapshot) is read as
    /// `engine`'s (SQLite's INTEGER is 64 bits, MySQL's INT 32).
    public func files(for schema: Schema, engine: Engine?) throws -> [GeneratedFile] {
        var schema = schema
        if schema.engine == nil { schema.engine = engine }
        return try Codegen.generate(schema, format: format, source: source, output: output, tables: tables, split: split, namespace: namespace)
    }
}
