// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "caseload",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "caseload", targets: ["caseload"]),
        .executable(name: "caseload-bench", targets: ["caseload-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .target(name: "CaseloadCore"),
        .target(
            name: "CaseloadDemo",
            dependencies: ["CaseloadCore"],
            path: "fixtures",
            exclude: ["bad", "excel", "hostile", "make_demo.py"],
            sources: ["DemoForce.swift"],
            resources: [.copy("demo")]
        ),
        .target(name: "CaseloadStore", dependencies: ["CaseloadCore"]),
        .target(
            name: "CaseloadSQLite",
            dependencies: [
                "CaseloadCore",
                "CaseloadStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .systemLibrary(name: "CLibpq", providers: [.apt(["libpq-dev"])]),
        .target(name: "CaseloadPostgres", dependencies: ["CaseloadCore", "CaseloadStore", "CLibpq"]),
        .target(name: "CaseloadExport", dependencies: ["CaseloadCore", .product(name: "Mustache", package: "swift-mustache")]),
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CaseloadTUI", dependencies: ["CaseloadCore", "CaseloadStore", "CaseloadExport", "CNcurses"]),
        .executableTarget(
            name: "caseload",
            dependencies: [
                "CaseloadCore",
                "CaseloadStore",
                "CaseloadSQLite",
                "CaseloadPostgres",
                "CaseloadExport",
                "CaseloadTUI",
                "CaseloadDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "caseload-bench",
            dependencies: [
                "CaseloadCore",
                "CaseloadStore",
                "CaseloadSQLite",
                "CaseloadPostgres",
                "CaseloadExport",
                "CaseloadTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CaseloadCoreTests", dependencies: ["CaseloadCore", "CaseloadExport"]),
        .testTarget(
            name: "CaseloadStoreTests",
            dependencies: ["CaseloadStore", "CaseloadSQLite", "CaseloadPostgres", "CaseloadExport", "CaseloadDemo", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Releases"]
        ),
        .testTarget(name: "CaseloadExportTests", dependencies: ["CaseloadExport"]),
        .testTarget(name: "CaseloadTUITests", dependencies: ["CaseloadTUI", "CaseloadStore", "CaseloadSQLite", "CaseloadDemo"], exclude: ["Snapshots"]),
        .testTarget(
            name: "caseloadTests",
            dependencies: ["caseload", "caseload-bench", "CaseloadCore", "CaseloadSQLite", "CaseloadPostgres", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
