#!/usr/bin/env python3
"""`make bench-instructions`: instruction counts (valgrind --tool=callgrind) of `bidkit build` per format
and of `bidkit check`, on the `large` and `xl` projects, split into the pipeline's phases, with the
xl/large growth. Instruction counts barely move when other work shares the machine, which wall times
on this 2-core machine do; they are the figures to compare before and after a change.

Phases are callgrind's inclusive costs of the phase functions (PHASES), taken per thread
(--separate-threads=yes) so work on Dispatch's worker threads counts for the phase that started it;
in each thread a phase is its outermost matching function. "other" is start-up, argument parsing,
plugin discovery and whatever no phase covers.

Valgrind 3.19 (Debian 12) cannot read the DWARF that Swift 6.3 writes ("Possibly corrupted debuginfo
file"), so callgrind runs copies of the release binaries with debug info stripped (symbols kept).

Environment: BENCH_SIZES (default large,xl), BENCH_FORMATS (docx,html,txt,check; also all),
BENCH_JOBS (callgrind runs at once, default 2), BENCH_ANALYSE_ONLY=1 (read the callgrind files of an
earlier run again, e.g. after changing PHASES, instead of running valgrind)."""

import concurrent.futures
import glob
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as lib  # noqa: E402

PLUGINS = {"libBidKitDocxRenderer.so": "docx", "libBidKitHtmlRenderer.so": "html", "libBidKitTextRenderer.so": "txt"}
# Phase → (pattern on the demangled name, object the function must live in or None).
PHASES = [
    ("load", r"ProjectLoader\.load\(folder:", "bidkit"),
    ("assemble", r"Assembler\.assemble\(", "bidkit"),
    ("encode", r"static PackageWire\.encode\(", "bidkit"),
    ("plugins", r"PluginHost\.init\(searchPath:", "bidkit"),
    *[(f"render {fmt}", r"renderTrampoline", lib_name) for lib_name, fmt in PLUGINS.items()],
    ("write", r"AtomicFile\.write\(", "bidkit"),
    ("check", r"Checker\.check\(", "bidkit"),
]
LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*?)\s+\[(.*)\]\s*$")
TOTAL = re.compile(r"^\s*([\d,]+)\s+\(100\.0%\)\s+PROGRAM TOTALS")


def stripped_binaries():
    """bidkit and the plugins side by side (the default search path), debug info removed."""
    folder = os.path.join(lib.WORK, "callgrind-bin")
    os.makedirs(folder, exist_ok=True)
    for name in ["bidkit", *PLUGINS]:
        subprocess.run(["objcopy", "--strip-debug", os.path.join(lib.RELEASE, name), os.path.join(folder, name)], check=True)
    return os.path.join(folder, "bidkit")


def demangle(names):
    mangled = sorted({n for n in names if n.startswith("$s")})
    if not mangled:
        return {}
    out = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(mangled) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    return dict(zip(mangled, out))


def annotate(path, inclusive):
    """[(instructions, function, object basename)] and the thread's total, from callgrind_annotate."""
    args = ["callgrind_annotate", "--threshold=100"] + (["--inclusive=yes"] if inclusive else [])
    text = subprocess.run(args + [path], capture_output=True, text=True, check=True).stdout
    rows, total = [], 0
    for line in text.splitlines():
        if m := TOTAL.match(line):
            total = int(m.group(1).replace(",", ""))
        elif m := LINE.match(line):
            where = m.group(2)
            function = where.split(":", 1)[1] if ":" in where else where
            rows.append((int(m.group(1).replace(",", "")), re.sub(r"'\d+$", "", function), os.path.basename(m.group(3))))
    return rows, total


def analyse(prefix):
    """Phases, total and top functions of one callgrind run (all its thread files)."""
    files = sorted(f for f in glob.glob(prefix + ".*") if os.path.getsize(f) > 0)
    threads = [(annotate(f, True), annotate(f, False)[0]) for f in files]
    names = demangle(n for (inc, _), self_rows in threads for rows in (inc, self_rows) for _, n, _ in rows)
    total, phases, self_cost, inclusive = 0, {name: 0 for name, _, _ in PHASES}, {}, {}
    for (rows, thread_total), self_rows in threads:
        total += thread_total
        for phase, pattern, obj in PHASES:
            matches = [c for c, n, o in rows if (obj is None or o == obj) and re.search(pattern, names.get(n, n))]
            phases[phase] += max(matches, default=0)
        for c, n, o in self_rows:
            key = (names.get(n, n), o)
            self_cost[key] = self_cost.get(key, 0) + c
        for c, n, o in rows:
            key = (names.get(n, n), o)
            inclusive[key] = inclusive.get(key, 0) + c
    phases = {k: v for k, v in phases.items() if v}
    phases["other"] = total - sum(phases.values())
    top_self = sorted(self_cost.items(), key=lambda kv: -kv[1])[:15]
    # Inclusive, inside the code that does the work (the plugin, or bidkit for check), below the entry frames.
    focus = next((lib_name for lib_name, fmt in PLUGINS.items() if f"render {fmt}" in phases), "bidkit")
    ceiling = 0.9 * max(phases.get(f"render {PLUGINS.get(focus)}", 0) or phases.get("check", 0), 1)
    top_inclusive = sorted(((k, v) for k, v in inclusive.items() if k[1] == focus and v < ceiling), key=lambda kv: -kv[1])[:15]
    return {"total": total, "phases": phases,
            "top_self": [{"function": f, "object": o, "instructions": c} for (f, o), c in top_self],
            "top_inclusive": [{"function": f, "object": o, "instructions": c} for (f, o), c in top_inclusive]}


def callgrind(bidkit, size, fmt):
    folder = os.path.join(lib.WORK, size)
    out = os.path.join(lib.WORK, "callgrind", f"{size}-{fmt}")
    if os.environ.get("BENCH_ANALYSE_ONLY"):
        if not glob.glob(out + ".*"):
            lib.fail(f"no callgrind output {out}.*: run without BENCH_ANALYSE_ONLY first")
        return dict(analyse(out), size=size, format=fmt, seconds=0)
    for old in glob.glob(out + ".*"):
        os.remove(old)
    if fmt == "check":
        command = [bidkit, "check", os.path.join(folder, "project")]
    else:
        formats = "docx,html,txt" if fmt == "all" else fmt
        command = [bidkit, "build", os.path.join(folder, "project"), "--format", formats, "--out", os.path.join(folder, "out", "callgrind")]
    start = time.perf_counter()
    subprocess.run(["valgrind", "--tool=callgrind", "--separate-threads=yes", f"--callgrind-out-file={out}.%p", *command],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    result = analyse(out)
    print(f"  callgrind {size} {fmt}: {result['total'] / 1e9:.2f} G instructions ({seconds:.0f} s)", file=sys.stderr)
    return dict(result, size=size, format=fmt, seconds=seconds)


def growth_tables(results, sizes, formats):
    """Per format and phase: instructions per size and, with two sizes, the growth of the last over the first."""
    by = {(r["size"], r["format"]): r for r in results}
    base, top = sizes[0], sizes[-1]
    summary, phases = [], []
    for fmt in formats:
        runs = [by[(s, fmt)] for s in sizes]
        growth = lambda a, b: f"{b / a:.2f}×" if a and len(sizes) > 1 else ""  # noqa: E731
        summary.append([fmt, *[f"{r['total'] / 1e9:.2f}" for r in runs], growth(runs[0]["total"], runs[-1]["total"])])
        names = [p for p in runs[0]["phases"] if any(r["phases"].get(p) for r in runs)]
        for phase in names:
            cells = [f"{r['phases'].get(phase, 0) / 1e6:,.0f} ({100 * r['phases'].get(phase, 0) / r['total']:.1f} %)" for r in runs]
            phases.append([fmt, phase, *cells, growth(runs[0]["phases"].get(phase, 0), runs[-1]["phases"].get(phase, 0))])
    growth_header = [f"{top}/{base}"] if len(sizes) > 1 else []
    text = "## Instructions per run (G)\n\n" + lib.markdown_table(["format", *sizes, *growth_header], summary)
    text += "\n## Per phase (M instructions, share of the run)\n\n" + lib.markdown_table(["format", "phase", *sizes, *growth_header], phases)
    return text


def top_functions(results):
    text = ""
    for r in results:
        text += f"\n### {r['size']} {r['format']}: {r['total'] / 1e9:.2f} G\n\nSelf cost (all threads):\n\n"
        text += "".join(f"- {100 * t['instructions'] / r['total']:.1f} % `{t['function'][:140]}` ({t['object']})\n" for t in r["top_self"])
        text += "\nInclusive, inside the renderer (or bidkit for check), below its entry:\n\n"
        text += "".join(f"- {100 * t['instructions'] / r['total']:.1f} % `{t['function'][:140]}`\n" for t in r["top_inclusive"])
    return text


def main():
    started = time.perf_counter()
    sizes = lib.env_list("BENCH_SIZES", "large,xl")
    formats = lib.env_list("BENCH_FORMATS", "docx,html,txt,check")
    jobs = int(os.environ.get("BENCH_JOBS", "2"))
    for tool, package in [("valgrind", "valgrind"), ("callgrind_annotate", "valgrind"), ("objcopy", "binutils")]:
        lib.need(tool, f"apt-get install {package} (make bench-instructions installs it)")
    lib.need("swift", "the Swift toolchain (swift demangle)")
    os.makedirs(os.path.join(lib.WORK, "callgrind"), exist_ok=True)
    identity = lib.run_identity()
    for size in sizes:
        lib.generate(size)
    bidkit = stripped_binaries()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        # Largest first, so the long xl runs do not end up alone at the end.
        order = sorted(((s, f) for s in sizes for f in formats), key=lambda sf: -sizes.index(sf[0]))
        results = list(pool.map(lambda sf: callgrind(bidkit, *sf), order))
    results.sort(key=lambda r: (formats.index(r["format"]), sizes.index(r["size"])))
    elapsed = time.perf_counter() - started
    text = (f"# make bench-instructions\n\nBidKit {identity['commit']}, {identity['date']}; callgrind (valgrind), "
            f"{jobs} runs at once, {elapsed:.0f} s in all.\n\n" + growth_tables(results, sizes, formats)
            + "\n## Where the instructions go\n" + top_functions(results))
    stem = lib.write_results(identity, "instructions", {"sizes": sizes, "formats": formats, "elapsed_s": elapsed, "runs": results}, text)
    print("\n" + text + f"\nwrote {os.path.relpath(stem, lib.ROOT)}.{{json,md}}")


if __name__ == "__main__":
    main()
