import Foundation
import StrataKit
import Testing
import StrataTestSupport

/// Whether util-linux `script` (a pseudo-terminal) is there; in CI its absence is a failure.
func hasScript() -> Bool {
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/script") { return true }
    if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("util-linux script is missing in CI") }
    print("skipped: util-linux script (/usr/bin/script) is missing; the terminal tests need a pseudo-terminal")
    return false
}

/// Colour on a terminal only: a pseudo-terminal (util-linux `script`) gets ANSI colours, a pipe,
/// `--no-color` and `NO_COLOR` get plain text.
@Suite("Terminal output")
struct TerminalOutputTests {
    @Test func colourOnATerminalOnly() async throws {
        guard hasScript() else { return }
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

/// Progress while a revision runs: on a terminal a status line shows the statement running and
/// the time so far; `--verbose` lists every statement with its time on any output; a pipe gets
/// neither the status line nor control characters. The rows are checked after each step.
@Suite("Progress")
struct ProgressOutputTests {
    @Test func statementRunningAndElapsedTime() async throws {
        guard hasScript() else { return }
        try await withProject(.sqlite) { db, p in
            // Statement 2 takes a second or more: a million rows, as a table rebuild copies them.
            try p.revision("aa01", message: "fill t", upgrade: """
                CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
                WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) INSERT INTO t SELECT x, hex(randomblob(16)) FROM c;
                CREATE INDEX t_v ON t (v);
                """, downgrade: "DROP TABLE t")
            let terminal = try CLI.runProcess("/usr/bin/script", ["-qc", "env -u NO_COLOR TERM=xterm \(CLI.binary) upgrade", "/dev/null"], in: p.directory)
            let screen = terminal.stdout
            #expect(screen.contains("\r\u{1B}[K"), "the status line is drawn and erased in place: \(screen.debugDescription)")
            #expect(screen.contains("[2/3] line "), "\(screen.debugDescription)")
            #expect(screen.contains("WITH RECURSIVE c(x)"), "the statement running is shown: \(screen.debugDescription)")
            #expect(screen.range(of: #"[0-9.]+ (ms|s) \(revision [0-9.]+ (ms|s)\)"#, options: .regularExpression) != nil, "elapsed time: \(screen.debugDescription)")
            #expect(screen.contains("Applied 1 revision(s)."))
            #expect(try await db.query("SELECT count(*) FROM t") == [["1000000"]])

            // Through a pipe: the revision lines only, no status line.
            let down = try p.strata("downgrade", "base")
            #expect(down.status == 0 && !down.stdout.contains("\r") && !down.stdout.contains("\u{1B}") && !down.stdout.contains("DROP TABLE"), "\(down)")
            #expect(try await db.tables() == [])

            // --verbose: every statement, its number, line and time.
            let up = try p.strata("upgrade", "--verbose")
            let lines = up.stdout.split(separator: "\n").map(String.init)
            #expect(up.status == 0 && !up.stdout.contains("\r"), "\(up)")
            #expect(lines.filter { $0.hasPrefix("  [") }.count == 3, "\(up.stdout)")
            #expect(lines.contains { $0.hasPrefix("  [1/3] line ") && $0.contains("CREATE TABLE t") && $0.hasSuffix(" ms)") }, "\(up.stdout)")
            #expect(lines.contains { $0.hasPrefix("  [3/3] line ") && $0.contains("CREATE INDEX t_v ON t (v)") }, "\(up.stdout)")
            #expect(try await db.query("SELECT count(*) FROM t") == [["1000000"]])
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
