"""Replaces the section "## HEADING" of a Markdown file (up to the next "## " heading) with the
given text, in place; appends it when the file has no such section yet.

    python3 bench/lib/replace-section.py BENCHMARKS.md "## Logs" "$section"
"""
import os
import re
import sys

path, heading, section = sys.argv[1], sys.argv[2], sys.argv[3].rstrip() + "\n"
text = open(path).read() if os.path.exists(path) else "# Benchmarks\n"
pattern = re.compile(r"(?ms)^" + re.escape(heading) + r"\n.*?(?=^## |\Z)")
if pattern.search(text):
    text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip() + "\n"
else:
    text = text.rstrip() + "\n\n" + section
open(path, "w").write(text)
