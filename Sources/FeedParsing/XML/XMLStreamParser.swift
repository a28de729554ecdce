import Foundation
@preconcurrency internal import CLibXML2

/// Streams a UTF-8 XML document through libxml2's SAX2 interface into an `XMLConsumer`,
/// without building a tree: the fastest way libxml2 offers, and memory stays flat.
///
/// Safety (platform notes §3): never `XML_PARSE_NOENT`, `DTDLOAD` or `DTDVALID`; external
/// entities are neither declared nor resolved (see `XMLStreamCallbacks`); libxml2 reports
/// errors only to this parser, never to stderr; entity expansion, depth and text are bounded.
final class XMLStreamParser {
    /// What a parse produced besides the consumer's own results.
    struct Outcome {
        /// A limit that stopped the parse, or the error that left nothing usable.
        var failure: FeedParseError?
        /// Recovered XML errors, one line each (at most `maxReportedErrors`).
        var warnings: [String]
        /// Whether any element was seen at all.
        var sawRootElement: Bool
        /// The first error, for a document from which nothing could be recovered.
        var firstError: (line: Int, message: String)?
    }

    static let maxReportedErrors = 5

    let consumer: XMLConsumer
    let limits: ParseLimits
    var textBudget: Int
    var contexts: [XMLContext] = []
    var names: [XMLElementName] = []
    var captureDepth = 0
    var captureMode = TextCapture.none
    var buffer: [UInt8] = []
    var localNames: [UnsafeRawPointer: String] = [:]
    var namespaces: [UnsafeRawPointer: XMLNamespace] = [:]
    var outcome = Outcome(failure: nil, warnings: [], sawRootElement: false, firstError: nil)
    var errorCount = 0
    let documentURL: URL?
    /// Set once a limit is hit: every later callback does nothing and no entity expands.
    private(set) var stopped = false
    /// The top-level parser context; entity expansion runs in nested contexts of its own.
    var rootContext: xmlParserCtxtPtr?
    /// References to declared (non-predefined) entities expanded so far.
    var entityExpansions = 0
    /// Most declared-entity references a document may expand: feeds need a handful, an
    /// expansion attack needs millions.
    static let maxEntityExpansions = 10_000

    let inputSize: Int

    private init(consumer: XMLConsumer, documentURL: URL?, limits: ParseLimits, inputSize: Int) {
        self.inputSize = inputSize
        self.consumer = consumer
        self.documentURL = documentURL
        self.limits = limits
        self.textBudget = limits.maxTextBytes(forInputSize: inputSize)
        contexts.reserveCapacity(32)
        names.reserveCapacity(32)
        buffer.reserveCapacity(4096)
    }

    /// Parses `utf8` (already transcoded, no byte order mark) into `consumer`.
    static func parse(_ utf8: [UInt8], documentURL: URL?, limits: ParseLimits, into consumer: XMLConsumer) -> Outcome {
        LibXML2Setup.ensureInitialized()
        let state = XMLStreamParser(consumer: consumer, documentURL: documentURL, limits: limits, inputSize: utf8.count)
        let prepared = HTMLEntityRewriter.rewritten(utf8)
        return prepared.withUnsafeBufferPointer { input -> Outcome in
            guard let base = input.baseAddress, input.count > 0, input.count < Int(Int32.max) else {
                return Outcome(failure: .empty, warnings: [], sawRootElement: false, firstError: nil)
            }
            var handler = XMLStreamCallbacks.handler
            guard let context = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil) else {
                return Outcome(failure: .empty, warnings: [], sawRootElement: false, firstError: nil)
            }
            defer {
                if let document = context.pointee.myDoc {
                    xmlFreeDoc(document)
                    context.pointee.myDoc = nil
                }
                context.pointee._private = nil
                xmlFreeParserCtxt(context)
            }
            context.pointee._private = Unmanaged.passUnretained(state).toOpaque()
            state.rootContext = context
            let options =
                XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_OLDSAX.rawValue
            xmlCtxtUseOptions(context, Int32(bitPattern: options))
            // Attribute values arrive with entities decoded only in this mode; external
            // entities still cannot load, since their declarations are dropped.
            context.pointee.replaceEntities = 1
            base.withMemoryRebound(to: CChar.self, capacity: input.count) { pointer in
                _ = xmlParseChunk(context, pointer, Int32(input.count), 1)
            }
            state.rootContext = nil
            // A truncated document leaves elements open; closing them keeps the last items.
            if state.outcome.failure == nil {
                while !state.names.isEmpty { state.endElement() }
            }
            withExtendedLifetime(state) {}
            return state.outcome
        }
    }

    // MARK: Events (called from the C callbacks)

    func startElement(_ name: XMLElementName, attributes: XMLAttributes, context parserContext: xmlParserCtxtPtr) {
        if stopped { return }
        outcome.sawRootElement = true
        if captureDepth > 0 {
            names.append(name)
            contexts.append(contexts[contexts.count - 1])
            if captureMode == .htmlSource || captureMode == .xhtml { appendStartTag(name, attributes: attributes) }
            return
        }
        let depth = contexts.count + 1
        if depth > limits.maxDepth {
            fail(.tooDeep(limit: limits.maxDepth), context: parserContext)
            return
        }
        var context = contexts.last ?? XMLContext(base: documentURL, language: nil, depth: 0)
        context.depth = depth
        if let base = attributes.value("base", prefix: "xml") {
            context.base = LinkResolver.url(base, relativeTo: context.base) ?? context.base
        }
        if let language = attributes.value("lang", prefix: "xml") {
            let trimmed = language.trimming(.whitespacesAndNewlines)
            context.language = trimmed.isEmpty ? nil : trimmed
        }
        contexts.append(context)
        names.append(name)
        let capture = consumer.start(name, attributes: attributes, context: context)
        if consumer.wantsToStop {
            fail(nil, context: parserContext)
            return
        }
        if capture != .none {
            captureDepth = depth
            captureMode = capture
            buffer.removeAll(keepingCapacity: true)
        }
    }

    func endElement() {
        if stopped && outcome.failure != nil { return }
        guard let name = names.popLast(), let context = contexts.popLast() else { return }
        if captureDepth > 0 {
            if context.depth == captureDepth && contexts.count + 1 == captureDepth {
                let text = String(decoding: buffer, as: UTF8.self)
                captureDepth = 0
                captureMode = .none
                consumer.end(name, text: text, context: context)
            } else if captureMode == .htmlSource || captureMode == .xhtml {
                appendEndTag(name)
            }
            return
        }
        consumer.end(name, text: nil, context: context)
    }

    func characters(_ bytes: UnsafePointer<xmlChar>, count: Int, context parserContext: xmlParserCtxtPtr) {
        if stopped { return }
        textBudget -= count
        if textBudget < 0 {
            fail(.entityExpansion(limit: limits.maxTextBytes(forInputSize: inputSize)), context: parserContext)
            return
        }
        guard captureDepth > 0 else { return }
        let chunk = UnsafeBufferPointer(start: bytes, count: count)
        if captureMode == .xhtml {
            MarkupEscaping.appendText(chunk, to: &buffer)
        } else {
            buffer.append(contentsOf: chunk)
        }
    }

    /// Whether a declared entity may expand once more; the limit stops the parse.
    func mayExpandEntity(context parserContext: xmlParserCtxtPtr) -> Bool {
        if stopped { return false }
        entityExpansions += 1
        if entityExpansions > Self.maxEntityExpansions {
            fail(.tooManyEntityReferences(limit: Self.maxEntityExpansions), context: parserContext)
            return false
        }
        return true
    }

    /// Stops parsing for good: the nested entity context and the document's own.
    func fail(_ failure: FeedParseError?, context parserContext: xmlParserCtxtPtr) {
        if outcome.failure == nil, let failure { outcome.failure = failure }
        stopped = true
        xmlStopParser(parserContext)
        if let rootContext, rootContext != parserContext { xmlStopParser(rootContext) }
    }

    func recordError(line: Int, message: String) {
        errorCount += 1
        if outcome.firstError == nil { outcome.firstError = (line, message) }
        if errorCount <= Self.maxReportedErrors {
            outcome.warnings.append("XML error at line \(line): \(message)")
        } else if errorCount == Self.maxReportedErrors + 1 {
            outcome.warnings.append("more XML errors not shown")
        }
    }

    // MARK: Names

    func localName(_ pointer: UnsafePointer<xmlChar>) -> String {
        let key = UnsafeRawPointer(pointer)
        if let cached = localNames[key] { return cached }
        let name = String(cString: pointer)
        localNames[key] = name
        return name
    }

    func namespace(uri: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?) -> XMLNamespace {
        guard let uri else {
            guard let prefix else { return .none }
            return XMLNamespace(undeclaredPrefix: String(cString: prefix))
        }
        let key = UnsafeRawPointer(uri)
        if let cached = namespaces[key] { return cached }
        let namespace = XMLNamespace(uri: String(cString: uri))
        namespaces[key] = namespace
        return namespace
    }

    // MARK: Markup capture

    private func appendStartTag(_ name: XMLElementName, attributes: XMLAttributes) {
        buffer.append(UInt8(ascii: "<"))
        buffer.append(contentsOf: name.local.utf8)
        for attribute in attributes.all() {
            buffer.append(UInt8(ascii: " "))
            buffer.append(contentsOf: attribute.name.utf8)
            buffer.append(contentsOf: "=\"".utf8)
            MarkupEscaping.appendAttribute(attribute.value, to: &buffer)
            buffer.append(UInt8(ascii: "\""))
        }
        buffer.append(UInt8(ascii: ">"))
    }

    private func appendEndTag(_ name: XMLElementName) {
        if MarkupEscaping.voidElements.contains(name.local) { return }
        buffer.append(contentsOf: "</".utf8)
        buffer.append(contentsOf: name.local.utf8)
        buffer.append(UInt8(ascii: ">"))
    }
}
