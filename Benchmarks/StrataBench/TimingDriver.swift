import Foundation
import StrataAuthoring
import Synchronization

/// Forwards to a real driver and adds up the time spent in its queries: the cost of the raw
/// catalog queries, against which the inspector's total is compared.
final class TimingDriver: ForwardingDriver {
    let inner: any DatabaseDriver
    private let spent = Mutex<Duration>(.zero)
    private let count = Mutex(0)

    init(_ inner: any DatabaseDriver) { self.inner = inner }

    var queryTime: Duration { spent.withLock { $0 } }
    var queries: Int { count.withLock { $0 } }

    func reset() { spent.withLock { $0 = .zero }; count.withLock { $0 = 0 } }

    func execute(_ sql: String) async throws { _ = try await query(sql) }
    func query(_ sql: String) async throws -> [[String?]] {
        let start = ContinuousClock.now
        let rows = try await inner.query(sql)
        let elapsed = ContinuousClock.now - start
        spent.withLock { $0 += elapsed }
        count.withLock { $0 += 1 }
        return rows
    }
}
