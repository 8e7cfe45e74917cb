// bidkit-bench: the benchmark's own tool (bench/README.md). It writes the generated projects that
// `make bench` and `make bench-instructions` measure, times plugin loading, and keeps the wire-format
// comparison with Foundation JSON (`make bench-wire`). The timing of whole commands is done by
// bench/run.py, which starts bidkit and pandoc as child processes and reads their rusage.
import ArgumentParser

struct BidKitBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bidkit-bench",
        abstract: "Benchmark fixtures and probes for BidKit (see bench/README.md).",
        subcommands: [ProjectCommand.self, PluginLoadCommand.self, WireCommand.self])
}

BidKitBench.main()
