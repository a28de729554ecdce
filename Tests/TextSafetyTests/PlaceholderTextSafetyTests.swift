import Testing

@Test func placeholderTextSafety() { #expect(Bool(true)) }
