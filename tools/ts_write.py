"""Write a Qt .ts file from a {source: translation} mapping (used to keep area files tidy).

    python tools/ts_write.py AREA LANG < mapping.json
Entries already in the file are kept; new ones are added; the file is sorted.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"


def read(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    out = {}
    for msg in ET.parse(path).getroot().iter("message"):
        src, tr = msg.findtext("source"), msg.find("translation")
        if src is not None and tr is not None and tr.text:
            out[src] = tr.text
    return out


def write(path: Path, lang: str, table: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language={"fr": "fr_MA", "ar": "ar_MA", "en": "en_GB"}[lang])
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = ""  # context-free: matched for any class
    for src in sorted(table):
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = src
        ET.SubElement(msg, "translation").text = table[src]
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def main() -> None:
    area, lang = sys.argv[1], sys.argv[2]
    path = TS_DIR / f"{area}_{lang}.ts"
    table = read(path)
    table.update(json.load(sys.stdin))
    write(path, lang, table)
    print(f"{path}: {len(table)} messages")


if __name__ == "__main__":
    main()
