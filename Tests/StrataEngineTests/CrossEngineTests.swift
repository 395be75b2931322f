import Foundation
import StrataKit
import Testing
import StrataTestSupport

@Suite("A schema from one engine on another, and one history with a section per engine")
struct CrossEngineTests {
    @Test func mysqlModelDrivesSQLiteAndMySQLFromOneHistory() async throws {
        let model = try await TestDatabase.create(.mysql)      // the desired schema lives here
        let prod = try await TestDatabase.create(.mysql)       // production-like database
        let dev = try await TestDatabase.create(.sqlite)       // local development database
        let p = try TestProject(database: dev, extraSettings: "  target: \(model.url)\n  engines: sqlite, mysql\n")
        defer { p.remove() }
        try await model.with { db in
            try await db.execute("CREATE TABLE authors (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(80) NOT NULL, kind ENUM('a','b') NOT NULL DEFAULT 'a', score DECIMAL(5,2) DEFAULT 1.50, active TINYINT(1) NOT NULL DEFAULT 1)")
            try await db.execute("CREATE TABLE books (id INT AUTO_INCREMENT PRIMARY KEY, author_id INT NOT NULL, title VARCHAR(100) NOT NULL, KEY ix_title (title(20)), CONSTRAINT fk_a FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE)")
        }
        var r = try p.strata("autogenerate", "-m", "init")
        #expect(r.status == 0 && r.stdout.contains("sections for sqlite, mysql"), "\(r)")
        #expect(try p.strata("upgrade").status == 0)
        #expect(try p.strata("upgrade", "--url", prod.url).status == 0)
        for db in [dev, prod] {
            try await db.with { c in
                try await c.execute("INSERT INTO authors (id, name, kind) VALUES (1, 'Ada', 'b')")
                try await c.execute("INSERT INTO books (id, author_id, title) VALUES (1, 1, 'Notes')")
            }
        }
        // SQLite expresses the ENUM as a CHECK: a bad value is refused there too.
        await #expect(throws: StrataError.self) { try await dev.with { try await $0.execute("INSERT INTO authors (id, name, kind) VALUES (2, 'x', 'zz')") } }
        #expect(try p.strata("check").status == 0)
        #expect(try p.strata("check", "--url", prod.url).status == 0)

        // The model changes; the next revision carries both sections again.
        try await model.with { try await $0.execute("ALTER TABLE books ADD COLUMN pages INT NOT NULL DEFAULT 0 AFTER title, MODIFY title VARCHAR(200) NOT NULL") }
        r = try p.strata("autogenerate", "-m", "pages")
        #expect(r.status == 0, "\(r)")
        #expect(try p.strata("upgrade").status == 0)
        r = try p.strata("upgrade", "--url", prod.url)
        #expect(r.status == 0, "\(r)")
        for db in [dev, prod] {
            #expect(try await db.query("SELECT title, \(SQLQuoting.asText("pages", for: db.engine)) FROM books") == [["Notes", "0"]])
            #expect(try await db.query("SELECT name FROM authors") == [["Ada"]])
        }
        #expect(try p.strata("check").status == 0)
        #expect(try p.strata("check", "--url", prod.url).status == 0)
        r = try p.strata("downgrade", "-1", "--url", prod.url)
        #expect(r.status == 0, "\(r)")
        #expect(try await prod.columns("books") == ["id", "author_id", "title"])
        #expect(try await prod.query("SELECT title FROM books") == [["Notes"]])
        await model.drop()
        await prod.drop()
        await dev.drop()
    }
}
