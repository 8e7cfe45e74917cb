#!/usr/bin/env python3
"""Writes the sample tenders and their answer keys, reproducibly (standard library only).

    python3 make_tenders.py            # (re)writes the .docx files and *.expected.yaml next to this script
    python3 make_tenders.py --check    # exits 1 when a committed file differs from what it would write
    python3 make_tenders.py --pdf      # also converts the Chinese tender to PDF with LibreOffice headless
                                       # (installs libreoffice-writer-nogui and fonts-noto-cjk when missing)

The PDF is committed as made (LibreOffice stamps dates and ids into it, so it is not byte-reproducible;
the importer's PDF path is tested on the committed file).
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import cn_amendment
import cn_goods
import en_rfp
from wordml import write_docx

HERE = Path(__file__).resolve().parent
SAMPLES = [
    ("cn-goods-hospital", cn_goods, "招标文件：" + cn_goods.PROJECT),
    ("cn-goods-hospital-amendment-1", cn_amendment, "澄清及修改通知（第1号）"),
    ("en-rfp-records", en_rfp, "RFP-2026-014 Records Management System Replacement"),
]
KEY_COMMENT = """Answer key written by make_tenders.py from what it put into {name}.docx (not from an import).
Reviewed against the document; Tests/TenderImportTests compare `bidkit tender import` with it:
every mandatory clause found, at most 5 % of imported clauses outside this list, facts exact."""


def outputs():
    for name, module, title in SAMPLES:
        body, expected = module.build()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{name}.docx"
            write_docx(path, body, title)
            yield f"{name}.docx", path.read_bytes()
        yield f"{name}.expected.yaml", expected.yaml(KEY_COMMENT.format(name=name)).encode("utf-8")


def ensure_libreoffice():
    if shutil.which("soffice"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                           "libreoffice-writer-nogui", "fonts-noto-cjk"], check=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def make_pdf(name):
    ensure_libreoffice()
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(HERE), str(HERE / f"{name}.docx")], check=True, stdout=subprocess.DEVNULL, timeout=300)


def main(argv):
    stale = []
    for name, data in outputs():
        target = HERE / name
        if "--check" in argv:
            if not target.exists() or target.read_bytes() != data:
                stale.append(name)
        else:
            target.write_bytes(data)
    if stale:
        print("out of date (run make_tenders.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    if "--pdf" in argv:
        make_pdf("cn-goods-hospital")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
