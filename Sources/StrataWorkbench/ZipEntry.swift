import CStrataZlib
import Foundation

/// One file of a zip archive, read from the archive's bytes with every offset and size checked
/// against them: the central directory names the entry, its local header says where the data
/// starts, and stored or deflated data is unpacked with zlib up to `limit` bytes.
///
/// Strata reads `.mwb` archives itself rather than through ZIPFoundation: on Linux, ZIPFoundation's
/// inflate loop never ends on a deflate stream cut short (a damaged model hung `strata inspect`),
/// and its in-memory archive traps on an offset past the end; both were found by `make fuzz`.
struct ZipEntry {
    /// Why an archive cannot be read, in words for the one-line error.
    struct Damaged: Error { let reason: String }
    struct TooLarge: Error {}

    let method: UInt16
    let crc32: UInt32
    let compressedSize: Int
    let uncompressedSize: Int
    let localHeaderOffset: Int

    /// The entry called `name` in `archive`, or nil when the archive has none.
    static func find(_ name: String, in archive: [UInt8]) throws -> ZipEntry? {
        let n = archive.count
        // The end-of-central-directory record: the last 22 bytes, or up to 64 KiB earlier after a comment.
        var end = -1
        var at = n - 22
        while at >= max(0, n - 22 - 65_535) {
            if archive.u32(at) == 0x0605_4B50 { end = at; break }
            at -= 1
        }
        guard end >= 0 else { throw Damaged(reason: "no end of central directory") }
        let count = Int(archive.u16(end + 10))
        let directorySize = Int(archive.u32(end + 12))
        let directoryOffset = Int(archive.u32(end + 16))
        guard directoryOffset <= end, directorySize <= end - directoryOffset else { throw Damaged(reason: "the central directory lies outside the file") }
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= end, archive.u32(p) == 0x0201_4B50 else { throw Damaged(reason: "a central directory entry is damaged") }
            let nameLength = Int(archive.u16(p + 28)), extraLength = Int(archive.u16(p + 30)), commentLength = Int(archive.u16(p + 32))
            guard p + 46 + nameLength <= end else { throw Damaged(reason: "a central directory entry is damaged") }
            let entryName = String(decoding: archive[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            if entryName == name {
                let entry = ZipEntry(method: archive.u16(p + 10), crc32: archive.u32(p + 16), compressedSize: Int(archive.u32(p + 20)),
                                     uncompressedSize: Int(archive.u32(p + 24)), localHeaderOffset: Int(archive.u32(p + 42)))
                if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
                    throw Damaged(reason: "\(name) is a ZIP64 entry (over 4 GiB), which no Workbench model has")
                }
                return entry
            }
            p += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// The entry's bytes: stored or deflated data, at most `limit` of them, with its CRC-32 checked.
    func data(in archive: [UInt8], limit: Int) throws -> Data {
        let h = localHeaderOffset
        guard h + 30 <= archive.count, archive.u32(h) == 0x0403_4B50 else { throw Damaged(reason: "its local header is missing") }
        let start = h + 30 + Int(archive.u16(h + 26)) + Int(archive.u16(h + 28))
        guard start <= archive.count, compressedSize <= archive.count - start else { throw Damaged(reason: "its data runs past the end of the file") }
        let packed = archive[start..<(start + compressedSize)]
        let out: [UInt8]
        switch method {
        case 0:
            guard packed.count <= limit else { throw TooLarge() }
            out = Array(packed)
        case 8: out = try Self.inflate(packed, limit: limit)
        default: throw Damaged(reason: "compression method \(method) is not one a Workbench model uses")
        }
        let crc = out.withUnsafeBufferPointer { UInt32(CStrataZlib.crc32(0, $0.baseAddress, uInt($0.count))) }
        guard crc == crc32 else { throw Damaged(reason: "its CRC32 does not match: the file is damaged") }
        return Data(out)
    }

    /// Raw deflate (no zlib header), as zip stores it; stops at the stream's end, at an error, when
    /// the input ends first, or past `limit` output bytes.
    static func inflate(_ input: ArraySlice<UInt8>, limit: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Damaged(reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = Array(input)
        return try input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return CStrataZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                guard out.count + produced <= limit else { throw TooLarge() }
                out.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END: return out
                case Z_OK: continue
                // No progress is possible: the input ended before the stream did.
                case Z_BUF_ERROR: throw Damaged(reason: "its compressed data ends early")
                default: throw Damaged(reason: "its compressed data is damaged")
                }
            }
        }
    }
}

extension [UInt8] {
    /// Little-endian integers at `offset`, 0 past the end (callers check bounds first).
    func u16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= count else { return 0 }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= count else { return 0 }
        return UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }
}
