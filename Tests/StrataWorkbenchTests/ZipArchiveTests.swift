import CStrataZlib
import Foundation
import Strata
import StrataWorkbench
import Testing
import WorkbenchFixtures

/// The `.mwb` archive itself: damaged and hostile zips are one-line errors, at once and in bounded memory.
@Suite("Workbench archives")
final class ZipArchiveTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("strata-zip-" + UUID().uuidString).path
    init() { try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: scratch) }

    /// A zip of one entry `document.mwb.xml` holding `data` as stored (0) or deflated (8) bytes,
    /// with the sizes and CRC-32 the directory claims given separately.
    static func zip(_ data: [UInt8], method: UInt16, crc: UInt32, size: UInt32) -> [UInt8] {
        func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func le32(_ v: UInt32) -> [UInt8] { le16(UInt16(v & 0xFFFF)) + le16(UInt16(v >> 16)) }
        let name = Array("document.mwb.xml".utf8)
        let common = le16(20) + le16(0) + le16(method) + le16(0) + le16(0) + le32(crc) + le32(UInt32(data.count)) + le32(size) + le16(UInt16(name.count)) + le16(0)
        let local = le32(0x0403_4B50) + common + name + data
        let central = le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + name
        let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(UInt32(central.count)) + le32(UInt32(local.count)) + le16(0)
        return local + central + end
    }

    /// Raw deflate of `count` zero bytes, made in chunks (the input is never held whole).
    static func deflatedZeros(_ count: Int) -> [UInt8] {
        var stream = z_stream()
        _ = deflateInit2_(&stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var input = [UInt8](repeating: 0, count: 1 << 20)
        var output = [UInt8](repeating: 0, count: 1 << 16)
        var result: [UInt8] = []
        var left = count
        repeat {
            let take = min(left, input.count)
            left -= take
            input.withUnsafeMutableBufferPointer { source in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(take)
                repeat {
                    output.withUnsafeMutableBufferPointer { out in
                        stream.next_out = out.baseAddress
                        stream.avail_out = uInt(out.count)
                        _ = deflate(&stream, left == 0 ? Z_FINISH : Z_NO_FLUSH)
                        result += out[0..<(out.count - Int(stream.avail_out))]
                    }
                } while stream.avail_out == 0
            }
        } while left > 0
        return result
    }

    func read(_ bytes: [UInt8]) -> (message: String, seconds: Double) {
        let path = scratch + "/model-\(UUID().uuidString.prefix(6)).mwb"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let start = Date()
        do { _ = try WorkbenchReader(path: path).read(); return ("no error", 0) } catch {
            #expect((error as? StrataError)?.exitCode == 2, "\(error)")
            return ("\(error)", Date().timeIntervalSince(start))
        }
    }

    /// A deflate stream that ends before its last block: ZIPFoundation's Linux inflate looped forever
    /// on it (found by `make fuzz`); it is now an error naming the file.
    @Test func aDeflateStreamCutShortIsAnErrorNotAHang() {
        // A final stored block that announces 1000 bytes and carries 10.
        let cut: [UInt8] = [0x01, 0xE8, 0x03, 0x17, 0xFC] + Array("<?xml ver=".utf8)
        let (message, seconds) = read(Self.zip(cut, method: 8, crc: 0, size: 1000))
        #expect(message.contains("model-") && message.contains("document.mwb.xml cannot be unpacked (its compressed data ends early)"), "\(message)")
        #expect(!message.contains("\n"))
        #expect(seconds < 5)
    }

    /// A zip bomb: the directory claims 1 KiB, the data inflates to 300 MiB of zeros. Reading stops
    /// at the 256 MiB bound with a one-line error.
    @Test func anEntryInflatingPastTheBoundIsRefused() {
        let bomb = Self.deflatedZeros(300 << 20)
        #expect(bomb.count < 1 << 20, "the bomb is small: \(bomb.count) bytes")
        let (message, _) = read(Self.zip(bomb, method: 8, crc: 0, size: 1024))
        #expect(message.contains("document.mwb.xml unpacks to more than the 256 MiB a Workbench model may have"), "\(message)")
        // A directory that says so up front is refused before anything is inflated.
        let (claimed, seconds) = read(Self.zip(bomb, method: 8, crc: 0, size: 300 << 20))
        #expect(claimed.contains("would unpack to 300 MiB, more than the 256 MiB"), "\(claimed)")
        #expect(seconds < 1)
    }

    /// Offsets and sizes that point outside the file, and methods no model uses.
    @Test func offsetsOutsideTheFileAreErrors() {
        let xml = Array(GRTFixture.shop().xml.utf8)
        var lying = Self.zip(xml, method: 0, crc: 0, size: UInt32(xml.count))
        // The compressed size in the central directory (offset 20 of its entry) claims 64 KiB.
        let central = lying.count - 22 - 46 - 16
        lying[central + 20] = 0; lying[central + 21] = 0; lying[central + 22] = 0x10
        #expect(read(lying).message.contains("cannot be unpacked (its data runs past the end of the file)"))
        #expect(read(Self.zip(xml, method: 12, crc: 0, size: UInt32(xml.count))).message.contains("compression method 12"))
        var noDirectory = Self.zip(xml, method: 0, crc: 0, size: UInt32(xml.count))
        noDirectory.removeLast(22)
        #expect(read(noDirectory).message.contains("not a readable zip archive (no end of central directory"))
        // A stored entry with the right CRC-32 reads.
        let crc = xml.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        #expect(read(Self.zip(xml, method: 0, crc: crc, size: UInt32(xml.count))).message == "no error")
    }
}
