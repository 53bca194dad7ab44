// swift-tools-version:6.0
// The fuzz target, kept out of the main package: libFuzzer supplies `main`, which a normal
// build of the main package must not need. Built by `make fuzz` with `-sanitize=fuzzer`.
import Foundation
import PackageDescription

/// A path dependency is named after its folder, which differs between checkouts.
let mainPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "VerhaalFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "VerhaalFuzz",
            dependencies: [.product(name: "VerhaalKit", package: mainPackage)],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "VerhaalWriterFuzz",
            dependencies: [
                .product(name: "VerhaalKit", package: mainPackage),
                .product(name: "VerhaalExport", package: mainPackage),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
