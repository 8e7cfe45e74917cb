#!/usr/bin/env python3
"""`make bench`: BidKit against pandoc on the same generated content, whole commands.

For each size (small, large, xl) the seeded generator writes a bid project and the same content as one
Markdown file; then, after a warm-up, rounds alternate the two tools (odd rounds run the round's
sequence backwards, so neither tool always goes first):

  docx, html, txt  `bidkit build P --format F`   vs  `pandoc -f gfm -t docx|html|plain`
  all              `bidkit build P --format docx,html,txt`  vs  the round's three pandoc conversions
  check            `bidkit check P`              vs  the round's `pandoc -t plain` (the issue's yardstick)

Each run is a child process started with posix_spawn and reaped with wait4, which gives its wall time,
CPU time (user + system) and peak RSS. Output bytes are the files written. Results: a table on stdout
and bench/results/<date>-<commit>-bench.{json,csv,md}. Environment: BENCH_SIZES, BENCH_FORMATS,
BENCH_ROUNDS (e.g. "small=10,large=3,xl=1")."""

import csv
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as lib  # noqa: E402
import parity  # noqa: E402

FORMATS = ["docx", "html", "txt", "all", "check"]
PANDOC_WRITER = {"docx": "docx", "html": "html", "txt": "plain"}
# Which pandoc conversions stand against each BidKit format.
PEERS = {"docx": ["docx"], "html": ["html"], "txt": ["txt"], "all": ["docx", "html", "txt"], "check": ["txt"]}
DEFAULT_ROUNDS = {"small": 10, "large": 5, "xl": 1}
PLUGIN_LOADS = 21


def spawn(argv, stdout_path):
    """Runs one child; wall from spawn to reaping, CPU and peak RSS from its rusage."""
    with open(stdout_path, "wb") as out, open(stdout_path + ".err", "wb") as err:
        start = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, os.environ,
                             file_actions=[(os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)])
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        with open(stdout_path + ".err", encoding="utf-8", errors="replace") as f:
            lib.fail(f"{' '.join(argv)} exited {code}:\n{f.read()[-2000:]}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


class Size:
    def __init__(self, name, bidkit, pandoc):
        self.name = name
        self.folder = lib.generate(name)
        self.project = os.path.join(self.folder, "project")
        self.markdown = os.path.join(self.folder, "pandoc.md")
        self.out = os.path.join(self.folder, "out")
        os.makedirs(self.out, exist_ok=True)
        self.bidkit, self.pandoc = bidkit, pandoc

    def run_bidkit(self, fmt):
        if fmt == "check":
            log = os.path.join(self.out, "check.txt")
            run = spawn([self.bidkit, "check", self.project], log)
            return dict(run, bytes=os.path.getsize(log))
        formats = "docx,html,txt" if fmt == "all" else fmt
        folder = os.path.join(self.out, "bidkit-" + fmt)
        run = spawn([self.bidkit, "build", self.project, "--format", formats, "--out", folder], folder + ".log")
        return dict(run, bytes=sum(os.path.getsize(os.path.join(folder, "bench." + f)) for f in formats.split(",")))

    def run_pandoc(self, fmt):
        target = os.path.join(self.out, "pandoc." + fmt)
        run = spawn([self.pandoc, "-f", "gfm", "-t", PANDOC_WRITER[fmt], "--resource-path", self.folder,
                     "-o", target, self.markdown], target + ".log")
        return dict(run, bytes=os.path.getsize(target))


def combine(runs):
    """pandoc's three conversions as one job: times and bytes add up, the peak is the largest."""
    return {"wall_s": sum(r["wall_s"] for r in runs), "cpu_s": sum(r["cpu_s"] for r in runs),
            "rss_mb": max(r["rss_mb"] for r in runs), "bytes": sum(r["bytes"] for r in runs)}


def measure_size(size, formats, rounds):
    pandoc_formats = sorted({p for f in formats for p in PEERS[f]}, key=["docx", "html", "txt"].index)
    sequence = []
    for fmt in ["docx", "html", "txt"]:
        if fmt in formats:
            sequence.append(("bidkit", fmt))
        if fmt in pandoc_formats:
            sequence.append(("pandoc", fmt))
    sequence += [("bidkit", f) for f in ["all", "check"] if f in formats]

    def run(tool, fmt):
        return size.run_bidkit(fmt) if tool == "bidkit" else size.run_pandoc(fmt)

    # Warm-up: every BidKit job and pandoc's cheapest conversion (binaries and input in the page cache).
    for tool, fmt in sequence:
        if tool == "bidkit" or fmt == pandoc_formats[-1]:
            run(tool, fmt)
    records = []
    for r in range(rounds):
        done = {}
        for tool, fmt in (sequence if r % 2 == 0 else list(reversed(sequence))):
            done[(tool, fmt)] = run(tool, fmt)
            print(f"  {size.name} round {r + 1}/{rounds} {tool} {fmt}: {done[(tool, fmt)]['wall_s']:.3f} s", file=sys.stderr)
        for fmt in formats:
            records.append(dict(done[("bidkit", fmt)], size=size.name, format=fmt, tool="bidkit", round=r + 1))
            peer = combine([done[("pandoc", p)] for p in PEERS[fmt]])
            records.append(dict(peer, size=size.name, format=fmt, tool="pandoc", round=r + 1))
    return records


def summarize(records):
    rows, summary = [], []
    keys = []
    for rec in records:
        key = (rec["size"], rec["format"], rec["tool"])
        if key not in keys:
            keys.append(key)
    for size, fmt, tool in keys:
        runs = [r for r in records if (r["size"], r["format"], r["tool"]) == (size, fmt, tool)]
        entry = {"size": size, "format": fmt, "tool": tool, "runs": len(runs),
                 **{k: lib.spread([r[k] for r in runs]) for k in ["wall_s", "cpu_s", "rss_mb", "bytes"]}}
        summary.append(entry)
    for entry in summary:
        if entry["tool"] != "bidkit":
            continue
        peer = next(e for e in summary if (e["size"], e["format"], e["tool"]) == (entry["size"], entry["format"], "pandoc"))
        entry["pandoc_ratio_wall"] = peer["wall_s"]["median"] / entry["wall_s"]["median"]
        entry["pandoc_ratio_cpu"] = peer["cpu_s"]["median"] / entry["cpu_s"]["median"]
        for e in (entry, peer):
            w, c, m = e["wall_s"], e["cpu_s"], e["rss_mb"]
            rows.append([e["size"], e["format"] + (" (plain)" if e is peer and e["format"] == "check" else ""), e["tool"],
                         f"{w['median']:.3f} ({w['min']:.3f}–{w['max']:.3f})", f"{c['median']:.3f} ({c['min']:.3f}–{c['max']:.3f})",
                         f"{m['median']:.0f} (max {m['max']:.0f})", f"{int(e['bytes']['median']):,}",
                         f"{entry['pandoc_ratio_wall']:.2f}×" if e is entry else "", f"{entry['pandoc_ratio_cpu']:.2f}×" if e is entry else ""])
    header = ["size", "format", "tool", "wall s median (range)", "CPU s median (range)", "peak RSS MB", "output bytes",
              "pandoc/BidKit wall", "pandoc/BidKit CPU"]
    return summary, lib.markdown_table(header, rows)


def plugin_loads():
    """Median of fresh-process discovery + load per plugin (`bidkit-bench plugin-load`)."""
    tool = os.path.join(lib.RELEASE, "bidkit-bench")
    results = {}
    for name in sorted(f for f in os.listdir(lib.RELEASE) if f.startswith("libBidKit") and f.endswith(".so")):
        samples = []
        for _ in range(PLUGIN_LOADS):
            out = subprocess.run([tool, "plugin-load", os.path.join(lib.RELEASE, name)], capture_output=True, text=True, check=True)
            samples.append(float(out.stdout.split()[-1]))
        results[name] = lib.spread(samples)
    rows = [[n, f"{s['median']:.2f}", f"{s['min']:.2f}–{s['max']:.2f}"] for n, s in results.items()]
    return results, lib.markdown_table(["plugin", "discovery + load ms (median)", "range"], rows)


def main():
    started = time.perf_counter()
    sizes = lib.env_list("BENCH_SIZES", ",".join(lib.SIZES))
    formats = [f for f in FORMATS if f in lib.env_list("BENCH_FORMATS", ",".join(FORMATS))]
    rounds = dict(DEFAULT_ROUNDS)
    for item in lib.env_list("BENCH_ROUNDS", ""):
        name, _, count = item.partition("=")
        rounds[name] = int(count)
    bidkit = os.path.join(lib.RELEASE, "bidkit")
    pandoc = lib.need("pandoc", "apt-get install pandoc (make bench installs it)")
    if not os.path.exists(bidkit):
        lib.fail(f"{bidkit} is missing: run `swift build -c release` (make bench does)")
    identity = lib.run_identity()
    print(f"bench: {identity['commit']}, {identity['pandoc']}, {identity['cores']} cores, load average {identity['load_average_start'][0]:.2f}")

    parity.verify(lib.generate("small"), bidkit, pandoc)
    loads, load_table = plugin_loads()
    records = []
    for name in sizes:
        size = Size(name, bidkit, pandoc)
        records += measure_size(size, formats, rounds.get(name, 3))
        # Written after every size, so an interrupted run on a busy machine keeps what it measured.
        text, stem = save(identity, started, rounds, formats, records, loads, load_table)
    print("\n" + text + f"\nwrote {os.path.relpath(stem, lib.ROOT)}.{{json,csv,md}}")


def save(identity, started, rounds, formats, records, loads, load_table):
    summary, table = summarize(records)
    elapsed = time.perf_counter() - started
    sizes = list(dict.fromkeys(r["size"] for r in records))
    note = (f"BidKit {identity['commit']} against {identity['pandoc']} on {identity['cores']} cores, {identity['date']}; "
            f"load average {identity['load_average_start'][0]:.2f} at the start, {os.getloadavg()[0]:.2f} at the end; "
            f"sizes {', '.join(sizes)}; rounds {rounds}; {elapsed:.0f} s in all.\n"
            "Wall and CPU in seconds (median and range over the rounds), peak RSS in MB, ratio = pandoc median / BidKit median.\n")
    text = f"# make bench\n\n{note}\n{table}\n## Plugin discovery + load (fresh process, {PLUGIN_LOADS} runs each)\n\n{load_table}"
    stem = lib.write_results(identity, "bench", {"rounds": rounds, "formats": formats, "elapsed_s": elapsed,
                                                   "summary": summary, "plugin_load_ms": loads, "runs": records}, text)
    with open(stem + ".csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["size", "format", "tool", "round", "wall_s", "cpu_s", "rss_mb", "bytes"])
        writer.writeheader()
        writer.writerows(records)
    return text, stem


if __name__ == "__main__":
    main()
