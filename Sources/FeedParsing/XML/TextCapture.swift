/// How an element's content is collected for the parser that asked for it.
enum TextCapture {
    /// Children are reported as elements; character data is ignored.
    case none
    /// The element's character data and all its descendants', with tags dropped.
    case text
    /// The content is HTML source: character data is kept as is (it is escaped HTML) and any
    /// child elements (unescaped markup in a broken feed) are written back as tags.
    case htmlSource
    /// The content is XHTML (Atom `type="xhtml"`): child elements become tags and character
    /// data is escaped, giving HTML equivalent to the embedded markup.
    case xhtml
}
