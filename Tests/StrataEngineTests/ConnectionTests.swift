import Foundation
import StrataKit
import Testing
import StrataTestSupport

@Suite("Connections: TLS options pass through to the server")
struct ConnectionTests {
    @Test func postgresSSLModes() async throws {
        let base = TestDatabase.postgresAdmin
        let sslQuery = "SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        let secure = try await Databases.connect(base + "?sslmode=require")
        #expect(try await secure.query(sslQuery) == [["true"]])
        await secure.close()
        let plain = try await Databases.connect(base + "?sslmode=disable")
        #expect(try await plain.query(sslQuery) == [["false"]])
        await plain.close()
        // The test server's certificate is self-signed: full verification must refuse it.
        await #expect(throws: StrataError.self) { try await Databases.connect(base + "?sslmode=verify-full") }
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/migrations", withIntermediateDirectories: true)
        let r = try CLI.run(["current", "--url", base + "?sslmode=bogus"], in: dir)
        #expect(r.status == 2 && r.stderr.contains("sslmode 'bogus'"), "\(r)")
    }

    /// Nothing listens on port 1: the error says so in a sentence, not NIO's internals.
    @Test func refusedConnectionsAreOneSentence() throws {
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/migrations", withIntermediateDirectories: true)
        for url in ["postgresql://u:Pw%2F@127.0.0.1:1/x", "mysql://u:Pw%2F@127.0.0.1:1/x"] {
            let r = try CLI.run(["current", "--url", url], in: dir)
            #expect(r.status == 3 && r.stderr.lowercased().contains("refused"), "\(r)")
            #expect(!r.stderr.contains("SingleConnectionFailure") && !r.stderr.contains("Pw") && r.stderr.split(separator: "\n").count == 1, "\(r)")
        }
    }

    @Test func mysqlSSLModes() async throws {
        let base = TestDatabase.mysqlAdmin
        let secure = try await Databases.connect(base + "?sslmode=require")
        let cipher = try await secure.query("SHOW SESSION STATUS LIKE 'Ssl_cipher'").first?[1] ?? nil
        #expect(!(cipher ?? "").isEmpty, "TLS cipher: \(String(describing: cipher))")
        await secure.close()
        let plain = try await Databases.connect(base)
        #expect(try await plain.query("SHOW SESSION STATUS LIKE 'Ssl_cipher'").first?[1] == "")
        await plain.close()
        await #expect(throws: StrataError.self) { try await Databases.connect(base + "?sslmode=verify-full") }
    }
}

@Suite("strata revision and init options")
struct RevisionCommandTests {
    @Test func headBranchLabelAndDependsOn() async throws {
        try await withProject(.sqlite) { db, p in
            try writeStandardRevisions(p)
            // A new branch from base with a label, depending on the main line's first revision.
            var r = try p.strata("revision", "-m", "audit log", "--head", "base", "--branch-label", "audit", "--depends-on", "a1a1", "--rev-id", "aud000000001", "-q")
            #expect(r.status == 0, "\(r)")
            let audit = try RevisionParser.load(path: p.directory + "/" + r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(audit.parents == [] && audit.branchLabels == ["audit"] && audit.dependsOn == ["a1a1a1a1a1a1"])
            // Two heads now: a plain revision needs --head.
            r = try p.strata("revision", "-m", "next")
            #expect(r.status == 2 && r.stderr.contains("2 heads"), "\(r)")
            r = try p.strata("revision", "-m", "more audit", "--head", "audit@head", "--rev-id", "aud000000002", "-q")
            #expect(r.status == 0, "\(r)")
            let more = try RevisionParser.load(path: p.directory + "/" + r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(more.parents == ["aud000000001"])
            // A label used twice is refused, and no file is written.
            let before = try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").count
            r = try p.strata("revision", "-m", "dup", "--head", "base", "--branch-label", "audit")
            #expect(r.status == 2 && r.stderr.contains("branch label 'audit' is on two revisions"), "\(r)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").count == before)
        }
    }

    @Test func initPutsPasswordsInTheSecretsFile() throws {
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "build/\n".write(toFile: dir + "/.gitignore", atomically: true, encoding: .utf8)
        var r = try CLI.run(["init", "--url", "postgresql://app:pa55word@db/app"], in: dir)
        #expect(r.status == 0, "\(r)")
        #expect(!(try String(contentsOfFile: dir + "/strata.yml", encoding: .utf8)).contains("pa55word"))
        #expect(try String(contentsOfFile: dir + "/.secrets.yml", encoding: .utf8).contains("database_url: postgresql://app:pa55word@db/app"))
        #expect(try String(contentsOfFile: dir + "/.gitignore", encoding: .utf8) == "build/\n.secrets.yml\n")
        r = try CLI.run(["config"], in: dir)
        #expect(r.stdout.contains("database_url: postgresql://app:***@db/app    # .secrets.yml [default]"), "\(r)")
        r = try CLI.run(["init"], in: dir)
        #expect(r.status == 2 && r.stderr.contains("exists already"), "\(r)")
    }
}
