/// Splits a search into words, quoted phrases, `OR` and `name:value` filters.
enum SearchQueryLexer {
    enum Token: Equatable {
        case term(SearchQuery.Term, negated: Bool)
        case or
        case filter(name: String, value: String, negated: Bool)
    }

    static func tokens(_ text: String) throws(NewsStoreError) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            if characters[index].isWhitespace {
                index += 1
                continue
            }
            var negated = false
            if characters[index] == "-", index + 1 < characters.count, !characters[index + 1].isWhitespace {
                negated = true
                index += 1
            }
            if characters[index] == "\"" {
                let (phrase, end) = try quoted(characters, from: index)
                index = end
                var isPrefix = false
                if index < characters.count, characters[index] == "*" {
                    isPrefix = true
                    index += 1
                }
                tokens.append(.term(SearchQuery.Term(text: phrase, isPrefix: isPrefix), negated: negated))
                continue
            }
            var word = ""
            while index < characters.count, !characters[index].isWhitespace {
                if characters[index] == "\"", let name = filterName(word) {
                    // feed:"Al Jazeera": a quoted filter value.
                    let (value, end) = try quoted(characters, from: index)
                    index = end
                    word = name + ":" + value
                    break
                }
                word.append(characters[index])
                index += 1
            }
            if word == "OR", !negated {
                tokens.append(.or)
            } else if let name = filterName(word) {
                tokens.append(.filter(name: name, value: String(word.dropFirst(name.count + 1)), negated: negated))
            } else if word.hasSuffix("*") {
                let stem = String(word.drop(while: { $0 == "*" }).dropLast()).trimmingTrailing("*")
                tokens.append(.term(SearchQuery.Term(text: stem, isPrefix: true), negated: negated))
            } else {
                tokens.append(.term(SearchQuery.Term(text: word), negated: negated))
            }
        }
        return tokens
    }

    /// The filter name when `word` starts with a known `name:`.
    private static func filterName(_ word: String) -> String? {
        guard let colon = word.firstIndex(of: ":") else { return nil }
        let name = word[..<colon].lowercased()
        return SearchQueryParser.filterNames.contains(name) ? name : nil
    }

    /// The text between the quote at `start` and the next quote, and the index after it.
    private static func quoted(_ characters: [Character], from start: Int) throws(NewsStoreError) -> (String, Int) {
        var index = start + 1
        var text = ""
        while index < characters.count, characters[index] != "\"" {
            text.append(characters[index])
            index += 1
        }
        guard index < characters.count else {
            throw .invalidQuery("a quote is not closed; end the phrase with \"")
        }
        return (text, index + 1)
    }
}

extension String {
    fileprivate func trimmingTrailing(_ character: Character) -> String {
        var result = self
        while result.last == character { result.removeLast() }
        return result
    }
}
