/// The loop's inbox: keys waiting, events from effects and timers, and a request to stop.
///
/// It is the one thing other threads may touch; everything else belongs to the loop.
public final class ReaderMailbox: Sendable {
    enum Message: Sendable {
        case inputReady
        case event(Event)
        case terminate(Int32)
    }

    let stream: AsyncStream<Message>
    private let continuation: AsyncStream<Message>.Continuation

    public init() {
        (stream, continuation) = AsyncStream.makeStream(of: Message.self)
    }

    public func post(_ event: Event) { continuation.yield(.event(event)) }

    /// Keys may be waiting in the input source.
    public func inputReady() { continuation.yield(.inputReady) }

    /// A signal asked the reader to stop; the loop leaves and the terminal is restored.
    public func terminate(signal: Int32) { continuation.yield(.terminate(signal)) }

    func finish() { continuation.finish() }
}
