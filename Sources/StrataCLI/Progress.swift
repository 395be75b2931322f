import Dispatch
import Foundation
import StrataAuthoring

/// Progress of an upgrade or downgrade as the user sees it.
///
/// - Always (unless `--quiet`): a line per revision, "Upgrading id (n/N) message", then its time.
/// - On a terminal: while a statement runs for more than a moment, a status line that is
///   rewritten in place shows the statement (number, line in the file, its SQL cut to the width)
///   and the time it has taken so far, so a long SQLite table rebuild is visibly alive.
/// - With `--verbose`: every statement, once it finished, with its time (on any output).
final class ProgressReporter: @unchecked Sendable {
    let quiet: Bool
    let verbose: Bool
    /// Whether the status line is drawn: standard output is a terminal that understands `\r` and erase.
    let live: Bool
    private let lock = NSLock()
    private var running: (label: String, started: ContinuousClock.Instant)?
    private var revisionStarted = ContinuousClock.now
    private var drawn = false
    private var timer: DispatchSourceTimer?

    init(quiet: Bool, verbose: Bool) {
        self.quiet = quiet
        self.verbose = verbose
        live = !quiet && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Stops the status line; call when the run ends, whether it failed or not.
    func finish() {
        lock.withLock {
            timer?.cancel()
            timer = nil
            running = nil
            clearLine()
        }
    }

    func handle(_ event: RunnerEvent) {
        switch event {
        case .warning(let text):
            lock.withLock { clearLine() }
            Output.warn(text)
        case .notice(let text):
            lock.withLock { clearLine() }
            if !quiet { print(text) }
        case .planned(let direction, let revisions):
            if !quiet && revisions.isEmpty { print("Nothing to \(direction.rawValue): the database is already there.") }
        case .revisionStarted(let id, let message, let index, let count, let direction):
            lock.withLock { revisionStarted = .now }
            if !quiet { print("\(Style.bold(direction == .upgrade ? "Upgrading" : "Downgrading")) \(Style.yellow(id)) (\(index + 1)/\(count)) \(message)") }
        case .revisionFinished(_, _, let ms):
            if !quiet { print("  \(Style.green("done")) in \(Self.duration(ms))") }
        case .statementStarted(_, let index, let count, let line, let sql):
            guard live || verbose else { return }
            let label = "[\(index + 1)/\(count)] line \(line): \(SQLText.oneLine(sql, limit: 500))"
            lock.withLock {
                running = (label, .now)
                if live && timer == nil { startTimer() }
            }
        case .statementFinished(_, _, let ms):
            let label: String? = lock.withLock {
                defer { running = nil }
                clearLine()
                return running?.label
            }
            if verbose, let label { print("  \(Self.cut(label, to: Self.columns() - 12)) (\(Self.duration(ms)))") }
        }
    }

    /// "850 ms", "12.3 s", "2 min 5 s".
    static func duration(_ ms: Int) -> String {
        if ms < 1000 { return "\(ms) ms" }
        if ms < 60_000 { return String(format: "%.1f s", Double(ms) / 1000) }
        return "\(ms / 60_000) min \(ms % 60_000 / 1000) s"
    }

    static func cut(_ s: String, to width: Int) -> String {
        s.count > max(width, 20) ? String(s.prefix(max(width, 20) - 1)) + "…" : s
    }

    /// The terminal's width, 80 when it cannot be told.
    static func columns() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    // MARK: - The status line (called with the lock held)

    private func startTimer() {
        let t = DispatchSource.makeTimerSource(queue: .global())
        t.schedule(deadline: .now() + .milliseconds(250), repeating: .milliseconds(250))
        t.setEventHandler { [weak self] in self?.tick() }
        timer = t
        t.resume()
    }

    private func tick() {
        lock.withLock {
            guard let running else { return }
            let elapsed = ContinuousClock.now - running.started
            guard elapsed >= .milliseconds(500) else { return }
            let statementMs = Int(elapsed / .milliseconds(1))
            let revisionMs = Int((ContinuousClock.now - revisionStarted) / .milliseconds(1))
            let time = " \(Self.duration(statementMs)) (revision \(Self.duration(revisionMs)))"
            let text = "  " + Self.cut(running.label, to: Self.columns() - 3 - time.count) + time
            write("\r\u{1B}[K" + Style.yellow(text))
            drawn = true
        }
    }

    private func clearLine() {
        guard drawn else { return }
        write("\r\u{1B}[K")
        drawn = false
    }

    private func write(_ s: String) {
        fflush(nil)
        FileHandle.standardOutput.write(Data(s.utf8))
    }
}
