extension Lexicon {
    /// Emoji of every width trouble: ZWJ sequences, skin tones, flags, keycaps, variation selectors.
    static let emoji: [String] = [
        "📰", "🌍", "🌧️", "☀️", "🚆", "⚽", "🎭", "📚", "🔬", "💡", "🧪", "🛰️", "🏛️", "🕌", "🕍",
        "👩‍💻", "👨‍👩‍👧", "🧑🏽‍🌾", "👍🏿", "🏳️‍🌈", "🇸🇦", "🇮🇱", "🇮🇷", "🇯🇵", "🇨🇳", "🇬🇧", "1️⃣", "❤️", "🙂", "🎉",
    ]
}
