/// The header names a price list may use for BidKit's columns: the column names themselves
/// (`unit_price`), and the Chinese and English headings that Excel price lists and tender forms carry
/// (单价, 规格型号, Unit Price, Qty …). One table, so CSV and .xlsx lists read alike and the docs
/// (docs/bid-project.md, "Price lists") can print it.
///
/// "Item" is the number column, as in an English bill of quantities (Item | Description | Unit | Qty |
/// Rate | Amount); "Description" is the name.
///
/// A heading is compared after `normalized`: case and width folded, spaces, underscores and line
/// breaks removed, and a trailing unit in brackets dropped, so `单价（元）`, `Unit Price (CNY)` and
/// `unit_price` are the same heading.
enum PriceListColumns {
    /// BidKit column → the headings that mean it (normalized forms are computed from these).
    static let headings: [(column: String, names: [String])] = [
        ("no", ["no", "序号", "编号", "项号", "行号", "no.", "#", "item", "item no", "item no.", "line", "s/n", "sn"]),
        ("name", ["name", "名称", "货物名称", "产品名称", "设备名称", "品名", "服务名称", "项目名称", "description", "item description", "product"]),
        ("spec", ["spec", "规格型号", "规格", "型号", "规格及型号", "型号规格", "技术参数", "specification", "specifications", "model"]),
        ("brand", ["brand", "品牌", "厂家", "生产厂家", "制造商", "品牌/厂家", "manufacturer", "make"]),
        ("unit", ["unit", "单位", "计量单位", "uom", "unit of measure"]),
        ("quantity", ["quantity", "数量", "qty", "qty."]),
        ("unit_price", ["unit_price", "单价", "综合单价", "报价单价", "含税单价", "unit price", "rate", "price"]),
        ("amount", ["amount", "合价", "金额", "总价", "小计", "合计", "含税合价", "line total", "total", "total price", "extended price"]),
        ("unit_cost", ["unit_cost", "成本单价", "单位成本", "unit cost", "cost"]),
        ("remark", ["remark", "备注", "说明", "remarks", "note", "notes", "comment", "comments"]),
        ("credit", ["credit", "抵扣", "credit line"]),
        ("tax_rate", ["tax_rate", "税率", "增值税税率", "tax rate", "vat rate", "vat %"]),
    ]

    private static let byHeading: [String: String] = {
        var map: [String: String] = [:]
        for (column, names) in headings {
            for name in names { map[normalized(name)] = column }
        }
        return map
    }()

    /// The BidKit column a header cell names, or nil.
    static func column(for heading: String) -> String? { byHeading[normalized(heading)] }

    /// Every accepted heading, for did-you-mean.
    static var allHeadings: [String] { headings.flatMap(\.names) }

    /// Folded for comparison: lower case, full-width ASCII to half-width, white space and `_` removed,
    /// and a final bracketed unit dropped ("单价（元）" → "单价", "Unit Price (CNY)" → "unitprice").
    static func normalized(_ heading: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for s in heading.unicodeScalars {
            var v = s.value
            if (0xFF01...0xFF5E).contains(v) { v -= 0xFEE0 }  // full-width forms: （ → (, Ｑ → Q
            guard let folded = Unicode.Scalar(v) else { continue }
            if folded.properties.isWhitespace || folded == "_" || folded == "\u{3000}" { continue }
            scalars.append(folded)
        }
        var text = String(String.UnicodeScalarView(scalars)).lowercased()
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open != text.startIndex {
            text = String(text[..<open])
        }
        return text
    }
}
