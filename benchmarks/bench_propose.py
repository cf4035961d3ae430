"""How much of `nevreport propose` a reviewer must correct, on articles nobody tuned it on.

    python benchmarks/bench_propose.py [--articles DIR [--expected CSV] [--second CSV]] [--held-out]

Two sets of articles, none of them in the corpus, each with expected.csv: for each of their numbers, the row a
careful reviewer writes (claim=yes) or why it is not a claim (claim=no).
- tests/fixtures/new_articles: the development set, in the styles of the news (association monthly releases,
  export reports, city and district statistics, company sales, outlooks, expo stories, a port operator's
  shipments); the reading's rules are written against it.
- tests/fixtures/heldout_articles: the held-out set, written before the rules and not read while writing them;
  only its shares are printed (--held-out), never its rows, so that it stays a measurement.
A set kept outside the project (`make bench-propose ARTICLES=DIR [EXPECTED=CSV]`) is measured the same way: DIR
holds the articles and their SOURCES.csv rows, the expected rows are DIR/expected.csv unless named.
With --second, a second reviewer's rows for the same numbers, written apart from the first's, are scored against
the first's the same way (no proposal involved): how far two people applying the written rules agree; and the
proposals are counted right by either reviewer when they equal the second's row where the two differ.
Each article is added to a copy of data/ as step 1 of "Adding an article" does, then proposed. A field "needs
no correction" when the proposal equals the reviewer's; a row needs no correction when all five fields do.
measure_proposals() returns the shares (the main benchmark folds them in); run as a script it prints them, the
rows that needed a correction (development set only), then a JSON line.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "new_articles"
HELD_OUT = ROOT / "tests" / "fixtures" / "heldout_articles"
FIELDS = ("entity", "metric", "period", "status", "qualifier")


def add_articles(data: Path, fixtures: Path = FIXTURES) -> list[Path]:
    """Save each fixture article into data/raw/articles and its row into SOURCES.csv (step 1 of the loop)."""
    articles = data / "raw" / "articles"
    with open(fixtures / "SOURCES.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with open(articles / "SOURCES.csv", "a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        for row in rows:
            shutil.copyfile(fixtures / row["file"], articles / row["file"])
            writer.writerow(list(row.values()))
    return [articles / row["file"] for row in rows]


def expected_rows(fixtures: Path = FIXTURES, expected: Path | None = None) -> list[dict[str, str]]:
    with open(expected or fixtures / "expected.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _position(text: str, row: dict[str, str]) -> int:
    return text.index(row["context"]) + row["context"].index(row["stated"])


def same_field(name: str, proposed: str, expected: str) -> bool:
    """Whether a reviewer would keep a proposed field: the same text, or for a period the same span written
    another way ("2021-Q2" and "2021-04/2021-06" are the same months)."""
    if proposed == expected:
        return True
    if name != "period":
        return False
    from nevreport.common.dates import period_bounds

    try:
        return period_bounds(proposed) == period_bounds(expected)
    except ValueError:
        return False


def compare(data: Path, fixtures: Path = FIXTURES, expected_csv: Path | None = None,
            second_csv: Path | None = None) -> dict:
    """Propose every fixture article in `data` (already added) and score the proposals against expected.csv.
    With `second_csv`, a second reviewer's rows for the same numbers: a row is also counted "right by either
    reviewer" when all five fields equal the second reviewer's, where the two reviewers read the rules apart."""
    from nevreport.curate.propose import propose_rows

    expected = expected_rows(fixtures, expected_csv)
    other = expected_rows(fixtures, second_csv) if second_csv else []
    either = 0
    proposed, non_claims, corrections, missed, rows_ok, not_claims, restated = 0, 0, [], [], 0, [], 0
    correct = dict.fromkeys(FIELDS, 0)
    picked = dict.fromkeys(FIELDS, 0)  # fields right, or right among the choices offered beside them
    matched = rows_picked = 0
    for article in sorted({row["article"] for row in expected}):
        text = (data / "raw" / "articles" / article).read_text(encoding="utf-8")
        by_position = {_position(text, row): row for row in expected if row["article"] == article}
        second = {_position(text, row): row for row in other if row["article"] == article}
        seen = set()
        for proposal in propose_rows(article, text, data):
            if not proposal.row:
                continue
            proposed += 1
            want = by_position.get(proposal.mention.start)
            if want is None or want["claim"] != "yes":
                non_claims += 1
                not_claims.append((article, proposal.mention.text))
                continue
            seen.add(proposal.mention.start)
            matched += 1
            wrong = {f: (proposal.row[f], want[f]) for f in FIELDS if not same_field(f, proposal.row[f], want[f])}
            offered = {f for f in wrong if any(same_field(f, other, want[f]) for other in proposal.choices.get(f, ()))}
            for name in FIELDS:
                correct[name] += name not in wrong
                picked[name] += name not in wrong or name in offered
            rows_picked += set(wrong) <= offered
            alternative = second.get(proposal.mention.start, {})
            either += not wrong or (alternative.get("claim") == "yes" and all(
                same_field(f, proposal.row[f], alternative[f]) for f in FIELDS))
            if wrong:
                corrections.append((article, want["stated"], {f: (*pair, f in offered) for f, pair in wrong.items()}))
            else:
                rows_ok += 1
        claims = [(at, row) for at, row in sorted(by_position.items()) if row["claim"] == "yes"]
        missed += [(article, row["stated"]) for at, row in claims if at not in seen]
        # The same figure stated again in the same words is covered by its first row (nevreport.curate.propose).
        same = ("stated", *FIELDS)
        restated += sum(1 for i, (at, row) in enumerate(claims) if at not in seen
                        and any(all(row[f] == earlier[f] for f in same) for _, earlier in claims[:i]))
    fields_total = matched * len(FIELDS)
    return {
        "propose_articles": len({row["article"] for row in expected}),
        "propose_rows": proposed,
        "propose_claims_expected": sum(row["claim"] == "yes" for row in expected),
        "propose_claims_missed": len(missed),
        "propose_claims_missed_restated": restated,
        "propose_not_claims_share": round(non_claims / proposed, 3) if proposed else 0.0,
        "propose_rows_ok_share": round(rows_ok / matched, 3) if matched else 0.0,
        **{f"propose_{name}_ok_share": round(correct[name] / matched, 3) if matched else 0.0 for name in FIELDS},
        "propose_rows_picked_share": round(rows_picked / matched, 3) if matched else 0.0,
        **{f"propose_{name}_picked_share": round(picked[name] / matched, 3) if matched else 0.0 for name in FIELDS},
        "propose_fields_corrected_share": round(1 - sum(correct.values()) / fields_total, 3) if fields_total else 1.0,
        **({"propose_rows_either_share": round(either / matched, 3) if matched else 0.0} if second_csv else {}),
        "corrections": corrections,
        "missed": missed,
        "not_claims": not_claims,
    }


def agreement(folder: Path, first_csv: Path, second_csv: Path) -> dict:
    """Two reviewers' rows for the same articles, the second scored against the first as compare() scores a
    proposal: rows both call claims with all five fields the same, each field's share, and numbers one calls
    a claim and the other not."""
    def by_position(path: Path) -> dict[tuple[str, int], dict[str, str]]:
        rows = expected_rows(folder, path)
        texts = {a: (folder / a).read_text(encoding="utf-8") for a in {row["article"] for row in rows}}
        return {(row["article"], _position(texts[row["article"]], row)): row for row in rows}

    first, second = by_position(first_csv), by_position(second_csv)
    both = [at for at, row in first.items() if row["claim"] == "yes" and second.get(at, {}).get("claim") == "yes"]
    same = {name: sum(same_field(name, first[at][name], second[at][name]) for at in both) for name in FIELDS}
    rows_same = sum(all(same_field(name, first[at][name], second[at][name]) for name in FIELDS) for at in both)
    disputed = [at for at in first.keys() | second.keys()
                if first.get(at, {}).get("claim") != second.get(at, {}).get("claim")]
    return {
        "agreement_claims_both": len(both),
        "agreement_rows_share": round(rows_same / len(both), 3) if both else 0.0,
        **{f"agreement_{name}_share": round(same[name] / len(both), 3) if both else 0.0 for name in FIELDS},
        "agreement_claim_disputed": len(disputed),
    }


def format_agreement(result: dict) -> str:
    shares = ", ".join(f"{name} {result[f'agreement_{name}_share']:.0%}" for name in FIELDS)
    return (f"two reviewers, each other's rows: {result['agreement_claims_both']} numbers both call claims, "
            f"{result['agreement_rows_share']:.0%} with all five fields the same; each field the same: {shares}; "
            f"{result['agreement_claim_disputed']} numbers a claim for one and not for the other")


def measure_proposals(fixtures: Path = FIXTURES, expected_csv: Path | None = None,
                      second_csv: Path | None = None) -> dict:
    """compare() on a temporary copy of data/ with the fixture articles added."""
    with tempfile.TemporaryDirectory(prefix="nevreport-propose-") as folder:
        data = Path(folder) / "data"
        shutil.copytree(ROOT / "data", data)
        add_articles(data, fixtures)
        return compare(data, fixtures, expected_csv, second_csv)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=FIXTURES, help="folder with SOURCES.csv, expected.csv")
    parser.add_argument("--expected", type=Path, help="the expected rows, when not ARTICLES/expected.csv")
    parser.add_argument("--second", type=Path, help="a second reviewer's rows: print how far the two agree")
    parser.add_argument("--held-out", action="store_true", help="measure the held-out set; print only its shares")
    args = parser.parse_args()
    folder = HELD_OUT if args.held_out else args.articles
    for needed in (folder / "SOURCES.csv", args.expected or folder / "expected.csv"):
        if not needed.is_file():
            print(f"error: {needed}: no such file. Fix: --articles names a folder holding the articles, their "
                  "SOURCES.csv rows and expected.csv (or name the expected rows with --expected).", file=sys.stderr)
            return 2
    if args.second:
        if not args.second.is_file():
            print(f"error: {args.second}: no such file. Fix: --second names a second reviewer's expected rows.",
                  file=sys.stderr)
            return 2
        print(format_agreement(agreement(folder, args.expected or folder / "expected.csv", args.second)))
    result = measure_proposals(folder, args.expected, args.second)
    details = (result.pop("corrections"), result.pop("missed"), result.pop("not_claims"))
    if not args.held_out:
        for article, stated, wrong in details[0]:
            fixes = "; ".join(f"{name} {got!r} -> {want!r}{' (a choice)' if offered else ''}"
                              for name, (got, want, offered) in wrong.items())
            print(f"  {article} '{stated}': {fixes}")
        for article, stated in details[1]:
            print(f"  {article} '{stated}': not proposed")
        for article, stated in details[2]:
            print(f"  {article} '{stated}': proposed, but not a claim")
    print(("held-out " if args.held_out else "") + format_shares(result))
    print(json.dumps(result, sort_keys=True))
    return 0


def format_shares(result: dict) -> str:
    shares = ", ".join(f"{name} {result[f'propose_{name}_ok_share']:.0%}" for name in FIELDS)
    return (f"proposals on {result['propose_articles']} new articles: {result['propose_rows']} rows, "
            f"{result['propose_rows_ok_share']:.0%} need no correction (target at least 90%); each field right: "
            f"{shares} (target at least 90% each); not claims {result['propose_not_claims_share']:.0%} "
            f"(target at most 5%); claims not "
            f"proposed {result['propose_claims_missed']} of {result['propose_claims_expected']}"
            f" ({result['propose_claims_missed_restated']} of them stated again, covered by their first row)"
            f"\nwith the choices offered beside each row: {result['propose_rows_picked_share']:.0%} of rows need no "
            f"correction or only a pick; each field right or among its choices: "
            + ", ".join(f"{name} {result[f'propose_{name}_picked_share']:.0%}" for name in FIELDS)
            + (f"\nright by either reviewer (all five fields equal to the first's or to the second's row): "
               f"{result['propose_rows_either_share']:.0%} of rows" if "propose_rows_either_share" in result else ""))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
