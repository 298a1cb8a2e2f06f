import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads model files for ``BinaryReader``.
public enum ModelFile {
    /// The contents of the file at `path` for a ``BinaryReader``: mapped, or else read (with
    /// the errors of `Data(contentsOf:)`).
    public static func contents(atPath path: String) throws -> ModelBytes {
        if let mapped = ModelBytes.mapping(path: path) { return mapped }
        return ModelBytes(copying: try bytes(atPath: path))
    }

    /// The bytes of the file at `path`.
    ///
    /// They are read straight into the array: `Array(Data(contentsOf:))` wrote every byte of
    /// the models twice into fresh memory, a twentieth of loading them. When the direct read
    /// fails, `Data(contentsOf:)` reads the file instead, so errors are the ones it gives.
    public static func bytes(atPath path: String) throws -> [UInt8] {
        if let bytes = directBytes(atPath: path) { return bytes }
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The bytes of the file, or `nil` when it is not a regular file that reads in full.
    static func directBytes(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = read(descriptor, buffer.baseAddress! + done, size - done)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                done += got
            }
            // The file may have grown or shrunk since `fstat`: then the general path reads it.
            complete = done == size
            count = done
        }
        return complete ? bytes : nil
    }
}
