import Testing

@Test func placeholderTextLayout() { #expect(Bool(true)) }
