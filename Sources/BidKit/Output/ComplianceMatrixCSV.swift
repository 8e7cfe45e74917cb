/// `bidkit check --format csv`: the compliance matrix as RFC 4180 CSV (UTF-8, CRLF line ends, fields
/// quoted when they hold a comma, quote or line break), for a spreadsheet or a buyer's portal.
extension CheckReport {
    public func matrixCSV(for bid: AssembledBid) -> String {
        let table = bid.compliance.table(language: bid.project.language)
        return (table.header + table.body).map { row in
            row.cells.map { Self.csvField(Block.textUnits($0.blocks).joined(separator: "\n")) }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
