@preconcurrency internal import CLibXML2

/// One-time libxml2 initialisation (it must happen once, before threads use the library), and
/// error handlers that keep libxml2 from ever writing to stderr, which would corrupt a
/// curses screen.
enum LibXML2Setup {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Call before every parse: libxml2 keeps its global error handler per thread.
    static func ensureInitialized() {
        _ = initialized
        xmlSetStructuredErrorFunc(nil, silence)
    }

    private static let silence: xmlStructuredErrorFunc = { _, _ in }
}
