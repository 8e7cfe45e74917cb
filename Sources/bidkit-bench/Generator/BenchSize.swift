/// The project sizes of the whole-command benchmark (issue 13): Markdown sections and price-list lines.
/// `large` is a big real bid (roughly 500–1,100 printed pages); `xl` is four times it, to measure growth.
struct BenchSize: Sendable, Equatable {
    var name: String
    var sections: Int
    var priceLines: Int

    static let all = [
        BenchSize(name: "small", sections: 30, priceLines: 100),
        BenchSize(name: "large", sections: 800, priceLines: 5_000),
        BenchSize(name: "xl", sections: 3_200, priceLines: 20_000),
    ]

    static func named(_ name: String) -> BenchSize? { all.first { $0.name == name } }

    /// Technical sections are bound in parts (chapters) of this many, as a long bid is.
    static let sectionsPerPart = 20
}
