"""How to cite an edition, and what machines read of it: the citation as text and BibTeX, schema.org metadata.

The project's own facts (authors, address, licence) are in CITATION.cff at the repository root, the file
reference managers and code hosts read; an edition adds its title, name, as-of date and build date.

    cite.citation(info)   -> 'The nevreport contributors (2026). China's ... (edition as-of-2024, data as of ...'
    cite.bibtex(info)     -> '@misc{nevreport_as_of_2024, ...}'
    cite.json_ld(info, sources)  -> the schema.org Report and Dataset, as JSON for a <script type="application/ld+json">
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path

from nevreport.common import config

CITATION_FILE = "CITATION.cff"
DATA_ZIP = "data.zip"
LICENCES = {"MIT": "https://spdx.org/licenses/MIT.html"}
_FALLBACK = {"authors": [{"name": "The nevreport contributors"}], "url": "", "license": "MIT"}


def project(root: Path | None = None) -> dict:
    """CITATION.cff as a dict (authors, url, license, ...); the defaults when it is missing or unreadable."""
    return _read_project(Path(root or os.environ.get("NEVREPORT_ROOT") or config.ROOT))


@cache
def _read_project(root: Path) -> dict:
    import yaml

    try:
        loaded = yaml.safe_load((Path(root) / CITATION_FILE).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return dict(_FALLBACK)
    return {**_FALLBACK, **loaded} if isinstance(loaded, dict) else dict(_FALLBACK)


def _authors(facts: dict) -> list[str]:
    names = []
    for author in facts.get("authors") or []:
        if author.get("name"):
            names.append(str(author["name"]))
        elif author.get("family-names"):
            names.append(" ".join(str(author[k]) for k in ("given-names", "family-names") if author.get(k)))
    return names or ["The nevreport contributors"]


def _year(info: dict) -> str:
    """The year an edition was built, else the year of its as-of date."""
    for key in ("generated", "as_of"):
        if re.match(r"\d{4}", str(info.get(key) or "")):
            return str(info[key])[:4]
    return ""


def citation(info: dict, facts: dict | None = None) -> str:
    """The recommended citation of an edition as one line of text (author-date style)."""
    facts = facts or project()
    year = _year(info)
    edition = ", ".join(part for part in (
        f"edition {info['parameter_set']}" if info.get("parameter_set") else "",
        f"data as of {info['as_of']}" if info.get("as_of") else "") if part)
    text = f"{' and '.join(_authors(facts))}{f' ({year})' if year else ''}. {info.get('title') or 'Report'}"
    text += f" ({edition})" if edition else ""
    text += ". Report and data set."
    return text + (f" {facts['url']}" if facts.get("url") else "")


_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                   "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _tex(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in str(text))


def bibtex_key(info: dict) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "_", str(info.get("parameter_set") or info.get("as_of") or "report"))
    return f"nevreport_{name.strip('_')}"


def bibtex(info: dict, facts: dict | None = None) -> str:
    """The citation of an edition as a BibTeX @misc entry (special characters escaped, title case kept)."""
    facts = facts or project()
    fields = [("author", "{" + " and ".join(f"{{{_tex(a)}}}" for a in _authors(facts)) + "}"),
              ("title", f"{{{{{_tex(info.get('title') or 'Report')}}}}}")]
    if info.get("parameter_set"):
        fields.append(("edition", f"{{{_tex(info['parameter_set'])}}}"))
    if year := _year(info):
        fields.append(("year", f"{{{year}}}"))
    if info.get("as_of"):
        fields.append(("note", f"{{Data as of {_tex(info['as_of'])}; report and data set}}"))
    if facts.get("url"):
        fields.append(("url", f"{{{facts['url']}}}"))
        fields.append(("howpublished", f"{{\\url{{{facts['url']}}}}}"))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@misc{{{bibtex_key(info)},\n{body}\n}}"


def json_ld(info: dict, sources: list[dict] | None = None, facts: dict | None = None) -> str:
    """schema.org metadata of an edition: the Report and its Dataset, with the as-of date and the sources.

    Returned as JSON safe inside a <script type="application/ld+json"> data block ('<', '>' and '&' escaped).
    """
    facts = facts or project()
    licence = LICENCES.get(str(facts.get("license")), str(facts.get("license") or ""))
    authors = [{"@type": "Organization", "name": a} for a in _authors(facts)]
    based_on = [{"@type": "CreativeWork", "name": s.get("title") or s.get("publisher"), "url": s.get("url"),
                 "datePublished": s.get("published"),
                 "publisher": {"@type": "Organization", "name": s.get("publisher")}} for s in sources or []]
    edition = info.get("parameter_set") or ""
    report = {"@type": "Report", "@id": "#report", "name": info.get("title"),
              "description": info.get("subtitle") or None, "version": edition or None,
              "author": authors, "license": licence or None, "isBasedOn": based_on or None,
              "temporalCoverage": f"../{info['as_of']}" if info.get("as_of") else None,
              "dateCreated": info.get("generated") or None, "citation": citation(info, facts),
              "url": facts.get("url") or None, "hasPart": {"@id": "#data"}}
    dataset = {"@type": "Dataset", "@id": "#data", "name": f"{info.get('title')}: the data of edition {edition}",
               "description": "Every figure the edition uses, with its quote, interval, unit, period and source, "
                              "and every indicator with its formula and inputs.",
               "version": edition or None, "creator": authors, "license": licence or None,
               "temporalCoverage": f"../{info['as_of']}" if info.get("as_of") else None,
               "dateModified": info.get("generated") or None, "isBasedOn": based_on or None,
               "distribution": [{"@type": "DataDownload", "encodingFormat": "application/zip",
                                 "contentUrl": DATA_ZIP}],
               "isPartOf": {"@id": "#report"}}
    graph = {"@context": "https://schema.org",
             "@graph": [{k: v for k, v in node.items() if v is not None} for node in (report, dataset)]}
    text = json.dumps(graph, ensure_ascii=False, indent=1, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
