"""The web sites of every publisher the tables name (data/publishers.csv), to tell whether a link is theirs."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from nevreport.common import config
from nevreport.common.errors import Problem
from nevreport.curate.schema import PUBLISHERS

_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def host_of(url: str) -> str:
    """The host of a web address, lowercase, without a leading "www."."""
    try:
        host = urlsplit(str(url).strip()).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def link_belongs(url: str, domains) -> bool:
    """Whether a web address lies on one of the domains or a subdomain of one (en.people.cn on people.cn)."""
    host = host_of(url)
    return bool(host) and any(host == d or host.endswith("." + d) for d in domains)


def load_publishers(data_dir: Path = config.DATA_DIR, problems: list[Problem] | None = None) -> dict:
    """data/publishers.csv as {publisher: (domain, ...)}; {} when the file is absent.

    Problems (a missing column, a publisher listed twice, a domain that is not a host name) are added to
    `problems` when given; rows with a problem are left out.
    """
    path = PUBLISHERS.path(data_dir)
    if not path.exists():
        return {}
    found: list[Problem] = []
    table = PUBLISHERS.read(data_dir, found)
    publishers: dict[str, tuple[str, ...]] = {}
    for line, row in table.rows if table else []:
        name, domains = row["publisher"].strip(), tuple(row["domains"].lower().split())
        if not name or not domains:
            table.report(line, name, "publisher or domains is empty",
                         "write the publisher as the tables name it and the domains its pages are on, e.g. "
                         "'Shanghai Daily,shine.cn'")
            continue
        if name in publishers:
            table.report(line, name, "the publisher is listed twice", "keep one row and put every domain in it")
            continue
        bad = [d for d in domains if not _DOMAIN.match(d)]
        if bad:
            table.report(line, name, f"'{bad[0]}' is not a domain name",
                         "give host names separated by spaces, without http:// or a path, e.g. people.cn")
            continue
        publishers[name] = domains
    if problems is not None:
        problems.extend(found)
    return publishers
