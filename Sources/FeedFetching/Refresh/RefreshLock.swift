import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock (flock) beside the database so two refreshes never fetch the same feeds at
/// once (issue 4: "a second refresh started while one runs waits or says so").
///
/// Readers never take it; SQLite's WAL already lets them read while a refresh writes. The kernel
/// drops the lock when the process ends, so a crashed refresh never leaves it stuck.
public final class RefreshLock: Sendable {
    private let descriptor: Int32
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// `<database>.refresh-lock`.
    public static func path(forDatabase database: URL) -> String {
        database.path + ".refresh-lock"
    }

    /// Takes the lock if it is free; nil when another refresh holds it.
    public static func tryAcquire(at path: String) throws(RefreshError) -> RefreshLock? {
        let descriptor = try openFile(path)
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return RefreshLock(descriptor: descriptor, path: path) }
        let code = errno
        close(descriptor)
        if code == EWOULDBLOCK { return nil }
        throw .fileUnreadable(path: path, reason: String(cString: strerror(code)))
    }

    /// Waits until the lock is free, then takes it.
    public static func acquire(at path: String) throws(RefreshError) -> RefreshLock {
        let descriptor = try openFile(path)
        while flock(descriptor, LOCK_EX) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(descriptor)
            throw .fileUnreadable(path: path, reason: String(cString: strerror(code)))
        }
        return RefreshLock(descriptor: descriptor, path: path)
    }

    private static func openFile(_ path: String) throws(RefreshError) -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .fileUnreadable(path: path, reason: String(cString: strerror(errno)))
        }
        return descriptor
    }
}
