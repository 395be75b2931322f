/// What the runner reports while it works; the CLI prints these, a service may log them.
public enum RunnerEvent: Sendable, Equatable {
    /// The lock is taken; `plan` is about to run.
    case planned(direction: Revision.Direction, revisions: [String])
    case revisionStarted(id: String, message: String, index: Int, count: Int, direction: Revision.Direction)
    case revisionFinished(id: String, direction: Revision.Direction, milliseconds: Int)
    /// Statement `index` (from 0) of `count` in revision `id` is about to run; `line` is its line
    /// in the revision file. A long one (a SQLite table rebuild copying rows) is where time goes.
    case statementStarted(id: String, index: Int, count: Int, line: Int, sql: String)
    case statementFinished(id: String, index: Int, milliseconds: Int)
    /// Something the user should know that does not stop the run (an edited applied revision).
    case warning(String)
    /// What the runner decided and why (an interrupted statement found to have taken effect).
    case notice(String)
}
