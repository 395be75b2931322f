import Foundation

// strata-fuzz TARGET [CORPUS_DIR...] [libFuzzer flags]
//
// Built by `make fuzz` with `-sanitize=fuzzer`, this is a libFuzzer binary: the flags and corpus
// directories go to libFuzzer (`-runs=1000000`, `-max_total_time=60`, ...). Built plainly, as
// `make test` builds it, it replays the corpus and then feeds mutations of it for a bounded time
// (`-max_total_time=N`, `-seed=S`), without coverage feedback: a crash, trap or hang still shows.

typealias FuzzerCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
typealias FuzzerDriver = @convention(c) (UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, FuzzerCallback) -> CInt

/// The target this process feeds; set once, before the first input.
nonisolated(unsafe) var selected: FuzzTarget?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    selected?.run(data)
    return 0
}

func usage() -> Never {
    var text = "usage: strata-fuzz TARGET [CORPUS_DIR...] [-max_total_time=SECONDS] [-seed=N] [-runs=N]\ntargets:\n"
    for t in FuzzTarget.all { text += "  \(t.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(t.summary)\n" }
    FileHandle.standardError.write(Data(text.utf8))
    exit(2)
}

var arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else { usage() }
selected = target
arguments.remove(at: 1)
// Corpus directories and artifacts are the caller's; the process itself works in an empty scratch directory.
let origin = FileManager.default.currentDirectoryPath
for i in arguments.indices.dropFirst() where !arguments[i].hasPrefix("-") && !arguments[i].hasPrefix("/") {
    arguments[i] = origin + "/" + arguments[i]
}
if !arguments.contains(where: { $0.hasPrefix("-artifact_prefix=") }) { arguments.append("-artifact_prefix=\(origin)/") }
Scratch.enter()
// libFuzzer ends the process itself (after -runs or -max_total_time): the scratch goes then too.
atexit { Scratch.remove() }

let rc: CInt
if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") {
    let driver = unsafeBitCast(symbol, to: FuzzerDriver.self)
    var argc = CInt(arguments.count)
    var cStrings: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    rc = cStrings.withUnsafeMutableBufferPointer { buffer in
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
        return driver(&argc, &argv, fuzzOne)
    }
} else {
    rc = PlainFuzzer(target: target, arguments: Array(arguments.dropFirst())).run()
}
Scratch.remove()
exit(rc)
