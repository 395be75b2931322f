/// Lets at most `limit` tasks run a section at once (server connections are finite).
package actor Limiter {
    package let limit: Int
    package var running = 0
    package var waiting: [CheckedContinuation<Void, Never>] = []

    package init(_ limit: Int) { self.limit = limit }

    package func run<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    package func acquire() async {
        if running < limit { running += 1; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    package func release() {
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
    }
}
