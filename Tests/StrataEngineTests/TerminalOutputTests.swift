import Foundation
import StrataKit
import Testing

/// Colour on a terminal only: a pseudo-terminal (util-linux `script`) gets ANSI colours, a pipe,
/// `--no-color` and `NO_COLOR` get plain text.
@Suite("Terminal output")
struct TerminalOutputTests {
    @Test func colourOnATerminalOnly() async throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("util-linux script is missing in CI") }
            return
        }
        try await withProject(.sqlite) { db, p in
            try p.revision("aa01", message: "create t", upgrade: "CREATE TABLE t (id INTEGER PRIMARY KEY)", downgrade: "DROP TABLE t")
            func onTerminal(_ command: String, env: [String: String] = [:]) throws -> String {
                // The test runner's own NO_COLOR or TERM must not decide: the terminal is xterm here.
                let prefix = env["NO_COLOR"] == nil ? "env -u NO_COLOR TERM=xterm" : "env TERM=xterm"
                let r = try CLI.runProcess("/usr/bin/script", ["-qc", "\(prefix) \(CLI.binary) \(command)", "/dev/null"], in: p.directory, env: env)
                return r.stdout
            }
            let esc = "\u{1B}["
            let up = try onTerminal("upgrade")
            #expect(up.contains("\(esc)1mUpgrading\(esc)0m") && up.contains("\(esc)32mdone\(esc)0m"), "\(up.debugDescription)")
            #expect(try onTerminal("check").contains("\(esc)32mOK\(esc)0m"))
            #expect(!(try onTerminal("check --no-color")).contains(esc))
            #expect(!(try onTerminal("check", env: ["NO_COLOR": "1"])).contains(esc))
            // Through a pipe: plain.
            let piped = try p.strata("check")
            #expect(piped.status == 0 && piped.stdout.hasSuffix("OK\n") && !piped.stdout.contains(esc), "\(piped)")
            #expect(try await db.tables() == ["t"])
        }
    }
}

@Suite("Help and completion")
struct HelpTests {
    @Test func helpVersionAndCompletionScriptsPrint() throws {
        let dir = NSTemporaryDirectory()
        var r = try CLI.run(["--help"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("SUBCOMMANDS:") && r.stdout.contains("codegen") && r.stdout.contains("Exit codes: 0 ok"), "\(r)")
        r = try CLI.run(["upgrade", "--help"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("OVERVIEW: Apply revisions up to a target"), "\(r)")
        r = try CLI.run(["--generate-completion-script", "bash"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("_strata()"), "\(r.stdout.prefix(200))")
        r = try CLI.run(["--version"], in: dir)
        #expect(r.status == 0 && !r.stdout.isEmpty, "\(r)")
    }
}
