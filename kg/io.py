"""Atomic output: a build writes into a sibling temp folder and swaps it into place at the end."""
from __future__ import annotations

import ctypes
import os
import shutil
import sys
import tempfile
from pathlib import Path


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE). False where unsupported,
    and the caller falls back to two renames (with a moment in which ``b`` is missing)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return rc == 0


def write_tree(out_dir: Path, files: dict[str, str | bytes]) -> None:
    """Write ``files`` (relative path -> content) as the new ``out_dir``; the old one stays until the swap."""
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    # leftovers of builds killed before their swap (one build writes a given folder at a time)
    for stale in list(out_dir.parent.glob(f".{out_dir.name}.tmp-*")) + list(out_dir.parent.glob(f".{out_dir.name}.old-*")):
        shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        for rel, content in sorted(files.items()):
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                path.write_text(content, encoding="utf-8")
            else:
                path.write_bytes(content)
        keep = out_dir / ".gitkeep"
        if keep.exists():
            (tmp / ".gitkeep").write_bytes(b"")
        cache = out_dir / ".cache"  # the record cache outlives builds
        if cache.is_dir() and ".cache" not in {Path(r).parts[0] for r in files}:
            os.replace(cache, tmp / ".cache")
        if out_dir.exists():
            if exchange(tmp, out_dir):  # one atomic step: tmp now holds the previous output
                shutil.rmtree(tmp, ignore_errors=True)
            else:
                old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
                os.replace(out_dir, old)
                os.replace(tmp, out_dir)
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def atomic_write(path: Path, content: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(content)
    os.replace(tmp, path)
