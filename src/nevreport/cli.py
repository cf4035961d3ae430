"""The `nevreport` command: validate, extract, coverage, propose, add, accept, indicators, build, dictionary.

Each command is one call into the stage that does the work (nevreport.pipeline for checking data and
computing indicators). Heavy libraries are imported inside each command so that `nevreport build` with
nothing to do answers in a fraction of a second.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nevreport.common import config
from nevreport.common.errors import UserError
from nevreport.common.project import check_working_folder


def _cmd_validate(args: argparse.Namespace) -> int:
    from nevreport import pipeline
    from nevreport.common.errors import problem_lines

    warnings: list = []
    problems, summary = pipeline.check(Path(args.data_dir), warnings=warnings)
    for line in problem_lines(problems):
        print(line, file=sys.stderr)
    if problems:
        print(f"validate: {len(problems)} problem(s) found in {args.data_dir}; nothing was changed.", file=sys.stderr)
        return 1
    # Warnings do not fail: the rows stay, and the report shows each finding beside its row.
    for line in problem_lines(warnings):
        print(f"warning: {line}", file=sys.stderr)
    print(summary)
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from nevreport.ingest.extract import write_mentions_csv

    return write_mentions_csv([Path(f) for f in args.files], sys.stdout)


def _cmd_coverage(args: argparse.Namespace) -> int:
    from nevreport.curate.coverage import run_coverage

    return run_coverage(Path(args.data_dir), sys.stdout)


def _cmd_propose(args: argparse.Namespace) -> int:
    from nevreport.curate.propose import write_proposals

    return write_proposals(Path(args.file), sys.stdout, data_dir=Path(args.data_dir), notes=sys.stderr)


def _cmd_add(args: argparse.Namespace) -> int:
    from nevreport.curate.intake import add_article

    return add_article(Path(args.file), publisher=args.publisher, title=args.title, url=args.url,
                       published=args.published, data_dir=Path(args.data_dir),
                       review=Path(args.review) if args.review else None, out=sys.stdout)


def _cmd_accept(args: argparse.Namespace) -> int:
    from nevreport.curate.intake import accept_review

    return accept_review(Path(args.file), Path(args.data_dir), out=sys.stdout, err=sys.stderr)


def _cmd_indicators(args: argparse.Namespace) -> int:
    from nevreport import pipeline
    from nevreport.indicators.io import write_table_csv

    write_table_csv(pipeline.run(args.as_of, Path(args.data_dir)).indicators, sys.stdout)
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from nevreport.publish.build import build_reports

    return build_reports(
        names=args.params or None,
        force=args.force,
        jobs=args.jobs,
    )


def _cmd_preview(args: argparse.Namespace) -> int:
    from nevreport.publish.preview import serve

    return serve(args.edition, args.port)


def _cmd_dictionary(args: argparse.Namespace) -> int:
    from nevreport.dictionary import write_dictionary

    return write_dictionary(Path(args.data_dir), check=args.check)


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of parallel builds. Fix: give a whole number, "
                                         "1 or more (or 0, the default: one per core)")
    return jobs


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nevreport",
        description="China's and Shanghai's new-energy-vehicle industry, from figures stated in news articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("validate", help="check data/figures.csv against the articles and the vocabularies")
    p.add_argument("--data-dir", default=str(config.DATA_DIR), help="data folder (default: %(default)s)")
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("extract", help="list every numeric mention in article files as CSV")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("coverage", help="prove every numeric mention in the articles is a figure or ignored")
    p.add_argument("--data-dir", default=str(config.DATA_DIR), help="data folder (default: %(default)s)")
    p.set_defaults(func=_cmd_coverage)

    p = sub.add_parser("propose", help="candidate data/figures.csv rows for a new article")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--data-dir", default=str(config.DATA_DIR), help="data folder (default: %(default)s)")
    p.set_defaults(func=_cmd_propose)

    p = sub.add_parser("add", help="save a new article, list it and draft its review file")
    p.add_argument("file", metavar="FILE", help="the article as plain UTF-8 text")
    p.add_argument("--publisher", required=True, help="who published it, e.g. Xinhua")
    p.add_argument("--title", required=True, help="its headline")
    p.add_argument("--url", required=True, help="its web address")
    p.add_argument("--published", required=True, metavar="YYYY-MM-DD", help="its publication date")
    p.add_argument("--review", help="where to write the review file (default: review/<article>.csv)")
    p.add_argument("--data-dir", default=str(config.DATA_DIR), help="data folder (default: %(default)s)")
    p.set_defaults(func=_cmd_add)

    p = sub.add_parser("accept", help="check a reviewed file and append its rows to the data, or change nothing")
    p.add_argument("file", metavar="REVIEW", help="the review file `nevreport add` wrote, once checked")
    p.add_argument("--data-dir", default=str(config.DATA_DIR), help="data folder (default: %(default)s)")
    p.set_defaults(func=_cmd_accept)

    p = sub.add_parser("indicators", help="compute the indicators known at a date, as CSV")
    p.add_argument("--as-of", required=True, help="ISO date, e.g. 2024-12-31")
    p.add_argument("--data-dir", default=str(config.DATA_DIR), help="data folder (default: %(default)s)")
    p.set_defaults(func=_cmd_indicators)

    p = sub.add_parser("build", help="build the report of every parameter set under params/")
    p.add_argument("params", nargs="*", metavar="NAME", help="parameter sets to build (default: all)")
    p.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    p.add_argument("--jobs", type=_jobs, default=0, help="parallel builds (default: one per core)")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("preview", help="serve one edition on 127.0.0.1, rebuilt and reloaded on every save")
    p.add_argument("edition", nargs="?", default="latest", help="parameter set to preview (default: latest)")
    p.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    p.set_defaults(func=_cmd_preview)

    p = sub.add_parser("dictionary", help="rewrite the column tables of data/DICTIONARY.md from the declarations")
    p.add_argument("--check", action="store_true", help="only say whether they are up to date (exit 1 if not)")
    p.add_argument("--data-dir", default=str(config.DATA_DIR), help="data folder (default: %(default)s)")
    p.set_defaults(func=_cmd_dictionary)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        check_working_folder()
        return args.func(args)
    except UserError as exc:
        print(f"nevreport {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"nevreport {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
