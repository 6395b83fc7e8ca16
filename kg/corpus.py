"""Find and read the pages of a corpus folder: manifest, dates, encodings, bad files.

Nothing here raises for one bad page: each problem becomes a warning that names
the file (and the manifest line), and the page is skipped or repaired.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from .dates import date_from_filename, date_from_masthead, parse_iso

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "sample"  # the bundled sample issues
MANIFEST = "manifest.csv"
REQUIRED_COLUMNS = ("file",)
TEXT_SUFFIXES = (".txt", ".md")
MAX_BYTES = 50 * 1024 * 1024  # a single OCR page is kilobytes; beyond this it is no page


@dataclass
class PageSource:
    path: Path
    file: str
    paper: str | None = None
    issue_date: dt.date | None = None
    home: str = ""
    parent: str | None = None
    province: str | None = None
    manifest_line: int | None = None


@dataclass
class Problem:
    file: str
    message: str
    line: int | None = None
    level: str = "warning"  # warning: repaired or partly read; error: page skipped

    def as_dict(self) -> dict:
        d = {"file": self.file, "level": self.level, "message": self.message}
        if self.line is not None:
            d["line"] = self.line
        return d

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.message}"


@dataclass
class Corpus:
    root: Path
    pages: list[PageSource] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class CorpusError(Exception):
    """The corpus as a whole cannot be read (missing folder)."""


def read_manifest(path: Path, problems: list[Problem]) -> dict[str, PageSource]:
    rows: dict[str, PageSource] = {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(path.name, f"manifest unreadable: {exc}", level="error"))
        return rows
    root = path.parent
    reader = csv.DictReader(text.splitlines())
    cols = reader.fieldnames or []
    missing = [c for c in REQUIRED_COLUMNS if c not in cols]
    if missing:
        problems.append(Problem(path.name, f"manifest lacks column(s) {', '.join(missing)}; ignoring it",
                                line=1, level="error"))
        return rows
    for k, row in enumerate(reader, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            problems.append(Problem(path.name, "row without a file name", line=k))
            continue
        src = PageSource(root / name, name, paper=(row.get("paper") or "").strip() or None,
                         home=(row.get("home") or "").strip(), parent=(row.get("parent") or "").strip() or None,
                         province=(row.get("province") or "").strip() or None, manifest_line=k)
        raw_date = (row.get("issue_date") or "").strip()
        if raw_date:
            src.issue_date = parse_iso(raw_date)
            if src.issue_date is None:
                problems.append(Problem(path.name, f"bad issue_date {raw_date!r} for {name}", line=k))
        rows[name] = src
    return rows


def discover(root: Path) -> Corpus:
    """The pages of a corpus folder, with their metadata and the problems met."""
    root = Path(root)
    if not root.is_dir():
        raise CorpusError(f"{root}: no such corpus folder")
    corpus = Corpus(root)
    manifest = read_manifest(root / MANIFEST, corpus.problems) if (root / MANIFEST).exists() else {}
    # names, not Paths, are listed and sorted: comparing 5,600 Paths cost more than reading the folder
    with os.scandir(root) as entries:
        names = [e.name for e in entries if os.path.splitext(e.name)[1].lower() in TEXT_SUFFIXES and e.is_file()]
    present = set(names)
    for name, src in manifest.items():
        if name not in present:
            corpus.problems.append(Problem(MANIFEST, f"names {name}, which is not in the corpus folder",
                                           line=src.manifest_line, level="error"))
    # pages the manifest names come first (in its order), so that of two identical files
    # the one with metadata is kept; then the others by name
    order = {name: i for i, name in enumerate(manifest)}
    names.sort(key=lambda n: (order.get(n, len(order)), n))
    for name in names:
        src = manifest.get(name) or PageSource(root / name, name)
        if src.issue_date is None:
            src.issue_date = date_from_filename(name)
        corpus.pages.append(src)
    return corpus


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of a page: UTF-8 (with or without BOM), UTF-16, else detected."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnicodeDecodeError("unknown", data, 0, len(data), "no encoding fits")
    return str(best), best.encoding


def read_page(src: PageSource, problems: list[Problem], known: dict | None = None) -> tuple[str | None, dict] | None:
    """The page's text and provenance, or None (with a problem) when it cannot be read.

    ``known``: what an earlier read of the unchanged file found (its provenance, and the
    masthead date where the issue date came from there); the file is then not read again, the
    text is None, and the same problems are reported."""
    if known is not None:
        if src.issue_date is None and known.get("masthead"):
            src.issue_date = dt.date.fromisoformat(known["masthead"])
        _metadata_problems(src, problems)
        return None, {k: known[k] for k in ("sha256", "encoding", "bytes")}
    try:
        size = src.path.stat().st_size
        if size > MAX_BYTES:
            problems.append(Problem(src.file, f"{size} bytes is too large for one page; skipped", level="error"))
            return None
        data = src.path.read_bytes()
    except OSError as exc:
        problems.append(Problem(src.file, f"unreadable: {exc}", level="error"))
        return None
    if not data.strip():
        problems.append(Problem(src.file, "empty page; skipped", level="error"))
        return None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(Problem(src.file, "binary file, not text; skipped", level="error"))
        return None
    try:
        text, enc = decode(data)
    except UnicodeDecodeError as exc:
        problems.append(Problem(src.file, f"undecodable bytes at offset {exc.start}; skipped", level="error"))
        return None
    if src.issue_date is None:
        src.issue_date = date_from_masthead(text)
    _metadata_problems(src, problems)
    return text, {"sha256": hashlib.sha256(data).hexdigest(), "encoding": enc, "bytes": len(data)}


def _metadata_problems(src: PageSource, problems: list[Problem]) -> None:
    if src.issue_date is None:
        problems.append(Problem(src.file, "issue date unknown (no manifest row, file-name date or masthead); "
                                          "events on this page cannot be dated"))
    if not src.home:
        problems.append(Problem(src.file, "home place unknown (no manifest row); 县委/市委 cannot be resolved"))
