/// Where a line may break when there is no space: a small subset of UAX #14 plus the
/// Chinese/Japanese line-breaking rules (kinsoku) that matter for bid documents.
///
/// Latin text breaks only at spaces, so a word stays whole. CJK text has no spaces and may
/// break between any two ideographs — but a line must not start with closing punctuation
/// (，。）》) and must not end with opening punctuation (（《“), or the page looks broken.
enum LineBreakRules {
    /// Characters that must not begin a line: closing brackets and quotes, sentence and clause
    /// punctuation, small kana, the prolonged sound mark, percent and degree signs.
    static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕", "〗", "〙", "〛",
        "〉", "｝", "］", "”", "’", "〞", "〟", "．", "・", "·", "…", "‥", "—", "～", "％", "‰",
        "℃", "°", "′", "″", "々", "〻", "ー", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ",
        "ゎ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ", "ヮ", "ヵ", "ヶ", "｡", "､",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]

    /// Characters that must not end a line: opening brackets and quotes, and currency signs
    /// that belong to the amount after them.
    static let noLineEnd: Set<Character> = [
        "（", "《", "「", "『", "【", "〔", "〖", "〘", "〚", "〈", "｛", "［", "“", "‘", "〝",
        "￥", "＄", "(", "[", "{", "$", "£", "€", "¥",
    ]

    /// Whether a break is allowed between two adjacent non-space characters.
    static func canBreak(between before: Character, and after: Character) -> Bool {
        if noLineStart.contains(after) || noLineEnd.contains(before) { return false }
        return isIdeographic(before) || isIdeographic(after)
    }

    /// CJK-like: breaks are allowed on either side (subject to the kinsoku sets). Only wide
    /// characters count, so narrow curly quotes and dashes in English ("don’t", "a—b") keep
    /// gluing their word together, while in Chinese they sit next to an ideograph that breaks.
    static func isIdeographic(_ c: Character) -> Bool { DisplayWidth.isWide(c) }
}
