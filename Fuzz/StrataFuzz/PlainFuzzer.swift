import Foundation

/// The corpus replay and mutation loop used when libFuzzer is not linked in (`make test`): every
/// corpus file, then random mutations of them (bit flips, byte changes, insertions, deletions,
/// splices of two inputs, repeated chunks) until the time is up. The input being run is kept where a
/// signal handler can write it to `crash-<target>.bin` in the caller's directory if the process dies.
struct PlainFuzzer {
    let target: FuzzTarget
    var corpus: [Data] = []
    var seconds = 10.0
    var seed: UInt64 = 1
    var maxRuns = Int.max
    var artifactPrefix = ""
    /// Seconds one input may take before it counts as a hang (libFuzzer's `-timeout`).
    var timeout = 20.0

    init(target: FuzzTarget, arguments: [String]) {
        self.target = target
        for a in arguments {
            if let v = a.value(of: "-max_total_time") { seconds = Double(v) ?? seconds }
            else if let v = a.value(of: "-seed") { seed = UInt64(v) ?? seed }
            else if let v = a.value(of: "-runs") { maxRuns = Int(v) ?? maxRuns }
            else if let v = a.value(of: "-artifact_prefix") { artifactPrefix = v }
            else if let v = a.value(of: "-timeout") { timeout = Double(v) ?? timeout }
            else if !a.hasPrefix("-") { corpus += PlainFuzzer.files(in: a) }
        }
        if corpus.isEmpty { corpus = [Data()] }
    }

    static func files(in path: String) -> [Data] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return FileManager.default.contents(atPath: path).map { [$0] } ?? [] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
        return names.compactMap { FileManager.default.contents(atPath: path + "/" + $0) }
    }

    func run() -> CInt {
        CrashRecord.install(path: artifactPrefix + "crash-\(target.name).bin")
        CrashRecord.watch(timeout: timeout, path: artifactPrefix + "timeout-\(target.name).bin")
        var runs = 0
        let begin = Date()
        for input in corpus where runs < maxRuns { feed(input); runs += 1 }
        let replayed = runs
        var rng = SplitMix(seed: seed)
        let deadline = Date().addingTimeInterval(seconds)
        var slowest = 0.0
        while runs < maxRuns && Date() < deadline {
            let input = mutate(corpus[Int(rng.next() % UInt64(corpus.count))], rng: &rng)
            let start = Date()
            feed(input)
            slowest = max(slowest, Date().timeIntervalSince(start))
            runs += 1
        }
        CrashRecord.clear()
        print("strata-fuzz \(target.name): \(replayed) corpus inputs and \(runs - replayed) mutations in \(String(format: "%.1f", Date().timeIntervalSince(begin))) s, no crash (slowest input \(String(format: "%.3f", slowest)) s)")
        return 0
    }

    func feed(_ input: Data) {
        CrashRecord.keep(input)
        CrashRecord.started = ProcessInfo.processInfo.systemUptime
        target.run(input)
        CrashRecord.started = 0
    }

    func mutate(_ base: Data, rng: inout SplitMix) -> Data {
        var bytes = [UInt8](base)
        let interesting: [UInt8] = [0, 0x0a, 0x0d, 0x22, 0x27, 0x3b, 0x2d, 0x2f, 0x2a, 0x24, 0x60, 0x5c, 0x3c, 0x3e, 0x3a, 0x23, 0x7f, 0xff, 0xc3]
        for _ in 0..<(1 + Int(rng.next() % 4)) {
            let at = bytes.isEmpty ? 0 : Int(rng.next() % UInt64(bytes.count))
            switch rng.next() % 7 {
            case 0 where !bytes.isEmpty: bytes[at] ^= UInt8(1 << (rng.next() % 8))
            case 1 where !bytes.isEmpty: bytes[at] = interesting[Int(rng.next() % UInt64(interesting.count))]
            case 2: bytes.insert(interesting[Int(rng.next() % UInt64(interesting.count))], at: at)
            case 3 where !bytes.isEmpty: bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(rng.next() % 16)))
            case 4:
                let other = [UInt8](corpus[Int(rng.next() % UInt64(corpus.count))])
                if !other.isEmpty {
                    let from = Int(rng.next() % UInt64(other.count))
                    bytes.insert(contentsOf: other[from..<min(other.count, from + 1 + Int(rng.next() % 64))], at: at)
                }
            case 5 where !bytes.isEmpty:
                let chunk = bytes[at..<min(bytes.count, at + 1 + Int(rng.next() % 8))]
                bytes.insert(contentsOf: Array(repeating: Array(chunk), count: 1 + Int(rng.next() % 32)).joined(), at: at)
            default: if !bytes.isEmpty { bytes.removeLast(Int(rng.next() % UInt64(min(bytes.count, 8)))) }
            }
        }
        return Data(bytes)
    }
}

/// A small deterministic generator, so a mutation run can be repeated with `-seed`.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The input being run, where a fatal signal handler can still write it out.
enum CrashRecord {
    nonisolated(unsafe) static var bytes: UnsafeMutableRawBufferPointer?
    nonisolated(unsafe) static var path: UnsafeMutablePointer<CChar>?
    /// The handlers that were there before (Swift's backtracer), run after the input is written.
    nonisolated(unsafe) static var previous: [CInt: sigaction] = [:]

    static func install(path: String) {
        self.path = strdup(path)
        for s in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                if let path = CrashRecord.path, let bytes = CrashRecord.bytes {
                    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                    if fd >= 0 { _ = write(fd, bytes.baseAddress, bytes.count); close(fd) }
                }
                var old = CrashRecord.previous[number] ?? sigaction()
                sigaction(number, &old, nil)
                raise(number)
            }
            var old = sigaction()
            sigaction(s, &action, &old)
            previous[s] = old
        }
    }

    /// When the input was started, in seconds since boot; 0 between inputs.
    nonisolated(unsafe) static var started = 0.0

    /// A thread that writes the input out and stops the process when one input runs past `timeout`.
    static func watch(timeout: Double, path: String) {
        Thread.detachNewThread {
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                let since = started
                guard since > 0, ProcessInfo.processInfo.systemUptime - since > timeout, let bytes else { continue }
                FileManager.default.createFile(atPath: path, contents: Data(bytes))
                FileHandle.standardError.write(Data("strata-fuzz: an input ran for more than \(Int(timeout)) s (a hang); it is in \(path)\n".utf8))
                exit(70)
            }
        }
    }

    static func keep(_ data: Data) {
        bytes?.deallocate()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: buffer.bindMemory(to: UInt8.self))
        bytes = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<data.count])
    }

    static func clear() { bytes = nil }
}

extension String {
    /// The value of a `-name=value` flag, when this argument is that flag.
    func value(of flag: String) -> String? {
        hasPrefix(flag + "=") ? String(dropFirst(flag.count + 1)) : nil
    }
}
