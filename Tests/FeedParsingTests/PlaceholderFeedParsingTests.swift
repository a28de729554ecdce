import Testing

@Test func placeholderFeedParsing() { #expect(Bool(true)) }
