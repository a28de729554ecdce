/// What the loopback server answered during one measured run: it shows whether a client really
/// sent validators (304s) and fetched every feed.
struct ServerStatistics: Codable, Sendable, Equatable {
    var requests = 0
    var ok = 0
    var notModified = 0
    var notFound = 0
    var badRequests = 0
    var bytesSent = 0
    var connections = 0

    var summary: String {
        "\(requests) requests on \(connections) connections: \(ok)×200, \(notModified)×304, \(notFound)×404, \(Format.megabytes(bytesSent)) sent"
    }
}
