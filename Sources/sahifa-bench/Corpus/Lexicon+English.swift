extension Lexicon {
    static let english = Lexicon(words: """
        the council city river market harbour bridge winter summer report morning evening people \
        school teacher student library archive garden village mountain valley coast island station \
        railway airport weather storm rain snow drought harvest farmer bakery bread coffee tea \
        minister parliament election vote budget tax policy court judge law reform debate agreement \
        treaty border trade export import factory worker union strike wage price inflation bank \
        loan market share company startup software network server database search terminal reader \
        article headline editor column letter review opinion analysis interview statement crowd \
        festival concert theatre museum painting novel poem poet translation language dictionary \
        scholar history century empire dynasty manuscript discovery science research laboratory \
        physics chemistry biology medicine hospital doctor nurse patient vaccine health energy \
        solar wind turbine battery grid climate ocean forest wildlife migration bird whale \
        football match season league final goal coach player team record victory defeat \
        announced reported confirmed denied expected delayed opened closed reached signed \
        quietly slowly rapidly early late again still never often today yesterday tomorrow \
        new old large small local national regional public private careful bright quiet \
        north south east west central remote ancient modern daily weekly annual \
        and with from over under between after before during across toward without about
        """.split(separator: " ").map(String.init))

    /// Latin-1 words with accents, so ISO-8859-1 feeds carry bytes above 0x7F.
    static let englishAccented: [String] = [
        "café", "naïve", "façade", "résumé", "déjà", "über", "coöperate", "señor", "piñata", "jalapeño",
        "crème", "brûlée", "fiancée", "exposé", "São", "Zürich", "Malmö", "Ærø", "½", "©", "°C", "£", "€",
    ]
}
