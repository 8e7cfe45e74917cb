#!/usr/bin/env python3
"""Headless-Chromium checks for a rendered bid HTML file (helper of .ci/validate-html.sh).

    validate_html_browser.py CHROMIUM HTML_FILE OUT_DIR

For each width (1280 px laptop, 390 px phone) it

* takes screenshots of the cover (top of the file), the table of contents and the price schedule,
  scrolled there through `#anchor` URLs;
* measures whether anything sticks out past the right edge of the viewport (outside the
  horizontally scrolling table containers) and fails if so;
* fails when an amount of the price schedule (its right-aligned cells) lies outside the viewport,
  scrolled out of sight in its table (issue 12 item 13: on a phone only 序号/名称/规格型号/品牌
  showed); wide tables are stacked into cards on a phone so that none is.

Why a wrapper page with an <iframe>: headless Chromium (a) never lays out a window narrower than
500 px, so `--window-size=390,…` would silently test a 500 px layout, and (b) paints a blank
image when `--screenshot` is combined with a `#fragment` that scrolls the page. An iframe of
exactly W px that loads `file.html#anchor` has a real W px viewport, scrolls to the anchor
itself, and leaves the outer page unscrolled for the screenshot.
"""

import html.parser
import os
import re
import subprocess
import sys

WIDTHS = [1280, 390]
HEIGHT = 1400
TIMEOUT = 120


class Targets(html.parser.HTMLParser):
    """Finds the ids to scroll to: the heading just before the TOC and before the price schedule."""

    def __init__(self):
        super().__init__()
        self.last_heading_id = None
        self.toc = None
        self.price = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if re.fullmatch(r"h[1-6]", tag) and a.get("id"):
            self.last_heading_id = a["id"]
        if tag == "nav" and "toc" in classes and self.toc is None:
            self.toc = a.get("id") or self.last_heading_id
        if tag == "table" and "role-price-schedule" in classes and self.price is None:
            self.price = self.last_heading_id


def run_chromium(chromium, args, profile):
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
           "--no-default-browser-check", "--user-data-dir=" + profile, "--allow-file-access-from-files",
           "--virtual-time-budget=5000"] + args
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                          timeout=TIMEOUT, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-2000:])
        raise SystemExit(f"chromium failed ({done.returncode}): {' '.join(args)}")
    return done.stdout


def wrapper(src, width, height, probe):
    """An outer page holding the document in an iframe of exactly width × height."""
    script = ""
    if probe:
        script = """
<script>
window.addEventListener('load', function () {
  var out = document.getElementById('result');
  try {
    var d = document.getElementById('f').contentDocument, root = d.documentElement, edge = root.clientWidth + 0.5;
    var wide = [];
    d.querySelectorAll('body *').forEach(function (el) {
      if (el.closest('.table-scroll')) return;
      var r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > edge) wide.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' right=' + Math.round(r.right));
    });
    var amounts = d.querySelectorAll('table.role-price-schedule td.align-right'), hidden = 0;
    amounts.forEach(function (c) {
      var r = c.getBoundingClientRect();
      if (r.width > 0 && (r.right > edge || r.left < 0)) hidden++;
    });
    var scrollers = d.querySelectorAll('.table-scroll'), scrolling = 0;
    scrollers.forEach(function (s) { if (s.scrollWidth > s.clientWidth) scrolling++; });
    out.textContent = 'RESULT viewport=' + root.clientWidth + ' scrollWidth=' + root.scrollWidth +
      ' overflowing=' + wide.length + ' scrolling-tables=' + scrolling + '/' + scrollers.length +
      ' amounts-out-of-view=' + hidden + '/' + amounts.length +
      (wide.length ? ' first: ' + wide.slice(0, 5).join(', ') : '');
  } catch (err) { out.textContent = 'RESULT error ' + err; }
});
</script>"""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>shot</title>
<style>html, body {{ margin: 0; overflow: hidden; background: #fff; }}
iframe {{ display: block; width: {width}px; height: {height}px; border: 0; }}</style></head>
<body><iframe id="f" src="{src}" title="document"></iframe><pre id="result">RESULT pending</pre>{script}</body></html>
"""


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    chromium, html_file, out_dir = sys.argv[1:]
    os.makedirs(out_dir, exist_ok=True)
    html_file = os.path.abspath(html_file)
    name = os.path.splitext(os.path.basename(html_file))[0]
    profile = os.path.join(out_dir, ".chromium-profile")

    targets = Targets()
    with open(html_file, encoding="utf-8") as f:
        targets.feed(f.read())
    shots = [("cover", "")]
    for label, anchor in (("toc", targets.toc), ("price-schedule", targets.price)):
        if anchor is None:
            raise SystemExit(f"{html_file}: no {label} to take a screenshot of")
        shots.append((label, "#" + anchor))

    failed = False
    url = "file://" + html_file
    for width in WIDTHS:
        for label, fragment in shots:
            page = os.path.join(out_dir, f".wrap-{name}-{label}-{width}.html")
            with open(page, "w", encoding="utf-8") as f:
                f.write(wrapper(url + fragment, width, HEIGHT, probe=False))
            png = os.path.join(out_dir, f"{name}-{label}-{width}.png")
            run_chromium(chromium, [f"--window-size={width},{HEIGHT}", "--screenshot=" + png,
                                    "file://" + page], profile)
            print(f"  screenshot {png}")

        probe = os.path.join(out_dir, f".probe-{name}-{width}.html")
        with open(probe, "w", encoding="utf-8") as f:
            f.write(wrapper(url, width, HEIGHT, probe=True))
        dom = run_chromium(chromium, [f"--window-size={max(width, 500)},{HEIGHT}", "--dump-dom", "file://" + probe],
                           profile)
        m = re.search(r"RESULT ([^<]*)", dom)
        result = m.group(1) if m else "no result"
        # The viewport is the iframe's width less a vertical scrollbar, where the platform shows one.
        viewport = re.search(r"viewport=(\d+)", result)
        ok = bool(re.search(r"\boverflowing=0\b", result)) and bool(re.search(r"\bamounts-out-of-view=0/[1-9]", result)) \
            and viewport is not None and width - 20 <= int(viewport.group(1)) <= width
        print(f"  {width}px: {result} -> {'ok' if ok else 'FAIL'}")
        failed |= not ok
    if failed:
        raise SystemExit(f"{html_file}: content overflows the viewport")


if __name__ == "__main__":
    main()
