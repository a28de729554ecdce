/// Receives a document's elements from `XMLStreamParser`, one format parser per document.
protocol XMLConsumer: AnyObject {
    /// An element starts; the return value says how to collect its content. Elements inside a
    /// capturing element are not reported.
    func start(_ name: XMLElementName, attributes: XMLAttributes, context: XMLContext) -> TextCapture
    /// An element ends; `text` is its collected content when `start` asked for it.
    func end(_ name: XMLElementName, text: String?, context: XMLContext)

    /// True once the consumer has seen enough (a root element that is not a feed's).
    var wantsToStop: Bool { get }
}

extension XMLConsumer {
    var wantsToStop: Bool { false }
}
