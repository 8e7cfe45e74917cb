"""What the benchmark scripts share: where things are, the generated projects, naming of result
files, statistics and table formatting. Only the Python standard library is used, so `make bench`
needs nothing beyond python3 and the tools it installs (pandoc, valgrind)."""

import datetime
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, "bench", "results")
WORK = os.path.join(ROOT, ".build", "bench")
RELEASE = os.path.join(ROOT, ".build", "release")
SIZES = ["small", "large", "xl"]
SEED = "13"


def fail(message):
    print(f"bench: error: {message}", file=sys.stderr)
    sys.exit(2)


def need(tool, install):
    """The external program, or a message naming it and how to install it."""
    path = shutil.which(tool)
    if not path:
        fail(f"'{tool}' is not installed; install it with: {install}")
    return path


def env_list(name, default):
    value = os.environ.get(name, "").strip()
    items = [v.strip() for v in (value or default).split(",") if v.strip()]
    return items


def generate(size):
    """WORK/<size>/project and WORK/<size>/pandoc.md from the release bidkit-bench. Kept when the same
    bidkit-bench already wrote them with the same seed: generation is deterministic, and another
    benchmark may be reading the folder (make bench and make bench-instructions can run together)."""
    folder = os.path.join(WORK, size)
    tool = os.path.join(RELEASE, "bidkit-bench")
    if not os.path.exists(tool):
        fail(f"{tool} is missing: run `swift build -c release` (make bench does)")
    with open(tool, "rb") as f:
        stamp = f"{size} seed {SEED} bidkit-bench {hashlib.sha256(f.read()).hexdigest()}\n"
    stamp_file = os.path.join(folder, "generated-by")
    if os.path.exists(stamp_file):
        with open(stamp_file, encoding="utf-8") as f:
            if f.read() == stamp:
                return folder
    subprocess.run([tool, "project", folder, "--size", size, "--seed", SEED,
                    "--image", os.path.join(ROOT, "Samples/substation-video-tender/images/system-topology.png")],
                   check=True, stdout=subprocess.DEVNULL)
    with open(stamp_file, "w", encoding="utf-8") as f:
        f.write(stamp)
    return folder


def git(*args):
    try:
        return subprocess.run(["git", "-C", ROOT, *args], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def run_identity():
    """Date, commit and machine facts recorded with every result file."""
    now = datetime.datetime.now(datetime.timezone.utc)
    commit = git("rev-parse", "--short=8", "HEAD") or "unknown"
    dirty = bool(git("status", "--porcelain", "--untracked-files=no", "--", "Sources", "Plugins", "Package.swift"))
    pandoc = shutil.which("pandoc")
    return {
        "date": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": commit + ("-dirty" if dirty else ""),
        "branch": git("rev-parse", "--abbrev-ref", "HEAD"),
        "cores": os.cpu_count(),
        "load_average_start": list(os.getloadavg()),
        "pandoc": subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.splitlines()[0] if pandoc else None,
        "stem": now.strftime("%Y-%m-%dT%H%M") + "-" + commit + ("-dirty" if dirty else ""),
    }


def write_results(identity, kind, data, table):
    """bench/results/<date>-<commit>-<kind>.json (raw runs and summary) and .md (the table)."""
    os.makedirs(RESULTS, exist_ok=True)
    stem = os.path.join(RESULTS, f"{identity['stem']}-{kind}")
    identity = dict(identity, load_average_end=list(os.getloadavg()))
    with open(stem + ".json", "w", encoding="utf-8") as f:
        json.dump({"run": identity, **data}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(stem + ".md", "w", encoding="utf-8") as f:
        f.write(table)
    return stem


def spread(values):
    """Median and range of a list of numbers."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def markdown_table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows]) + "\n"
