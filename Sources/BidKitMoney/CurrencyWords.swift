/// The English unit words of the currencies bids are priced in, for writing amounts in words and
/// reading them back: "pounds sterling and fifty pence", "Hong Kong dollars", "yen". Codes the
/// table does not name are written as the code itself (unambiguous, if not idiomatic).
public struct CurrencyWords: Sendable {
    public var code: String
    public var majorSingular: String
    public var majorPlural: String
    public var minorSingular: String
    public var minorPlural: String
    /// Other ways the major unit is written ("pounds sterling", "US dollars", "renminbi").
    var majorAliases: [String] = []
    var minorAliases: [String] = []

    init(_ code: String, _ major: (String, String), _ minor: (String, String), aliases: [String] = [], minorAliases: [String] = []) {
        self.code = code
        (majorSingular, majorPlural) = major
        (minorSingular, minorPlural) = minor
        majorAliases = aliases
        self.minorAliases = minorAliases
    }

    public static let known: [CurrencyWords] = [
        CurrencyWords("CNY", ("yuan", "yuan"), ("fen", "fen"), aliases: ["renminbi", "rmb", "yuan renminbi", "chinese yuan"]),
        CurrencyWords("USD", ("dollar", "dollars"), ("cent", "cents"),
                      aliases: ["us dollar", "us dollars", "u.s. dollars", "united states dollars", "american dollars"]),
        CurrencyWords("EUR", ("euro", "euros"), ("cent", "cents")),
        CurrencyWords("GBP", ("pound", "pounds"), ("penny", "pence"),
                      aliases: ["pound sterling", "pounds sterling", "sterling", "british pounds"], minorAliases: ["pennies"]),
        CurrencyWords("HKD", ("Hong Kong dollar", "Hong Kong dollars"), ("cent", "cents")),
        CurrencyWords("SGD", ("Singapore dollar", "Singapore dollars"), ("cent", "cents")),
        CurrencyWords("AUD", ("Australian dollar", "Australian dollars"), ("cent", "cents")),
        CurrencyWords("CAD", ("Canadian dollar", "Canadian dollars"), ("cent", "cents")),
        CurrencyWords("NZD", ("New Zealand dollar", "New Zealand dollars"), ("cent", "cents")),
        CurrencyWords("TWD", ("New Taiwan dollar", "New Taiwan dollars"), ("cent", "cents")),
        CurrencyWords("MOP", ("pataca", "patacas"), ("avo", "avos")),
        CurrencyWords("JPY", ("yen", "yen"), ("sen", "sen"), aliases: ["japanese yen"]),
        CurrencyWords("KRW", ("won", "won"), ("jeon", "jeon"), aliases: ["korean won"]),
        CurrencyWords("CHF", ("Swiss franc", "Swiss francs"), ("centime", "centimes"), aliases: ["francs"], minorAliases: ["rappen"]),
        CurrencyWords("INR", ("rupee", "rupees"), ("paisa", "paise"), aliases: ["indian rupees"]),
        CurrencyWords("MYR", ("ringgit", "ringgit"), ("sen", "sen")),
        CurrencyWords("THB", ("baht", "baht"), ("satang", "satang")),
        CurrencyWords("AED", ("dirham", "dirhams"), ("fils", "fils")),
        CurrencyWords("SAR", ("riyal", "riyals"), ("halala", "halalas")),
        CurrencyWords("ZAR", ("rand", "rand"), ("cent", "cents")),
        CurrencyWords("RUB", ("rouble", "roubles"), ("kopek", "kopeks"), aliases: ["ruble", "rubles"]),
    ]

    /// Units for an ISO 4217 code, case-insensitive.
    public static func forCode(_ code: String) -> CurrencyWords {
        let normalized = code.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if let match = known.first(where: { $0.code == normalized }) { return match }
        return CurrencyWords(normalized, (normalized, normalized), ("cent", "cents"))
    }

    /// Every spelling of the major unit, lower case.
    public var majorNames: [String] { ([majorSingular, majorPlural] + majorAliases).map { $0.lowercased() } }
    /// Every spelling of the minor unit, lower case.
    public var minorNames: Set<String> { Set(([minorSingular, minorPlural] + minorAliases).map { $0.lowercased() }) }

    /// Major-unit spellings of more than one word, longest first ("hong kong dollars", "pounds sterling"),
    /// which the parser folds into the code before reading tokens.
    public static let phrases: [(String, String)] = known.flatMap { w in w.majorNames.filter { $0.contains(" ") }.map { ($0, w.code) } }
        .sorted { $0.0.count > $1.0.count }

    /// Single-word major units → code ("pounds" → GBP; "dollars" is USD unless qualified).
    public static let words: [String: String] = {
        var out: [String: String] = [:]
        for w in known { for name in w.majorNames where !name.contains(" ") && out[name] == nil { out[name] = w.code } }
        return out
    }()

    /// Every minor-unit word of every named currency.
    public static let minorWords: Set<String> = Set(known.flatMap(\.minorNames).filter { !$0.contains(" ") })
}
