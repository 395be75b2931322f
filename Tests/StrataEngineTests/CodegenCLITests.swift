import Foundation
import StrataKit
import Testing
import StrataTestSupport

/// `strata codegen` on real databases: sources by URL, settings in strata.yml, idempotent runs, errors.
@Suite("strata codegen")
struct CodegenCLITests {
    @Test(arguments: [Engine.mysql, .postgresql, .sqlite])
    func generatesFromADatabaseAndRegeneratesFromSettings(_ engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try await db.with { d in
                try await d.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name VARCHAR(80) NOT NULL, email VARCHAR(200))")
                try await d.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), total NUMERIC(10,2))")
            }
            var r = try p.strata("codegen", "--source", db.url, "--format", "grdb", "-o", "Models")
            #expect(r.status == 0 && r.stdout.contains("Wrote Models/Models.swift"), "\(r)")
            let text = try String(contentsOfFile: p.directory + "/Models/Models.swift", encoding: .utf8)
            #expect(text.contains("public struct Customer:") && text.contains("public var fullName: String")
                    && text.contains("public static let customer = belongsTo(Customer.self"), "\(text)")
            // The source is named, its password never.
            #expect(!text.contains(":strata@") && (engine == .sqlite || text.contains(":***@")), "\(text.prefix(200))")
            // codegen: settings make `strata codegen` alone regenerate; nothing changed, nothing written.
            try "  codegen:\n    format: sqlalchemy\n    output: app/models.py\n".write(toFile: p.directory + "/strata.yml", append: true)
            r = try p.strata("codegen")
            #expect(r.status == 0 && r.stdout.contains("Wrote ") && r.stdout.contains("app/models.py"), "\(r)")
            let python = try String(contentsOfFile: p.directory + "/app/models.py", encoding: .utf8)
            #expect(python.contains("class Order(Base):") && python.contains("customer: Mapped[Customer] = relationship(back_populates='orders')"), "\(python)")
            r = try p.strata("codegen")
            #expect(r.status == 0 && r.stdout.contains("Unchanged ") && !r.stdout.contains("Wrote "), "\(r)")
            r = try p.strata("codegen", "--tables", "customers,nope")
            #expect(r.status == 2 && r.stderr.contains("no table 'nope'"), "\(r)")
            r = try p.strata("codegen", "--format", "kotlin")
            #expect(r.status == 2 && r.stderr == "strata: error: The value 'kotlin' is invalid for '--format <format>'. Please provide one of 'grdb', 'fluent', 'codable' or 'sqlalchemy'. (see 'strata --help')\n", "\(r)")
            // A broken settings file is an error, not a silent fall back to defaults; nothing is written.
            try "  lock_timeout: soon\n".write(toFile: p.directory + "/strata.yml", append: true)
            r = try p.strata("codegen", "--source", db.url, "-o", "Other")
            #expect(r.status == 2 && r.stderr.contains("lock_timeout") && !FileManager.default.fileExists(atPath: p.directory + "/Other"), "\(r)")
        }
    }
}
