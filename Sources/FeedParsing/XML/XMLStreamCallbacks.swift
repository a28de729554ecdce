@preconcurrency internal import CLibXML2

/// The C callbacks libxml2 calls while streaming, forwarding to the `XMLStreamParser` stored
/// in the parser context's `_private` field.
///
/// Everything not overridden keeps libxml2's SAX2 default, which only records the DTD so that
/// internal entities (`<!ENTITY name "text">`) still expand. External entity declarations are
/// dropped and `resolveEntity`/`externalSubset` do nothing, so no file or URL is ever read.
enum XMLStreamCallbacks {
    nonisolated(unsafe) static let handler: xmlSAXHandler = {
        var handler = xmlSAXHandler()
        xmlSAXVersion(&handler, 2)
        handler.startElementNs = startElement
        handler.endElementNs = endElement
        handler.characters = characters
        handler.cdataBlock = characters
        handler.ignorableWhitespace = characters
        handler.comment = nil
        handler.processingInstruction = nil
        handler.reference = nil
        handler.entityDecl = entityDeclaration
        handler.unparsedEntityDecl = nil
        handler.notationDecl = nil
        handler.attributeDecl = nil
        handler.elementDecl = nil
        handler.externalSubset = nil
        handler.resolveEntity = refuseEntity
        handler.getEntity = entity
        handler.getParameterEntity = nil
        handler.warning = nil
        handler.error = nil
        handler.fatalError = nil
        handler.serror = structuredError
        return handler
    }()

    @inline(__always)
    static func parser(_ context: UnsafeMutableRawPointer?) -> (XMLStreamParser, xmlParserCtxtPtr)? {
        guard let context else { return nil }
        let parserContext = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let state = parserContext.pointee._private else { return nil }
        return (Unmanaged<XMLStreamParser>.fromOpaque(state).takeUnretainedValue(), parserContext)
    }

    static let startElement: startElementNsSAX2Func = { context, localName, prefix, uri, _, _, attributeCount, _, attributes in
        guard let (state, parserContext) = parser(context), let localName else { return }
        let name = XMLElementName(
            namespace: state.namespace(uri: uri, prefix: prefix), local: state.localName(localName))
        state.startElement(
            name, attributes: XMLAttributes(raw: attributes, count: Int(attributeCount)), context: parserContext)
    }

    static let endElement: endElementNsSAX2Func = { context, _, _, _ in
        guard let (state, _) = parser(context) else { return }
        state.endElement()
    }

    static let characters: charactersSAXFunc = { context, bytes, count in
        guard let (state, parserContext) = parser(context), let bytes, count > 0 else { return }
        state.characters(bytes, count: Int(count), context: parserContext)
    }

    /// Keeps only internal general entities; external ones (XXE) and parameter entities are
    /// never recorded, so they can never be expanded or fetched.
    static let entityDeclaration: entityDeclSAXFunc = { context, name, type, publicID, systemID, content in
        guard type == Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue) else { return }
        xmlSAX2EntityDecl(context, name, type, publicID, systemID, content)
    }

    static let refuseEntity: resolveEntitySAXFunc = { _, _, _ in nil }

    /// Looks up an entity. With `XML_PARSE_OLDSAX` libxml2 asks here even for the five
    /// predefined entities, which lets a recovered error not silence every later `&amp;`:
    /// libxml2 drops entity references once a document is known to be malformed, and
    /// resetting that flag here keeps them (the text budget still bounds expansion).
    static let entity: getEntitySAXFunc = { context, name in
        guard let context, let name else { return nil }
        let parserContext = context.assumingMemoryBound(to: xmlParserCtxt.self)
        parserContext.pointee.wellFormed = 1
        if let predefined = xmlGetPredefinedEntity(name) { return predefined }
        guard let declared = xmlSAX2GetEntity(context, name) else { return nil }
        guard let (state, _) = parser(context), state.mayExpandEntity(context: parserContext) else {
            // libxml2 looks the entity up itself when this returns nil in a well-formed
            // document; marking the document malformed is what actually refuses it.
            parserContext.pointee.wellFormed = 0
            return nil
        }
        return declared
    }

    static let structuredError: xmlStructuredErrorFunc = { context, error in
        guard let (state, _) = parser(context), let error else { return }
        let level = error.pointee.level
        guard level == XML_ERR_ERROR || level == XML_ERR_FATAL else { return }
        var message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
        while message.last?.isNewline == true || message.last == " " { message.removeLast() }
        state.recordError(line: Int(error.pointee.line), message: message)
    }
}
