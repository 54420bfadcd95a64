#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a man page (gzip -9n) from its hand-written template and the program's own --help.

    manpage.py PROGRAM LANG TEMPLATE OUTPUT.gz VERSION DATE

The template's line "@GENERATED@" becomes the list of commands (chamberctl) or of options
(chamberdesk) as the program prints them in LANG, so the page never lists a stale command.
Run by the build (cmake/Packaging.cmake); --help needs no display.
"""
import gzip
import os
import re
import subprocess
import sys


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def help_text(program, lang):
    args = [program] + (["--lang", lang] if os.path.basename(program) == "chamberdesk" else []) + ["--help"]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(CHAMBERDESK_LANG=lang, LANG="C.UTF-8", HOME="/nonexistent")
    return subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout


def commands(help):
    # "  words of a command    Summary", the words in lower-case ASCII.
    out = []
    for line in help.splitlines():
        m = re.match(r"^  ([a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)*) +(\S.*)$", line)
        if m:
            out.append(f".TP\n\\fB{roff(m.group(1))}\\fR\n{roff(m.group(2))}\n")
    return out


def options(help):
    # QCommandLineParser: "  -h, --help   Text"; long text continues on indented lines, broken at a
    # space (dropped) or, with no space in reach (Chinese), mid-text at the full column width.
    entries = []
    column = None
    for line in help.splitlines():
        m = re.match(r"^  (-\S.*?)  +(\S.*)$", line)
        if m:
            column = m.start(2)
            entries.append([m.group(1), [m.group(2)]])
        elif entries and column and re.match(r"^ {%d}\S" % column, line):
            entries[-1][1].append(line[column:])
        else:
            column = None
    width = max((len(c) for _, chunks in entries for c in chunks), default=0)
    out = []
    for name, chunks in entries:
        text = chunks[0]
        for prev, chunk in zip(chunks, chunks[1:]):
            text += ("" if len(prev) == width else " ") + chunk
        out.append(f".TP\n\\fB{roff(name)}\\fR\n{roff(text)}\n")
    return out


def main():
    program, lang, template, output, version, date = sys.argv[1:7]
    help = help_text(program, lang)
    generated = commands(help) if os.path.basename(program) == "chamberctl" else options(help)
    if not generated:
        sys.exit(f"manpage.py: nothing to list in {program} --help:\n{help}")
    with open(template, encoding="utf-8") as f:
        page = f.read()
    page = page.replace("@GENERATED@\n", "".join(generated))
    page = page.replace("@CHAMBER_VERSION@", version).replace("@CHAMBER_RELEASE_DATE@", date)
    with open(output, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as gz:
            gz.write(page.encode("utf-8"))


if __name__ == "__main__":
    main()
