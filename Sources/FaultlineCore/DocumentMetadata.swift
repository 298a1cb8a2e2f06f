/// What is known about a report besides its text: where it was published, by whom, when.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The address the report was read from, when known.
    public var url: String?
    /// The outlet that published it, e.g. "Al Monitor".
    public var outlet: String?
    /// The headline.
    public var title: String?
    /// The byline.
    public var author: String?
    /// The publication day; time expressions are resolved against it.
    public var published: CivilDate?

    /// Metadata with every field optional.
    public init(
        url: String? = nil, outlet: String? = nil, title: String? = nil,
        author: String? = nil, published: CivilDate? = nil
    ) {
        self.url = url
        self.outlet = outlet
        self.title = title
        self.author = author
        self.published = published
    }
}
