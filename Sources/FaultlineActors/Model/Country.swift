/// A country as the coder needs it: names, demonyms and capitals that point to it.
public struct Country: Sendable, Hashable, Codable {
    /// ISO 3166 alpha-3, as in CAMEO.
    public var iso: String
    /// The usual English name, e.g. "Iraq".
    public var name: String
    /// Other names ("Republic of Iraq", "Irak").
    public var names: [String]
    /// Adjectival and people forms ("Iraqi").
    public var demonyms: [String]
    /// Capitals; a capital used as a metonym ("Baghdad said") stands for the government.
    public var capitals: [String]
    /// Major cities and regions: places that tell the country ("rebels in Darfur").
    public var places: [String]
    /// Where the entry was read from.
    public var location: SourceLocation?

    /// A country.
    public init(
        iso: String, name: String, names: [String] = [], demonyms: [String] = [], capitals: [String] = [],
        places: [String] = [], location: SourceLocation? = nil
    ) {
        self.places = places
        self.iso = iso
        self.name = name
        self.names = names
        self.demonyms = demonyms
        self.capitals = capitals
        self.location = location
    }

    /// The id of the state actor generated for it, e.g. "irq".
    public var stateID: String { iso.lowercased() }
    /// The id of the government actor generated for it, e.g. "irq.gov".
    public var governmentID: String { iso.lowercased() + ".gov" }
}
