import NewsModel
@preconcurrency internal import CLibXML2

/// Turns an HTML table into a `Table` a terminal can show: rows of cells with header cells
/// marked, and the caption. A table with one column is page layout, not data, and becomes
/// ordinary blocks.
struct TableBuilder {
    let builder: HTMLDocumentBuilder
    let template: BlockFrame
    let state: InlineState

    func blocks(for table: xmlNodePtr) -> [Block] {
        var caption: TextBlock?
        var rowNodes: [xmlNodePtr] = []
        for child in HTMLTree.children(table) where HTMLTree.isElement(child) {
            switch HTMLTree.name(child) {
            case "caption":
                var frame = template.child(inlineOnly: true)
                builder.walkChildren(child, frame: &frame, state: state)
                caption = frame.takeTextBlock()
            case "thead", "tbody", "tfoot":
                for row in HTMLTree.children(child) where HTMLTree.isElement(row) && HTMLTree.isNamed(row, "tr") {
                    rowNodes.append(row)
                }
            case "tr":
                rowNodes.append(child)
            default:
                break
            }
        }
        let cellNodes = rowNodes.map { row in
            HTMLTree.children(row).filter { HTMLTree.isElement($0) && (HTMLTree.isNamed($0, "td") || HTMLTree.isNamed($0, "th")) }
        }
        if cellNodes.allSatisfy({ $0.count <= 1 }) {
            var frame = template.child()
            if let caption { frame.blocks.append(.paragraph(caption)) }
            for cell in cellNodes.joined() {
                builder.walkChildren(cell, frame: &frame, state: state)
                frame.flushParagraph()
            }
            return frame.blocks
        }
        let rows: [[TableCell]] = cellNodes.map { cells in
            cells.map { cell in
                var frame = template.child(inlineOnly: true)
                builder.applyDirection(of: cell, to: &frame)
                builder.walkChildren(cell, frame: &frame, state: state)
                return TableCell(frame.takeTextBlock() ?? TextBlock(), isHeader: HTMLTree.isNamed(cell, "th"))
            }
        }.filter { !$0.isEmpty }
        guard !rows.isEmpty else { return caption.map { [.paragraph($0)] } ?? [] }
        return [.table(Table(caption: caption, rows: rows))]
    }
}
