import ArgumentParser

/// `bidkit-bench project DIR --size large`: the seeded benchmark project and its pandoc twin.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Write a benchmark project (DIR/project) and the same content as one Markdown file (DIR/pandoc.md).")

    @Argument(help: "Output folder (replaced).")
    var dir: String

    @Option(help: ArgumentHelp("small (30 sections, 100 price lines), large (800 / 5,000) or xl (3,200 / 20,000).", valueName: "size"))
    var size: String = "large"

    @Option(help: "Seed of the generator: the same size and seed give the same bytes.")
    var seed: UInt64 = 13

    @Option(help: ArgumentHelp("The PNG the sections show.", valueName: "file"))
    var image: String = "Samples/substation-video-tender/images/system-topology.png"

    func run() throws {
        guard let benchSize = BenchSize.named(size) else {
            throw ValidationError("unknown size '\(size)'; sizes: \(BenchSize.all.map(\.name).joined(separator: ", "))")
        }
        try ProjectWriter(size: benchSize, seed: seed, image: image).write(to: dir)
        print("wrote \(dir)/project (\(benchSize.sections) sections, \(benchSize.priceLines) price lines) and \(dir)/pandoc.md")
    }
}
