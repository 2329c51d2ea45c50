/// One column of the virtual screen: a glyph, how many columns it covers, and its style by meaning.
///
/// A plain value of eight bytes with no references, so writing, clearing, copying and comparing cells needs no
/// reference counting. The glyph is one Unicode scalar, or for a grapheme cluster of several scalars an entry
/// of the owning screen's cluster table (`VirtualScreen.character(of:)` reads either).
package struct Cell: Sendable, Equatable {
    /// A scalar value up to U+10FFFF, or `clusterBase` plus an index into the screen's cluster table.
    var glyph: UInt32
    /// 1, or 2 for a wide character; 0 for the column a wide character's right half covers.
    package var width: UInt8
    package var role: ThemeRole

    init(glyph: UInt32, width: UInt8, role: ThemeRole) {
        self.glyph = glyph
        self.width = width
        self.role = role
    }

    /// The first glyph value that refers to the cluster table rather than to a scalar.
    static let clusterBase: UInt32 = 0x11_0000

    /// The cell's character when it is a single scalar; nil for a cluster of several.
    package var scalar: Unicode.Scalar? { glyph < Self.clusterBase ? Unicode.Scalar(glyph) : nil }

    /// An empty column in `role`.
    package static func blank(_ role: ThemeRole) -> Cell { Cell(glyph: 0x20, width: 1, role: role) }

    /// The right half of a wide character.
    static func continuation(_ role: ThemeRole) -> Cell { Cell(glyph: 0x20, width: 0, role: role) }
}
