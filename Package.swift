// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Verhaal",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "verhaal", targets: ["verhaal"]),
        .library(name: "VerhaalKit", targets: ["VerhaalKit"]),
        .library(name: "VerhaalExport", targets: ["VerhaalExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "VerhaalKit",
            dependencies: ["CCmark", "CLibYAML"]
        ),
        .target(
            name: "VerhaalSense",
            dependencies: ["VerhaalKit", .product(name: "RealModule", package: "swift-numerics")]
        ),
        .target(
            name: "VerhaalIndex",
            dependencies: ["VerhaalKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "VerhaalExport",
            dependencies: [
                "VerhaalKit", "VerhaalSense", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.embedInCode("Office/office_convert.py")]
        ),
        .target(
            name: "VerhaalGit",
            dependencies: [
                "VerhaalKit", .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .target(
            name: "VerhaalWeb",
            dependencies: [
                "VerhaalKit",
                "VerhaalGit",
                "VerhaalExport",
                "VerhaalIndex",
                "VerhaalSense",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "VerhaalCLI",
            dependencies: [
                "VerhaalKit",
                "VerhaalExport",
                "VerhaalGit",
                "VerhaalWeb",
                "VerhaalIndex",
                "VerhaalSense",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),
        .executableTarget(name: "verhaal", dependencies: ["VerhaalCLI"]),
        .target(
            name: "VerhaalTestSupport",
            dependencies: [.product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/VerhaalTestSupport"),
        .testTarget(
            name: "VerhaalKitTests",
            dependencies: [
                "VerhaalKit", "VerhaalTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "VerhaalExportTests",
            dependencies: [
                "VerhaalExport", "CLibXML2", "VerhaalTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]),
        .testTarget(name: "VerhaalSenseTests", dependencies: ["VerhaalSense"]),
        .testTarget(name: "VerhaalIndexTests", dependencies: ["VerhaalIndex", "VerhaalKit", "VerhaalTestSupport"]),
        .testTarget(name: "VerhaalCLITests", dependencies: ["VerhaalCLI", "VerhaalKit", "VerhaalTestSupport", "verhaal"]),
        .testTarget(
            name: "VerhaalWebTests",
            dependencies: [
                "VerhaalWeb", "VerhaalKit", "VerhaalExport", "VerhaalTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
