// swift-tools-version: 6.1
import PackageDescription

// One module per pipeline stage; each depends only on the stages before it.
// See docs/ARCHITECTURE.md for the data flow.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Faultline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "faultline", targets: ["faultline"]),
        .library(name: "FaultlinePipeline", targets: ["FaultlinePipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // gzip-compressed inputs (.gz files, the boilerplate benchmark pages).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Small C helpers Swift cannot express (header only): a cache prefetch hint for the
        // model lookups, the cores the process may use.
        .systemLibrary(name: "CShims"),
        // The domain model every stage reads and annotates.
        .target(name: "FaultlineCore", swiftSettings: strictSettings),
        // Averaged perceptrons over hashed features and their compact binary format.
        .target(name: "FaultlineLearning", dependencies: ["FaultlineCore", "CShims"], swiftSettings: strictSettings),
        // Input formats to clean documents: text, HTML (boilerplate removal), article JSON, feeds.
        .target(
            name: "FaultlineIngest",
            dependencies: ["FaultlineCore", "CLibXML2", "CZlib"],
            swiftSettings: strictSettings
        ),
        // Clean text to sentences and tokens with offsets.
        .target(name: "FaultlineText", dependencies: ["FaultlineCore"], swiftSettings: strictSettings),
        // Tokens to part-of-speech tags, lemmas and dependency trees.
        .target(
            name: "FaultlineSyntax",
            dependencies: ["FaultlineCore", "FaultlineLearning", "FaultlineText"],
            resources: [.copy("Models")],
            swiftSettings: strictSettings
        ),
        // Parsed sentences to named entities, titles, coreference and time expressions.
        .target(
            name: "FaultlineEntities",
            dependencies: ["FaultlineCore", "FaultlineLearning", "FaultlineText", "FaultlineSyntax"],
            resources: [.copy("Models")],
            swiftSettings: strictSettings
        ),
        // Entity mentions to knowledge-base actors with dated roles, codes and ties.
        .target(
            name: "FaultlineActors",
            dependencies: ["FaultlineCore", "FaultlineEntities", .product(name: "Yams", package: "Yams")],
            resources: [.copy("KnowledgeBase")],
            swiftSettings: strictSettings
        ),
        // Parsed, actor-coded sentences to CAMEO/PLOVER events with provenance.
        .target(
            name: "FaultlineEvents",
            dependencies: [
                "FaultlineCore", "FaultlineSyntax", "FaultlineEntities", "FaultlineActors",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Lexicon")],
            swiftSettings: strictSettings
        ),
        // Persistence: the Store protocol and its SQLite implementation.
        .target(
            name: "FaultlineStore",
            dependencies: ["FaultlineCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        // The whole chain, input to stored events.
        .target(
            name: "FaultlinePipeline",
            dependencies: [
                "FaultlineCore", "FaultlineIngest", "FaultlineText", "FaultlineSyntax",
                "FaultlineEntities", "FaultlineActors", "FaultlineEvents", "FaultlineStore", "CShims",
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "faultline",
            dependencies: [
                "FaultlinePipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "FaultlineCoreTests", dependencies: ["FaultlineCore"], swiftSettings: strictSettings),
        .testTarget(name: "FaultlineLearningTests", dependencies: ["FaultlineLearning", "FaultlineCore"], swiftSettings: strictSettings),
        .testTarget(name: "FaultlineIngestTests", dependencies: ["FaultlineIngest", "FaultlineCore"], swiftSettings: strictSettings),
        .testTarget(name: "FaultlineTextTests", dependencies: ["FaultlineText", "FaultlineCore"], swiftSettings: strictSettings),
        .testTarget(name: "FaultlineSyntaxTests", dependencies: ["FaultlineSyntax", "FaultlineCore"], swiftSettings: strictSettings),
        .testTarget(name: "FaultlineEntitiesTests", dependencies: ["FaultlineEntities", "FaultlineCore"], swiftSettings: strictSettings),
        .testTarget(name: "FaultlineActorsTests", dependencies: ["FaultlineActors", "FaultlineCore"], swiftSettings: strictSettings),
        .testTarget(name: "FaultlineEventsTests", dependencies: ["FaultlineEvents", "FaultlineCore"], swiftSettings: strictSettings),
        .testTarget(name: "FaultlineStoreTests", dependencies: ["FaultlineStore", "FaultlineCore"], swiftSettings: strictSettings),
        .testTarget(name: "FaultlineCLITests", dependencies: ["FaultlinePipeline"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
