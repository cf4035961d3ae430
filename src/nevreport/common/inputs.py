"""Reading what contributors supply, within limits: confined paths, capped sizes, short excerpts, plain text.

Every file the data names (an article in SOURCES.csv) or the project holds (tables, the catalogue, parameter
files) is read through `read_capped`, which checks before reading a single byte that it is a regular file of
bounded size, inside the folder it belongs to when that is known (a symbolic link may not lead out of it).
Article names go through `article_path` first: a plain file name directly in data/raw/articles. So neither
`../../etc/passwd` nor a link to /dev/zero is ever opened, whichever command meets it first.

Text that reaches a number or a reader is checked by `unusual_character`: digits other than 0-9 (a Bengali
four looks like an eight) and invisible characters that change what a reader sees (a right-to-left override
shows "12" as "21") are refused with their code point and position. Messages quote values through `excerpt`,
which is short and shows control characters as escapes, whatever the value holds.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path

from nevreport.common import config
from nevreport.common.errors import Problem

# Generous for what the files hold (the articles are 2-7 KB, the tables and catalogue tens of KB), small
# enough that no file can exhaust memory or time before its checks run.
MAX_ARTICLE_BYTES = 1_000_000
MAX_TABLE_BYTES = 20_000_000
MAX_CATALOGUE_BYTES = 1_000_000
MAX_PARAMETER_BYTES = 64_000
MAX_NOTEBOOK_BYTES = 20_000_000
MAX_COLUMNS = 50  # a table header with more cells than this is not one of ours
MAX_YAML_DEPTH = 20
FAST_YAML_FROM = 4_000  # characters: the catalogue is read by libyaml's parser, a parameter set by PyYAML's
EXCERPT_CHARS = 40

ARTICLE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.txt")


class Refused(Exception):
    """A file that is not read: `message` says why, `fix` how to put it right."""

    def __init__(self, message: str, fix: str):
        super().__init__(message)
        self.message, self.fix = message, fix


def article_path(data_dir: Path, name: str) -> Path:
    """The path of the article `name` in data/raw/articles; Refused unless it is a plain file name there."""
    folder = config.raw_articles_dir(data_dir)
    if not ARTICLE_NAME.fullmatch(name) or ".." in name:
        why = ("names a file outside data/raw/articles" if "/" in name or "\\" in name or name.startswith(".")
               else "is not a plain article file name")
        raise Refused(f"the article name '{excerpt(name)}' {why}",
                      "name a file directly in data/raw/articles: letters, digits, '.', '_' or '-', ending in "
                      ".txt (no folders, no '..')")
    data = Path(data_dir).resolve()
    if data not in folder.resolve().parents:
        raise Refused("is in data/raw/articles, which is a symbolic link leading out of the data folder",
                      "make data/raw/articles a folder holding the articles themselves")
    return folder / name


def read_article_bytes(data_dir: Path, name: str) -> bytes:
    """The bytes of article `name`, confined to data/raw/articles and capped; Refused or FileNotFoundError."""
    return read_capped(article_path(data_dir, name), MAX_ARTICLE_BYTES, within=config.raw_articles_dir(data_dir))


def read_capped(path: Path, limit: int, within: Path | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, checked before anything is read.

    within: the folder the file must be in, after following symbolic links (None: anywhere, for a path typed
    on the command line). FileNotFoundError when there is no such file; Refused for anything else.
    """
    path = Path(path)
    try:
        resolved = path.resolve(strict=True)
    except FileNotFoundError:
        raise
    except (OSError, RuntimeError) as exc:  # a loop of symbolic links, or a folder that cannot be entered
        raise Refused(f"cannot be opened ({getattr(exc, 'strerror', None) or exc})",
                      "replace it by the file itself") from None
    if within is not None:
        folder = Path(within).resolve()
        if resolved.parent != folder and folder not in resolved.parents:
            raise Refused("is a symbolic link to a file outside its folder, which is never read",
                          f"replace the link by the file itself, saved in {Path(within).name}/")
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; O_NOFOLLOW: the path was resolved above.
        fd = os.open(resolved, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise Refused(f"cannot be read ({exc.strerror})", "check that it is a file and that you may read it") \
            from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise Refused("is a folder, not a file", "name the file itself")
        if not stat.S_ISREG(info.st_mode):
            raise Refused("is not a regular file (a device, pipe or socket), which is never read",
                          "replace it by a text file")
        if info.st_size > limit:
            raise Refused(f"is {info.st_size:,} bytes, more than the {limit:,} bytes such a file may hold",
                          "check that this is the right file; split or shorten it")
        chunks, size = [], 0
        while size <= limit:  # the size can change after fstat: never read more than the limit
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise Refused(f"holds more than the {limit:,} bytes such a file may hold",
                          "check that this is the right file; split or shorten it")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text(path: Path, shown: str, problems: list[Problem], what: str, within: Path | None = None,
              limit: int | None = None, item: str = "") -> str | None:
    """The file's text (a UTF-8 BOM is dropped), or None after recording in `problems` why it cannot be read.

    Read only when it is a regular file in `within` of at most `limit` bytes (see `read_capped`).
    """
    try:
        raw = read_capped(path, limit or MAX_TABLE_BYTES, within=within)
    except FileNotFoundError:
        problems.append(Problem(shown, None, item, f"the {what} is missing", f"create {shown}"))
        return None
    except Refused as exc:
        problems.append(Problem(shown, None, item, f"the {what} {exc.message}", exc.fix))
        return None
    if b"\0" in raw:
        problems.append(Problem(shown, None, item, f"the {what} is not UTF-8 text (byte {raw.index(0)} is NUL: a "
                                "binary file, or text saved as UTF-16)", "save it again as plain UTF-8 text"))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = f"byte {exc.start} is 0x{raw[exc.start]:02x}"
        how = "in a text editor: encoding UTF-8" if what == "article" else "in a spreadsheet: 'CSV UTF-8'"
        problems.append(Problem(shown, None, item, f"the {what} is not UTF-8 text ({byte})",
                                f"save it again as UTF-8 ({how})"))
        return None


# --- what messages show -------------------------------------------------------------------------------------

_INVISIBLE = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def excerpt(value, limit: int = EXCERPT_CHARS) -> str:
    """At most about `limit` characters of a value for a message, invisible characters escaped.

    Containers are described, not printed: a YAML alias can make a small file stand for a huge value.
    """
    if isinstance(value, dict):
        return f"a mapping of {len(value)} key(s)"
    if isinstance(value, list | tuple | set):
        return f"a list of {len(value)} item(s)"
    if isinstance(value, str):
        text = value
    elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 1000:
        # str() of a huge integer is slow (and Python refuses past 4300 digits)
        text = f"an integer of about {int(value.bit_length() * 0.30103):,} digits"
    else:
        text = repr(value)
    if len(text) > limit:
        text = f"{text[:limit // 2]}...{text[-limit // 4:]} ({len(text):,} characters)"
    return "".join(_shown(char) for char in text)


def _shown(char: str) -> str:
    if char in _INVISIBLE:
        return _INVISIBLE[char]
    if _UNUSUAL.match(char) and unicodedata.category(char) != "Nd":
        return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"
    return char


# --- characters that change what a reader sees ----------------------------------------------------------------

# Controls other than tab and line ends, format characters (bidirectional controls, zero-width spaces and
# joiners, soft hyphen, tag characters; the test checks this against the Unicode database), line and
# paragraph separators, lone surrogates, and decimal digits other than 0-9.
_UNUSUAL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]|(?![0-9])\\d"
)


def unusual_character(text: str, start: int = 0) -> tuple[int, str] | None:
    """The first character at or after `start` that a reader could misread, and what it is; None if none.

    The position is 0-based. The description names the character by code point and name and says why it
    is refused, e.g. "U+09EA BENGALI DIGIT FOUR ('৪'), a digit other than 0-9".
    """
    match = _UNUSUAL.search(text, start)
    if not match:
        return None
    char = match.group()
    code = f"U+{ord(char):04X}"
    category = unicodedata.category(char)
    if category == "Nd":
        return match.start(), (f"{code} {unicodedata.name(char, '')} ('{char}'), a digit other than 0-9 that "
                               f"reads as {unicodedata.digit(char)} but can look like another number")
    if category == "Cs":
        return match.start(), f"{code}, a lone surrogate, which is not a character at all"
    name = unicodedata.name(char, "") or {"\x00": "NUL"}.get(char, "a control character")
    if char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c":
        why = "an invisible control that changes the order in which text is displayed"
    elif category == "Cc":
        why = "a control character"
    else:
        why = "an invisible character that changes how text reads without being seen"
    return match.start(), f"{code} {name}, {why}"


def line_and_column(text: str, position: int) -> tuple[int, int]:
    """1-based line and column of a 0-based character position."""
    line = text.count("\n", 0, position) + 1
    return line, position - (text.rfind("\n", 0, position) + 1) + 1


# --- YAML ---------------------------------------------------------------------------------------------------


def load_yaml(text: str, dates_as_text: bool = False):
    """yaml.safe_load without aliases and without deep nesting (either can make a small file stand for a
    huge or endless value); a refused alias or depth is a yaml.YAMLError with the place it starts.

    `dates_as_text` keeps an unquoted date as the text written, so that a check sees "2024-1-5" or
    "2024-12-31 10:00" as typed instead of the date YAML would make of it.

    A file is read by libyaml's parser when PyYAML has it (ten times faster than PyYAML's own), after a pass
    over its events has found no alias, no nesting too deep and no character YAML refuses; anything else is
    read again by PyYAML's own parser, whose messages name the problem and its place.
    """
    import yaml

    fast = getattr(yaml, "CSafeLoader", None)
    # libyaml admits a tab where PyYAML refuses one, so a text with a tab is read by PyYAML alone; a short file
    # (a parameter set) gains nothing from the faster parser.
    if (fast is not None and len(text) >= FAST_YAML_FROM and "\t" not in text
            and not yaml.reader.Reader.NON_PRINTABLE.search(text)):
        try:
            if _plain_structure(text, fast):
                return _construct(fast, text, dates_as_text)
        except (yaml.YAMLError, RecursionError):
            pass  # read again below, for PyYAML's message
    return _construct(_checked_loader(), text, dates_as_text)


def _plain_structure(text: str, loader) -> bool:
    """Whether the document has no alias and no value nested MAX_YAML_DEPTH levels deep, from its events."""
    import yaml

    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            return False
        if isinstance(event, yaml.NodeEvent) and depth >= MAX_YAML_DEPTH:
            return False
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return True


def _checked_loader():
    """PyYAML's own safe loader, refusing an alias or deep nesting where it starts."""
    import yaml

    class Loader(yaml.SafeLoader):
        depth = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(
                    None, None, "an alias (*name) repeats another part of the file; this file does not use "
                    "anchors or aliases, write the value out instead", mark)
            if self.depth >= MAX_YAML_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(
                    None, None, f"values nested more than {MAX_YAML_DEPTH} levels deep", mark)
            self.depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return Loader


def _construct(base, text: str, dates_as_text: bool):
    """The document's value by the loader `base`, dates kept as text if asked, over-long whole numbers refused."""
    import yaml

    class Loader(base):
        if dates_as_text:
            yaml_implicit_resolvers = {
                first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
                for first, resolvers in base.yaml_implicit_resolvers.items()}

        def construct_yaml_int(self, node):
            try:
                return super().construct_yaml_int(node)
            except ValueError:  # Python reads at most 4,300 digits of a whole number
                raise yaml.constructor.ConstructorError(
                    None, None, f"a whole number of {len(node.value):,} characters, too long to read",
                    node.start_mark) from None

    Loader.add_constructor("tag:yaml.org,2002:int", Loader.construct_yaml_int)
    loader = Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def read_yaml(path: Path, limit: int, within: Path | None, shown: str, what: str, fix: str,
              dates_as_text: bool = False):
    """A YAML file read safely (size-capped, confined to `within`, no look-alike character, no alias), or a
    UserError naming the file, the line and the fix. `what` heads the error ("invalid parameter file"); `fix`
    is what to write when the YAML does not parse.

    FileNotFoundError is left to the caller, who knows what a missing file means.
    """
    import yaml

    from nevreport.common.errors import UserError

    def refused(line: int | None, message: str, how: str) -> UserError:
        return UserError(what, [Problem(shown, line, "", message, how)])

    try:
        text = read_capped(path, limit, within=within).decode("utf-8-sig")
    except Refused as exc:
        raise refused(None, exc.message, exc.fix) from None
    except UnicodeDecodeError as exc:
        raise refused(None, f"not UTF-8 text (byte {exc.start})", "save it again as UTF-8") from None
    found = unusual_character(text)
    if found:
        line, column = line_and_column(text, found[0])
        raise refused(line, f"holds {found[1]} at column {column}", "delete it, or type the digit as 0-9")
    try:
        return load_yaml(text, dates_as_text=dates_as_text), text
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        detail = str(getattr(exc, "problem", None) or exc.__class__.__name__)
        if "'\\t'" in detail:
            detail, fix = "a tab character where YAML allows only spaces", "replace each tab with spaces"
        elif "too long to read" in detail:
            fix = "write the number with at most 16 digits"
        raise refused(mark.line + 1 if mark else None, f"not valid YAML: {detail}", fix) from None
