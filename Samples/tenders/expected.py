"""The answer key of a sample tender: what the script put into the document, written as small YAML.

The generator records every requirement, fact, document and scoring row as it writes it, so the
expected import is the script's own knowledge of the document, not a copy of what the importer
happened to find. Reviewed by reading it next to the document; tests compare the import with it.
"""

import json


class Expected:
    def __init__(self):
        self.facts = {}
        self.documents = []
        self.qualifications = []
        self.clauses = []
        self.scoring = []
        self.changes = []  # amendments only

    def clause(self, text, category, marker="", mandatory=None, id=None, bound=None):
        """`marker`: ★ ▲ or ""; English clauses pass mandatory (shall/must) explicitly."""
        entry = {"text": text, "category": category, "marker": marker,
                 "mandatory": marker == "★" if mandatory is None else mandatory}
        if id:
            entry["id"] = id
        if bound:
            entry["bound"] = {"op": bound[0], "value": bound[1], "unit": bound[2]}
        self.clauses.append(entry)
        return text

    def yaml(self, comment):
        lines = [f"# {line}" for line in comment.splitlines()]
        if self.facts:
            lines.append("facts:")
            lines += [f"  {k}: {q(v)}" for k, v in self.facts.items()]
        for key in ("documents", "qualifications"):
            items = getattr(self, key)
            if items:
                lines.append(f"{key}:")
                lines += [f"  - {q(t)}" for t in items]
        if self.clauses:
            lines.append("clauses:")
            for c in self.clauses:
                lines += mapping_item(c)
        if self.scoring:
            lines.append("scoring:")
            for s in self.scoring:
                lines += mapping_item(s)
        if self.changes:
            lines.append("changes:")
            for c in self.changes:
                lines += mapping_item(c)
        return "\n".join(lines) + "\n"


def q(v):
    """Every scalar double-quoted (JSON strings are YAML double-quoted scalars), numbers as text."""
    return json.dumps(v if isinstance(v, str) else str(v).lower() if isinstance(v, bool) else str(v), ensure_ascii=False)


def mapping_item(d):
    out = []
    first = True
    for k, v in d.items():
        prefix = "  - " if first else "    "
        first = False
        if isinstance(v, dict):
            out.append(f"{prefix}{k}: {{" + ", ".join(f"{kk}: {q(vv)}" for kk, vv in v.items()) + "}")
        elif isinstance(v, bool):
            out.append(f"{prefix}{k}: {'true' if v else 'false'}")
        else:
            out.append(f"{prefix}{k}: {q(v)}")
    return out
