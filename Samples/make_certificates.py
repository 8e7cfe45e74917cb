#!/usr/bin/env python3
"""Writes the samples' certificate PDFs (Samples/*/attachments/*.pdf) the way an issuer's system would:
a bordered A4 page of text with embedded fonts, made by LibreOffice from HTML. Each carries text that
is in no caption and nowhere else in the bid (the issuing body's address), so a test can tell the
certificate's own text from BidKit's caption. Run it again after changing a certificate below; the
PDFs are committed (their bytes differ from run to run by LibreOffice's clock, which no test reads)."""
import html, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ZH = "Chengzhou Qiheng Intelligent Technology Co., Ltd."
EN = "Harborline Consulting Group LLC"

CERTIFICATES = {
    "substation-video-tender": {
        "business-license": ("营业执照 Business License", [ZH, "Unified social credit code: 91330108573126481K",
                             "Issued by: Chengzhou Administration for Market Regulation", "Term of operation: long-term",
                             "Scanned copy for tender LLGD-ZB-2026-0457"],
                             "发证机关地址：澄州市滨江区江南大道 1188 号 (1188 Jiangnan Avenue, Binjiang District, Chengzhou)"),
        "iso9001": ("ISO 9001:2015 Certificate", [ZH, "Certificate no.: 05425Q30871R2M", "Quality management system",
                    "Issued by: Zhongce United Certification Co., Ltd.", "Valid until: 2028-09-14"],
                    "Zhongce United Certification, 66 Xueyuan Road, Haidian District, Beijing 100083"),
        "security-engineering": ("Security Engineering Capability Certificate", [ZH, "Grade: Level 1 (design, installation, maintenance)",
                                 "Certificate no.: AF-JD-2024-01318", "Issued by: Jiangdong Security Industry Association",
                                 "Valid until: 2027-12-31"], "Jiangdong Security Industry Association, 9 Fengqi Road, Chengzhou 310006"),
        "electronics-qualification": ("Construction Enterprise Qualification", [ZH, "Electronic and intelligent engineering, Grade II",
                                      "Certificate no.: D233065871", "Issued by: Jiangdong Dept. of Housing and Urban-Rural Development",
                                      "Valid until: 2028-12-31"], "Jiangdong Dept. of Housing, 20 Baochu Road, Chengzhou 310007"),
        "infosec-service": ("Information Security Service Certificate", [ZH, "Security integration, Level 3",
                            "Certificate no.: SIS-2025-SI3-0892", "Issued by: Jiangdong Cybersecurity Certification Center",
                            "Valid until: 2028-03-20"], "Jiangdong Cybersecurity Certification Center, 318 Tianmushan Road, Chengzhou 310012"),
        "iso45001": ("ISO 45001:2018 Certificate", [ZH, "Certificate no.: 05425S30872R2M",
                     "Occupational health and safety management system", "Issued by: Zhongce United Certification Co., Ltd.",
                     "Valid until: 2028-09-14"], "Zhongce United Certification, 66 Xueyuan Road, Haidian District, Beijing 100083 (OH&S desk)"),
    },
    "erp-proposal-en": {
        "iso9001": ("ISO 9001:2015 Certificate", [EN, "Certificate no.: AQC-QMS-204871",
                    "Scope: ERP consulting, implementation and support services", "Issued by: Atlantic Quality Certification Ltd.",
                    "Valid until: 31 May 2028"], "Atlantic Quality Certification Ltd., 400 Harbor Point Drive, Suite 12, Portland, ME 04101"),
        "iso27001": ("ISO/IEC 27001:2022 Certificate", [EN, "Certificate no.: AQC-ISMS-118305",
                     "Scope: delivery and support of ERP implementation services", "Issued by: Atlantic Quality Certification Ltd.",
                     "Valid until: 28 February 2029"], "Atlantic Quality Certification Ltd., 400 Harbor Point Drive, Suite 14, Portland, ME 04101"),
    },
}

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: 21cm 29.7cm; margin: 1.8cm; }}
body {{ font-family: 'Liberation Sans', 'Noto Sans CJK SC'; }}
h1 {{ font-family: "Liberation Sans", "Noto Sans CJK SC"; font-size: 20pt; font-weight: normal; }} p {{ font-size: 12pt; margin: 4pt 0; }}
p.address {{ font-size: 9pt; color: #333333; }}
</style></head><body><table border="3" bordercolor="#334d99" cellpadding="30" width="100%"><tr><td valign="top" height="820">
<h1>{title}</h1>{lines}<p>&nbsp;</p><p class="address">{address}</p>
</td></tr></table></body></html>"""


def main():
    work = tempfile.mkdtemp(prefix="bidkit-certs-")
    try:
        for sample, certs in CERTIFICATES.items():
            for name, (title, lines, address) in certs.items():
                page = PAGE.format(title=html.escape(title), lines="".join(f"<p>{html.escape(l)}</p>" for l in lines),
                                   address=html.escape(address))
                source = os.path.join(work, name + ".html")
                with open(source, "w", encoding="utf-8") as f:
                    f.write(page)
                subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{work}/profile",
                                "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", work, source],
                               check=True, capture_output=True, timeout=120)
                shutil.copy(os.path.join(work, name + ".pdf"), os.path.join(HERE, sample, "attachments", name + ".pdf"))
                print(f"{sample}/attachments/{name}.pdf")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
