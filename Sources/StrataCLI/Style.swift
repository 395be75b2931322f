import Foundation

/// Colour on a terminal, plain text otherwise: when output goes to a pipe or a file, when `NO_COLOR`
/// is set, when `TERM` is `dumb`, or with `--no-color` (taken by every command).
enum Style {
    nonisolated(unsafe) static var disabled = false

    static func enabled(_ fd: Int32) -> Bool {
        let env = ProcessInfo.processInfo.environment
        return !disabled && isatty(fd) == 1 && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
    }

    static func paint(_ s: String, _ code: String, fd: Int32 = STDOUT_FILENO) -> String {
        enabled(fd) ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }

    static func bold(_ s: String) -> String { paint(s, "1") }
    static func green(_ s: String, fd: Int32 = STDOUT_FILENO) -> String { paint(s, "32", fd: fd) }
    static func yellow(_ s: String, fd: Int32 = STDOUT_FILENO) -> String { paint(s, "33", fd: fd) }
    static func red(_ s: String, fd: Int32 = STDOUT_FILENO) -> String { paint(s, "31", fd: fd) }
}
