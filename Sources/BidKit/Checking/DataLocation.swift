extension TextIndex {
    /// Where `match`, shown in a generated section as part of `unit` (a cell or paragraph), was typed:
    /// the first line of bid.yaml, the requirements file or the CSV price list holding the whole unit
    /// (else the match itself), at the match's column — the data that must change, not the generated
    /// table that shows it. Searched only when a finding needs it.
    func dataLocation(of match: String, in unit: String? = nil) -> SourceLocation? {
        let needle = match.trimmingCharacters(in: .whitespaces)
        guard needle.count >= 2 else { return nil }
        for wanted in [unit?.trimmingCharacters(in: .whitespaces), needle].compactMap({ $0 }) where wanted.count >= needle.count {
            for (source, lines) in zip(dataSources, dataSourceLines) {
                for (n, line) in lines.enumerated() where line.contains(wanted) {
                    guard let range = line.range(of: needle) else { continue }
                    return SourceLocation(file: source.file, line: n + 1, column: line[..<range.lowerBound].count + 1)
                }
            }
        }
        return nil
    }
}
