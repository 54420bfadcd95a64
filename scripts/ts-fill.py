#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills zh_CN translations in a Qt .ts file.

  scripts/ts-fill.py FILE.ts --list            print unfinished entries as JSON lines
  scripts/ts-fill.py FILE.ts < pairs.json      fill from a JSON object {"source": "translation", ...}
                                               or {"context|source": "translation"} for one context,
                                               {"context|source|comment": …} for a disambiguated one;
                                               plural entries take a list or one string for all forms.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    path = sys.argv[1]
    tree = ET.parse(path)
    root = tree.getroot()
    if len(sys.argv) > 2 and sys.argv[2] == "--list":
        for ctx in root.iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.get("type") == "unfinished":
                    entry = {"context": name, "source": msg.findtext("source"),
                             "plural": msg.get("numerus") == "yes"}
                    if msg.findtext("comment"):
                        entry["comment"] = msg.findtext("comment")
                    print(json.dumps(entry, ensure_ascii=False))
        return
    pairs = json.load(sys.stdin)
    filled = 0
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            comment = msg.findtext("comment")
            value = pairs.get(f"{name}|{source}|{comment}") if comment else None
            if value is None:
                value = pairs.get(f"{name}|{source}", pairs.get(source))
            if value is None:
                continue
            tr = msg.find("translation")
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                tr.text = None
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            if "type" in tr.attrib:
                del tr.attrib["type"]
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep the DOCTYPE lupdate writes, so that lupdate and linguist read the file as their own.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{path}: filled {filled} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
