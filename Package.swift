// swift-tools-version:6.2
import PackageDescription

// Every target of ours builds in Swift 6 mode with strict concurrency and treats
// warnings as errors, so "no warnings" is checked by the build, not by memory.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Lotsen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lotsen", targets: ["lotsen"]),
    ],
    dependencies: [
        // Command line parsing with subcommands, help and shell-friendly errors.
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // SHA-256 for the journal's hash chain (BoringSSL with SHA-NI on Linux).
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        // Reading caseworkers' spreadsheets: quoted fields, delimiters, line breaks in cells.
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
    ],
    targets: [
        // The C door to ncursesw; only TerminalNcurses imports it.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The C door to PostgreSQL's client library (Debian's libpq-dev); only LotsenPostgres imports it.
        .systemLibrary(
            name: "CLibpq",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // AES-256-GCM through BoringSSL's AEAD functions (in swift-crypto, linked through
        // LotsenWorkspace's Crypto), one context per thread: swift-crypto's AES.GCM made a
        // context and several copies per payload, 41 % of a replay (docs/architecture.md,
        // "Encryption at rest").
        .target(name: "CAESGCM"),
        // SHA-256 in one call through the same BoringSSL: a journal line hashed without
        // swift-crypto's per-hash context object.
        .target(name: "CSHA256"),
        // Base64 decoding 32 characters at a time (AVX2, checked for at run time): every
        // sealed payload of a replay is base64.
        .target(name: "CBase64"),
        // JSON at the byte level: strings, syntax, a small fast value parser and writer.
        .target(name: "LotsenJSON", swiftSettings: strict),
        // Independent work spread over every core (reading journals and snapshots).
        .target(name: "LotsenParallel", swiftSettings: strict),
        // Calendar dates and civil-date arithmetic, without Foundation's formatters.
        .target(name: "LotsenCalendar", swiftSettings: strict),
        // Bytes and records: the append-only, hash-chained journal file.
        .target(
            name: "LotsenJournal",
            dependencies: ["LotsenJSON", "LotsenCalendar", "LotsenParallel", "CSHA256", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        // The journal kept in PostgreSQL: a JournalStore over libpq, and the schema it needs.
        // libpq rather than postgres-nio: a synchronous client fits the journal's calls,
        // and it builds in seconds, not minutes, on every clean CI clone.
        .target(name: "LotsenPostgres", dependencies: ["LotsenJournal", "CLibpq"], swiftSettings: strict),
        // The domain as values; pure, no I/O, no clock.
        .target(name: "LotsenCore", dependencies: ["LotsenJSON", "LotsenCalendar"], swiftSettings: strict),
        // A journal replayed into domain state; commands in, events out.
        .target(
            name: "LotsenWorkspace",
            dependencies: ["LotsenCore", "LotsenJournal", "LotsenJSON", "LotsenParallel", "LotsenCalendar", "CAESGCM", "CBase64", "CMallocTuning",
                           .product(name: "CSV", package: "CSV.swift"),
                           .product(name: "Crypto", package: "swift-crypto"),
                           // scrypt for a passphrase-sealed key store (swift-crypto's own extras; pulls swift-asn1 only).
                           .product(name: "_CryptoExtras", package: "swift-crypto")],
            swiftSettings: strict
        ),
        // Cells, buffers, keys and display width; no terminal I/O.
        .target(name: "TerminalCore", swiftSettings: strict),
        // The real terminal: the only importer of CNcursesw.
        .target(name: "TerminalNcurses", dependencies: ["TerminalCore", "CNcursesw"], swiftSettings: strict),
        // Every word the user reads, in Swedish and English, one file per language and area.
        .target(name: "LotsenText", dependencies: ["LotsenCalendar", "LotsenCore", "LotsenJournal"], swiftSettings: strict),
        // Screens, state, actions and the keymap.
        .target(
            name: "LotsenTUI",
            dependencies: ["LotsenCalendar", "LotsenCore", "LotsenJournal", "LotsenWorkspace", "LotsenText", "TerminalCore"],
            swiftSettings: strict
        ),
        // The app and the CLI; the only place where real backends are constructed.
        .executableTarget(
            name: "lotsen",
            dependencies: [
                "LotsenCalendar", "LotsenCore", "LotsenJSON", "LotsenJournal", "LotsenWorkspace", "LotsenText", "LotsenTUI",
                "TerminalCore", "TerminalNcurses", "CMallocTuning", "CProcessGuard", "CBuildInfo", "LotsenPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The package's scripts and example config (`make deb`, `make install`).
            exclude: ["Packaging"],
            swiftSettings: strict
        ),
        // One glibc call Swift's Glibc module hides (see Sources/lotsen/main.swift).
        .target(name: "CMallocTuning"),
        // A crash prints no registers or memory and leaves no core dump (personal data).
        .target(name: "CProcessGuard"),
        // The commit the binary was built from, given by the Makefile (`lotsen --version`).
        .target(name: "CBuildInfo"),
        // Drives the journal from outside for the crash loop, the many-writer tests and `make torture`.
        .executableTarget(name: "lotsen-journal-stress", dependencies: ["LotsenJournal", "LotsenCalendar", "LotsenPostgres"],
                          swiftSettings: strict),
        // Benchmarks measured against a reference in the same run (`make bench`).
        .executableTarget(
            name: "lotsen-bench",
            dependencies: ["LotsenJournal", "LotsenCalendar", "LotsenCore", "LotsenWorkspace", "LotsenTUI", "TerminalCore", "CMallocTuning",
                           "LotsenPostgres", .product(name: "Crypto", package: "swift-crypto")],
            // The comparisons with grep, Python and openssl run whole processes.
            exclude: ["compare.sh", "alternate.sh", "import.sh", "database.sh"],
            swiftSettings: strict
        ),
        // Shared by the test targets: golden files, temporary directories, running built binaries.
        .target(name: "CSpawn"),
        .target(name: "LotsenTestSupport", dependencies: ["CSpawn"], swiftSettings: strict),

        .testTarget(name: "LotsenParallelTests", dependencies: ["LotsenParallel"], swiftSettings: strict),
        .testTarget(
            name: "LotsenJournalTests",
            dependencies: ["LotsenJournal", "LotsenCalendar", "LotsenTestSupport", "lotsen-journal-stress"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LotsenPostgresTests",
            dependencies: ["LotsenPostgres", "LotsenJournal", "LotsenCalendar", "LotsenTestSupport", "lotsen-journal-stress", "lotsen"],
            swiftSettings: strict
        ),
        .testTarget(name: "LotsenJSONTests", dependencies: ["LotsenJSON"], swiftSettings: strict),
        .testTarget(name: "LotsenCalendarTests", dependencies: ["LotsenCalendar"], swiftSettings: strict),
        .testTarget(name: "LotsenCoreTests", dependencies: ["LotsenCore", "LotsenCalendar", "LotsenTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "LotsenWorkspaceTests",
            // swift-crypto as the reference for what the sealing layers write.
            dependencies: ["LotsenWorkspace", "LotsenCore", "LotsenJournal", "LotsenCalendar", "LotsenTestSupport", "LotsenText",
                           .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore", "LotsenTestSupport"], swiftSettings: strict),
        .testTarget(name: "TerminalNcursesTests", dependencies: ["TerminalNcurses"], swiftSettings: strict),
        .testTarget(name: "LotsenTextTests", dependencies: ["LotsenText", "LotsenCore"], swiftSettings: strict),
        .testTarget(
            name: "LotsenTUITests",
            dependencies: ["LotsenTUI", "LotsenWorkspace", "LotsenCore", "LotsenCalendar", "LotsenJournal", "LotsenText", "TerminalCore",
                           "LotsenTestSupport"],
            exclude: ["Goldens"],
            swiftSettings: strict
        ),
        // Checks of the package itself (every import declared).
        .testTarget(name: "PackageTests", swiftSettings: strict),
        .testTarget(
            name: "LotsenCLITests",
            dependencies: ["lotsen", "LotsenTestSupport", "LotsenJournal", "LotsenCalendar", "LotsenText", "LotsenJSON"],
            exclude: ["Fixtures", "Goldens"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
