import Testing

@Test func placeholderFeedFetching() { #expect(Bool(true)) }
