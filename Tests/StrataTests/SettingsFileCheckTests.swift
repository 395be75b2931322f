import Foundation
import Testing
@testable import Strata

/// A misspelt or wrongly shaped setting is refused with file:line, not ignored.
@Suite struct SettingsFileCheckTests {
    func load(_ yml: String, secrets: String? = nil) async throws -> Settings {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("strata-settings-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try yml.write(toFile: dir + "/strata.yml", atomically: true, encoding: .utf8)
        if let secrets { try secrets.write(toFile: dir + "/.secrets.yml", atomically: true, encoding: .utf8) }
        return try await SettingsLoader.load(configPath: dir + "/strata.yml", variables: [:])
    }

    func message(_ yml: String, secrets: String? = nil) async -> String? {
        do { _ = try await load(yml, secrets: secrets); return nil } catch let e as StrataError { return e.description } catch { return "\(error)" }
    }

    @Test func aMisspeltKeyIsNamedWithTheClosestKnownOne() async throws {
        let m = await message("default:\n  databse_url: sqlite:///x.db\n  migrations: migrations\n")
        #expect(m?.contains("strata.yml:2: unknown setting 'databse_url' (did you mean 'database_url'?)") == true, "\(m ?? "accepted")")
        let s = await message("default:\n  database_url: sqlite:///x.db\n", secrets: "production:\n  database_url: mysql://u:pw@h/db\n  lok_timeout: 5\n")
        #expect(s?.contains(".secrets.yml:3: unknown setting 'lok_timeout' (did you mean 'lock_timeout'?)") == true, "\(s ?? "accepted")")
        #expect(s?.contains("pw") == false)
        let c = await message("codegen:\n  fromat: swift\n")
        #expect(c?.contains("strata.yml:2: unknown setting 'codegen.fromat' (did you mean 'codegen.format'?)") == true, "\(c ?? "accepted")")
        let far = await message("default:\n  colour: blue\n")
        #expect(far?.contains("unknown setting 'colour'") == true && far?.contains("did you mean") == false, "\(far ?? "accepted")")
    }

    @Test func aListWhereOneValueBelongsIsRefused() async throws {
        let m = await message("default:\n  lock_timeout: [1, 2]\n")
        #expect(m?.contains("strata.yml:2: lock_timeout must be a single value") == true, "\(m ?? "accepted")")
        let block = await message("default:\n  version_table:\n    - a\n    - b\n")
        #expect(block?.contains("strata.yml:2: version_table must be a single value") == true, "\(block ?? "accepted")")
    }

    @Test func wellFormedFilesStillLoad() async throws {
        let s = try await load("""
        # comment
        default: &base
          database_url: sqlite:///app.db   # inline comment
          codegen:
            format: swift
            tables:
              - a
              - b
        production:
          <<: *base
          lock_timeout: 5
        """)
        #expect(s.databaseURL == "sqlite:///app.db")
        #expect(s.codegen["format"] == "swift")
        let top = try await load("database_url: sqlite:///top.db\nlock_timeout: 7\nengines: [sqlite, postgresql]\ndevelopment: {}\n")
        #expect(top.databaseURL == "sqlite:///top.db" && top.lockTimeout == 7)
        #expect(top.engines == [.sqlite, .postgresql])
        // A misspelt setting at the top level is not taken for an environment.
        let m = await message("databse_url: sqlite:///top.db\n")
        #expect(m?.contains("strata.yml:1: unknown setting 'databse_url' (did you mean 'database_url'?)") == true, "\(m ?? "accepted")")
    }
}
