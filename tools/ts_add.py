"""Add translations to the Vietnamese catalogue by hand, without lupdate.

    python tools/ts_add.py strings.tsv        # lines: context<TAB>English source<TAB>Vietnamese[<TAB>comment]
    python tools/ts_add.py strings.tsv --release   # and rebuild the .qm with pyside6-lrelease

``lupdate -no-obsolete`` drops strings the code reaches through aliases (``_tr = QCoreApplication
.translate``…), so new strings are added here: each one not yet in its context is appended to it
(the context made if missing); one already there is left as it is.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "delegation_planner_vi.ts"


def add(lines: list[tuple[str, ...]], ts: Path = TS) -> tuple[int, int]:
    """Append each (context, source, translation[, comment]) not already in its context (a comment is
    Qt's disambiguation: translate("enum", "Other", "ContactKind")); returns (added, present).

    Text edits, not an XML rewrite: the rest of the file keeps lupdate's layout byte for byte."""
    text = ts.read_text(encoding="utf-8")
    present = {(c.findtext("name"), m.findtext("source"), m.findtext("comment") or "")
               for c in ET.fromstring(text).findall("context") for m in c.findall("message")}
    added = skipped = 0
    for context, source, translation, *rest in lines:
        comment = rest[0] if rest else ""
        if (context, source, comment) in present:
            skipped += 1
            continue
        note = f"        <comment>{escape(comment)}</comment>\n" if comment else ""
        message = (f"    <message>\n        <source>{escape(source)}</source>\n{note}"
                   f"        <translation>{escape(translation)}</translation>\n    </message>\n")
        head = f"<context>\n    <name>{escape(context)}</name>\n"
        at = text.find(head)
        if at < 0:
            text = text.replace("</TS>", f"{head}{message}</context>\n</TS>")
        else:
            close = text.index("</context>", at)
            text = text[:close] + message + text[close:]
        present.add((context, source, comment))
        added += 1
    ET.fromstring(text)  # still well-formed
    ts.write_text(text, encoding="utf-8")
    return added, skipped


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("tsv", type=Path)
    p.add_argument("--release", action="store_true", help="rebuild the .qm with pyside6-lrelease")
    args = p.parse_args(argv)
    lines = []
    for n, raw in enumerate(args.tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        parts = raw.split("\t")
        if len(parts) not in (3, 4):
            print(f"{args.tsv}:{n}: need context<TAB>source<TAB>translation[<TAB>comment]", file=sys.stderr)
            return 1
        lines.append(tuple(parts))
    added, skipped = add(lines)
    print(f"{added} added, {skipped} already there, in {TS.name}")
    if args.release:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
