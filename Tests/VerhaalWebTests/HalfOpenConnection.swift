import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A raw TCP client that sends part of a request and waits to see the server close it.
enum HalfOpenConnection {
    /// Seconds until the server closed the connection; `limit` when it never did.
    static func secondsUntilClosed(port: Int, sending text: String, limit: Int) throws -> Double {
        let start = Date()
        _ = try exchange(port: port, sending: text, limit: limit, untilClosed: true)
        return Date().timeIntervalSince(start)
    }

    /// The first line of the server's answer (empty when none came within `limit` seconds).
    static func firstLine(port: Int, sending text: String, limit: Int) throws -> String {
        let answer = try exchange(port: port, sending: text, limit: limit, untilClosed: false)
        return String(answer.prefix { $0 != "\r" && $0 != "\n" })
    }

    private static func exchange(port: Int, sending text: String, limit: Int, untilClosed: Bool) throws -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        _ = text.withCString { send(descriptor, $0, strlen($0), 0) }
        var timeout = timeval(tv_sec: limit, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
            if !untilClosed && received.contains(UInt8(ascii: "\n")) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }
}
