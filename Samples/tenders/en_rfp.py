"""The English RFP: City of Northbridge, RFP-2026-014, Records Management System Replacement (fictional).

shall / must (mandatory) and should / may (desirable) in paragraphs, a requirement-ID compliance table
(T-01 … T-12) whose Priority column states the class, SOW-4.n clauses, minimum qualifications, weighted
evaluation criteria and the required forms in order. Sentences about what the City may do are not
requirements of the proposer and must not be imported as such.
"""

from expected import Expected
from wordml import cell, para, run, table

NUMBER = "RFP-2026-014"
BUYER = "City of Northbridge"
AGENT = "Harbor Public Sourcing LLC"
PROJECT = "Records Management System Replacement"


def heading(text, level=1, page_break=False):
    return para(text, style=str(level), page_break_before=page_break)


def build():
    e = Expected()
    e.facts = {"number": NUMBER, "buyer": BUYER, "agent": AGENT, "project": PROJECT, "lot": "Lot 2",
               "deadline": "2027-01-15T14:00:00-08:00", "validity_days": 120, "ceiling": "850000.00",
               "bid_bond": "25000.00", "currency": "USD"}
    x = [para(BUYER, style="Title"), para(run("Request for Proposal " + NUMBER, bold=True, size=40), jc="center"),
         para(run(PROJECT, bold=True, size=32), jc="center"),
         para("Issued by the Department of Finance and Procurement, November 2026", jc="center")]

    x.append(heading("1 Key RFP Information", page_break=True))
    facts = [["Item", "Details"], ["RFP number", NUMBER], ["Issuing entity", BUYER], ["Procurement agent", AGENT],
             ["Project", PROJECT], ["Lot", "Lot 2 – Software and Implementation Services"],
             ["Proposal due date", "January 15, 2027, 2:00 PM Pacific Standard Time (UTC-08:00)"],
             ["Proposal validity", "120 days after the proposal due date"],
             ["Budget", "Not to exceed USD 850,000.00, all taxes included"],
             ["Proposal security", "Bid bond of USD 25,000.00"], ["Currency", "US dollars (USD)"]]
    x.append(table([2600, 6470], facts))
    x.append(para("The City of Northbridge invites proposals from qualified firms to replace its legacy records management system "
                  "used by the City Clerk, Police Records and Public Works."))

    x.append(heading("2 Instructions to Proposers", page_break=True))
    instructions = [
        ("2.1", "Proposals must be submitted electronically through the City's e-procurement portal before the proposal due date.", True),
        ("2.2", "The Proposer shall submit one technical proposal and one separately sealed price proposal.", True),
        ("2.3", "All prices shall be quoted in US dollars and shall include all taxes, fees and expenses.", True),
        ("2.4", "Questions about this RFP may be sent in writing to the procurement agent until December 18, 2026.", None),
        ("2.5", "The City may reject any or all proposals, waive minor irregularities, or cancel this RFP at any time.", None),
        ("2.6", "Proposals must remain valid for 120 days after the proposal due date.", True),
        ("2.7", "The Proposer should limit the technical proposal to 60 pages, excluding the required forms.", False),
        ("2.8", "The City will not reimburse any cost of preparing a proposal.", None),
    ]
    for number, text, mandatory in instructions:
        x.append(para(f"{number} {text}"))
        if mandatory is not None:
            e.clause(text, "commercial", mandatory=mandatory, id=number)

    x.append(heading("3 Minimum Qualifications"))
    quals = [
        "The Proposer must hold a current business license in the State and be in good standing.",
        "The Proposer must have completed at least three (3) records management implementations for public agencies in the last five years.",
        "The Proposer must hold a current ISO/IEC 27001 certificate for its hosting operations.",
        "The Proposer shall carry professional liability insurance of at least USD 2,000,000 per claim.",
    ]
    for i, q in enumerate(quals, 1):
        x.append(para(f"3.{i} {q}"))
        e.qualifications.append(q)

    x.append(heading("4 Scope of Work", page_break=True))
    x.append(para("The Contractor will deliver a hosted records management system and the services described below."))
    sow = [
        ("SOW-4.1", "The Contractor shall migrate all 2.4 million existing records, with their attachments and audit history, to the new system.", True, None),
        ("SOW-4.2", "The Contractor shall train no fewer than 40 City staff, including 8 administrators.", True, (">=", "40", "staff")),
        ("SOW-4.3", "The Contractor should assign a dedicated project manager located in the Pacific time zone.", False, None),
        ("SOW-4.4", "The Contractor must complete the implementation within 180 calendar days of the notice to proceed.", True, ("<=", "180", "calendar days")),
        ("SOW-4.5", "The Contractor shall provide support 24 hours a day, 7 days a week, with a response time of no more than 2 hours for critical incidents.", True, ("<=", "2", "hours")),
        ("SOW-4.6", "The Contractor may propose optional modules for e-discovery and public records requests.", False, None),
    ]
    for number, text, mandatory, bound in sow:
        x.append(para(run(number + " ", bold=True), run(text)))
        e.clause(text, "technical", mandatory=mandatory, id=number, bound=bound)

    x.append(heading("5 Technical Requirements", page_break=True))
    intro = e.clause("Proposers must state compliance with each requirement in the table below and reference the section of their "
                     "proposal that substantiates it.", "technical", mandatory=True)
    x.append(para(intro))
    reqs = [
        ("T-01", "The system shall support at least 5,000 users with named accounts.", "Mandatory", (">=", "5000", "users")),
        ("T-02", "The system must be available at least 99.9% of the time, measured monthly.", "Mandatory", (">=", "99.9", "%")),
        ("T-03", "The system shall provide role-based access control with single sign-on through SAML 2.0.", "Mandatory", None),
        ("T-04", "The system should offer a mobile interface for field staff.", "Desirable", None),
        ("T-05", "The system shall encrypt data at rest with AES-256 and in transit with TLS 1.2 or later.", "Mandatory", None),
        ("T-06", "The system may integrate with the City's GIS for location-based records.", "Desirable", None),
        ("T-07", "The system shall retain records according to configurable retention schedules.", "Mandatory", None),
        ("T-08", "Full-text search results must be returned within 3 seconds for 95% of queries.", "Mandatory", ("<=", "3", "seconds")),
        ("T-09", "The system should export records in open formats (PDF/A, CSV, XML).", "Desirable", None),
        ("T-10", "The system shall keep a tamper-evident audit log of every access and change.", "Mandatory", None),
        ("T-11", "Hosting must be located in data centers within the United States.", "Mandatory", None),
        ("T-12", "The system should support at least 500 sessions at once without degradation.", "Desirable", (">=", "500", "sessions")),
    ]
    w = [900, 5470, 1300, 1400]
    rows = [["ID", "Requirement", "Priority", "Comply (Y/N)"]]
    for rid, text, priority, bound in reqs:
        rows.append([rid, text, priority, ""])
        e.clause(text, "technical", mandatory=priority == "Mandatory", id=rid, bound=bound)
    x.append(table(w, rows))

    x.append(heading("6 Evaluation Criteria", page_break=True))
    x.append(para("Proposals that meet the minimum qualifications will be scored by the evaluation committee as follows."))
    criteria = [("Technical compliance and functionality", "35"), ("Implementation approach and schedule", "20"),
                ("Experience and references", "15"), ("Price", "30")]
    x.append(table([6070, 3000], [["Criterion", "Weight (%)"]] + [[c, v] for c, v in criteria] + [["Total", "100"]]))
    e.scoring = [{"item": c, "weight": v} for c, v in criteria]

    x.append(heading("7 Required Forms", page_break=True))
    x.append(para("Proposals must include the following forms, completed and signed, in this order:"))
    forms = ["Form A – Proposal Cover Letter", "Form B – Price Proposal", "Form C – Compliance Matrix", "Form D – References",
             "Form E – Non-Collusion Affidavit", "Form F – Proposal Security (Bid Bond)"]
    for f in forms:
        x.append(para(f))
        e.documents.append(f)
    for f in forms:
        x.append(para(run(f, bold=True, size=32), jc="center", page_break_before=True))
        x.append(para("Proposer name: ____________________   Date: ____/____/________"))
        x.append(para("Authorized signature: ____________________   Title: ____________________"))

    x.append(heading("8 General Terms", page_break=True))
    for t in ["The contract will be a firm fixed-price agreement for implementation and a five-year subscription.",
              "Payment will be made within 30 days of an accepted invoice, against milestones agreed in the contract.",
              "The City's standard insurance, indemnification and data protection terms apply to the contract."]:
        x.append(para(t))
    return "".join(x), e
