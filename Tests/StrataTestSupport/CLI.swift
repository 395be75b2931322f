import Foundation

/// Runs the built `strata` binary as a user would, and captures what it prints.
package struct CLI {
    package struct Result: CustomStringConvertible {
        package var status: Int32
        package var stdout: String
        package var stderr: String
        package var description: String { "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }
    }

    /// The `strata` executable next to the test bundle (both live in the build folder).
    package static let binary: String = {
        if let env = ProcessInfo.processInfo.environment["STRATA_BIN"] { return env }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("strata").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/strata").path
    }()

    /// Runs `strata args...` in `directory` with extra environment variables.
    package static func run(_ args: [String], in directory: String, env: [String: String] = [:]) throws -> Result {
        try runProcess(binary, args, in: directory, env: env)
    }

    /// Starts `strata args...` in `directory` without waiting for it; what it prints is discarded.
    /// Stop it with `kill(process.processIdentifier, SIGKILL)` and `waitUntilExit()`.
    package static func start(_ args: [String], in directory: String) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        for k in environment.keys where k.hasPrefix("STRATA_") { environment[k] = nil }
        p.environment = environment
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Runs any program (used for sqlite3, psql, mariadb).
    package static func runProcess(_ program: String, _ args: [String], in directory: String, env: [String: String] = [:], stdin: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
        p.arguments = program.hasPrefix("/") ? args : [program] + args
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        for k in environment.keys where k.hasPrefix("STRATA_") && k != "STRATA_BIN" { environment[k] = nil }
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty process cannot block on a full pipe.
        let errData = LockedData()
        let t = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        t.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while !errData.done { usleep(1000) }
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.value, as: UTF8.self))
    }
}

package final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var finished = false
    package func set(_ d: Data) { lock.lock(); data = d; finished = true; lock.unlock() }
    package var done: Bool { lock.lock(); defer { lock.unlock() }; return finished }
    package var value: Data { lock.lock(); defer { lock.unlock() }; return data }
}
