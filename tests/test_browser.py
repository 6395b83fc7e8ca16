"""The network page in a real browser: headless Chromium, networking blocked, from disk."""
import re
import shutil
import subprocess

import pytest

from kg.pipeline import write

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (Debian package chromium)")
# Flags that work offline here: no background networking, no component updates, every host
# resolved to nowhere so that any outside request would fail (and show in the net log).
BROWSER_OWN = r"https?://(accounts\.google\.com|[a-z0-9.-]+\.googleapis\.com|clients\d*\.google\.com)/"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
         "--virtual-time-budget=8000", "--window-size=1280,900"]


def chromium(tmp_path, url, *extra):
    profile = tmp_path / "profile"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                          capture_output=True, text=True, timeout=120)


def test_page_draws_offline_without_errors(sample_build, tmp_path):
    out = tmp_path / "out"
    write(sample_build, out)
    page = out / "network.html"
    netlog = tmp_path / "net.json"
    for attempt in range(2):
        res = chromium(tmp_path / f"try{attempt}", page.as_uri(), "--dump-dom", f"--log-net-log={netlog}")
        drawn = re.search(r'data-drawn="(\d+)"', res.stdout)
        # Once, in CI on a loaded machine, Chromium's first start of the run dumped the DOM before
        # the page's script had run (nothing in its log); it drew at once when started again.
        # A second start with a fresh profile is allowed for that; a page that does not draw fails both.
        if drawn:
            break
    assert drawn, res.stderr[-2000:]
    expected = int(re.search(r'data-nodes="(\d+)"', res.stdout).group(1))
    assert int(drawn.group(1)) == expected == sum(1 for _ in sample_build.files["centrality.csv"].splitlines()
                                                  if _.startswith("all,"))
    # the page logs nothing at all to the console (an uncaught error or console.error would show here)
    console = [ln for ln in res.stderr.splitlines() if ":CONSOLE" in ln]
    assert console == []
    urls = set(re.findall(r'"url":"(https?://[^"]+)"', netlog.read_text(encoding="utf-8")))
    # Chromium's own service calls (sign-in, component updates) are the browser's, not the page's
    urls = {u for u in urls if not re.match(BROWSER_OWN, u)}
    assert urls == set(), urls
    shot = tmp_path / "network.png"
    chromium(tmp_path, page.as_uri(), f"--screenshot={shot}")
    assert shot.exists() and shot.stat().st_size > 10_000
    shutil.copy(shot, out / "network.png")
