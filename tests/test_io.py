"""kg.io: the atomic swap of a built folder into place, the deletion of what it replaced, and freed memory handed back."""
import os
from pathlib import Path

import pytest

from kg import io as kio


def _folder(path, files: dict[str, str]):
    path.mkdir()
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def _tree(path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in path.iterdir() if p.is_file()}


def test_install_replaces_the_output_and_the_old_one_is_deleted_apart(tmp_path):
    out = _folder(tmp_path / "out", {"graph.ttl": "old", "gone.json": "old"})
    (out / ".cache").mkdir()
    (out / ".cache" / "entry").write_text("kept", encoding="utf-8")
    stage = _folder(tmp_path / ".out.tmp-1", {"graph.ttl": "new"})
    kio.install(stage, out)
    # the new output is whole at once; the record cache carried over
    assert _tree(out) == {"graph.ttl": "new"}
    assert (out / ".cache" / "entry").read_text(encoding="utf-8") == "kept"
    kio.settle()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # the previous output deleted


def test_two_installs_in_a_row_each_delete_their_old_output(tmp_path):
    out = _folder(tmp_path / "out", {"a": "0"})
    for i in (1, 2):
        kio.install(_folder(tmp_path / f".out.tmp-{i}", {"a": str(i)}), out)
    kio.settle()
    assert _tree(out) == {"a": "2"} and sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_discard_deletes_in_this_process_without_rm(tmp_path, monkeypatch):
    monkeypatch.setattr(kio.shutil, "which", lambda name: None)
    old = _folder(tmp_path / ".out.old-1", {"x": "1"})
    kio.discard(old)
    assert not old.exists()  # no deleter to wait for


@pytest.mark.skipif(os.name != "posix", reason="the detached deleter is POSIX only")
def test_a_folder_left_by_a_killed_deleter_goes_at_the_next_build(tmp_path):
    out = tmp_path / "out"
    left = _folder(tmp_path / ".out.old-99-1", {"x": "1"})
    stage = kio.new_stage(out)  # a build starting
    assert not left.exists() and stage.parent == tmp_path


@pytest.mark.skipif(not Path("/proc/self/statm").exists() or kio._malloc_trim() is None,
                    reason="measured through /proc, with glibc's malloc_trim")
def test_give_back_memory_returns_freed_heap():
    """Freed blocks between live ones stay resident until the heap is trimmed."""
    def rss() -> int:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    blocks = [bytes(2000) + bytes([i % 256]) for i in range(100_000)]  # 200 MB of malloc'd blocks
    keep = blocks[::10]
    del blocks
    before = rss()
    kio.give_back_memory()
    assert before - rss() > 50 << 20
    assert len(keep) == 10_000


@pytest.mark.parametrize("kernel", [True, False])
def test_copy_rest_appends_what_is_left_after_the_read_lines(tmp_path, monkeypatch, kernel):
    """The rest of a part (after the lines read from it) lands after what the output has, with the
    kernel's copy and without it (a system or file pair that cannot), and later writes follow it."""
    if not kernel:
        def refuse(*a, **k):
            raise OSError("not between these files")
        monkeypatch.setattr(os, "copy_file_range", refuse, raising=False)
    part = tmp_path / "part.ttl"
    body = "".join(f"<s{i}> <p> \"值 {i}\" .\n" for i in range(20_000)).encode("utf-8")
    part.write_bytes(b"@prefix a: <x#> .\n" + body)
    with open(tmp_path / "out.ttl", "wb") as out, open(part, "rb") as fh:
        out.write(b"head\n")
        assert fh.readline().startswith(b"@prefix")
        kio.copy_rest(fh, out)
        out.write(b"tail\n")
    assert (tmp_path / "out.ttl").read_bytes() == b"head\n" + body + b"tail\n"
