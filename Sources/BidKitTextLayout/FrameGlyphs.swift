/// The characters a framed table is drawn with: box drawing, or plain ASCII.
///
/// Box-drawing characters are East Asian Ambiguous: a Chinese font (宋体 in Notepad) draws them
/// two columns wide, so a box table laid out for one-column rules comes apart there. ASCII
/// (`+ - = |`) is one column in every font, which is why Chinese documents, counted with
/// ambiguous = 2, are framed in ASCII.
///
/// Spanning cells make the junctions irregular (a `┬` becomes `─` where a colspan removes
/// the column line below, a `┼` becomes `├` where a rowspan removes the rule to its right),
/// so instead of fixed corner/tee tables the drawer asks which of the four arms exist.
/// Vertical lines are always single; horizontal ones single (`─`) or double (`═`).
struct FrameGlyphs: Sendable {
    let horizontal: Character
    let doubleHorizontal: Character
    let vertical: Character
    /// Indexed by the arm bits (up 8, down 4, left 2, right 1) where a vertical and a horizontal
    /// arm meet; "·" marks combinations ruled out before the lookup.
    private let singleJunctions: [Character]
    private let doubleJunctions: [Character]

    func junction(up: Bool, down: Bool, left: Bool, right: Bool, double: Bool) -> Character {
        let horizontal = left || right
        let vertical = up || down
        if !horizontal { return vertical ? self.vertical : " " }
        if !vertical { return double ? doubleHorizontal : self.horizontal }
        let index = (up ? 8 : 0) | (down ? 4 : 0) | (left ? 2 : 0) | (right ? 1 : 0)
        return (double ? doubleJunctions : singleJunctions)[index]
    }

    static let box = FrameGlyphs(
        horizontal: "─", doubleHorizontal: "═", vertical: "│",
        singleJunctions: [
            "·", "·", "·", "·",  // no vertical arm
            "·", "┌", "┐", "┬",  // down
            "·", "└", "┘", "┴",  // up
            "·", "├", "┤", "┼",  // up + down
        ],
        doubleJunctions: [
            "·", "·", "·", "·",
            "·", "╒", "╕", "╤",
            "·", "╘", "╛", "╧",
            "·", "╞", "╡", "╪",
        ])

    static let ascii = FrameGlyphs(
        horizontal: "-", doubleHorizontal: "=", vertical: "|",
        singleJunctions: Array(repeating: "+", count: 16), doubleJunctions: Array(repeating: "+", count: 16))
}
