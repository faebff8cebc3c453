"""A published release (`tracker publish`) served by a plain file server, in Chromium.

The folder is served by `python -m http.server` from its parent, so it sits under a
path of its own as on any static host; nothing of the app runs.
"""

import re
import subprocess
import sys

import pytest

from tests.browser.conftest import open_popup
from tests.test_cli import run

DATE = "2026-01-27"


def serve_folder(root):
    """Start `python -m http.server` on `root`; return (process, base URL)."""
    server = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1"],
                              cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    port = re.search(r"port (\d+)", server.stdout.readline()).group(1)
    return server, f"http://127.0.0.1:{port}"


@pytest.fixture
def file_server(tmp_path):
    """A plain file server over tmp_path/site; yields (folder, base URL)."""
    site = tmp_path / "site"
    site.mkdir()
    server, base = serve_folder(site)
    yield site, base
    server.terminate()
    server.wait(timeout=10)
    server.stdout.close()


@pytest.fixture
def release(runner, data_dir, file_server):
    """Publish the test data into site/release/; yields (folder, its URL)."""
    site, base = file_server
    result = run(runner, "publish", site / "release", "--date", DATE, "--data", data_dir)
    assert result.exit_code == 0, result.output
    return site / "release", f"{base}/release"


@pytest.fixture
def static_page(browser, file_server):
    """A page that may reach only the file server, failing the test on a console error."""
    _, base = file_server
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors, elsewhere = [], []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
               else (elsewhere.append(route.request.url), route.abort()))
    yield page
    context.close()
    assert errors == [] and elsewhere == []


def listed(page):
    return dict(page.eval_on_selector_all(
        "#posture-list [data-facility]", "items => items.map(i => [i.dataset.facility, i.dataset.status])"))


def test_the_published_map_works_from_a_plain_file_server(static_page, release, client):
    page, (_, url) = static_page, release
    page.goto(f"{url}/index.html")
    page.wait_for_selector("#posture-list[data-ready]")
    expected = client.get(f"/api/posture?date={DATE}").json["features"]
    assert listed(page) == {f["id"]: f["properties"]["status"] for f in expected}
    # The slider moves through the whole record, as live.
    page.focus("#date-slider")
    page.keyboard.press("Home")
    assert page.text_content("#date-label") == "2024-12-13"
    assert sorted(listed(page)) == ["ain-issa", "hisyah"]
    page.keyboard.press("End")
    assert listed(page)["hmeimim-air-base"] == "reinforced"
    # A popup reads its facility's file; its link leads to the published facility page.
    popup = open_popup(page, "hmeimim-air-base")
    assert popup.locator(".popup-title").text_content() == "Hmeimim air base"
    popup.locator("a", has_text="Full history").click()
    page.wait_for_selector(".facility-page")
    assert page.url.startswith(f"{url}/facilities/hmeimim-air-base.html")
    assert page.locator(".timeline .entry").count() == 2
    assert "Sign in" not in page.text_content("header")
    page.click("text=← The map on")
    page.wait_for_selector("#posture-list[data-ready]")


def test_the_release_files_and_its_manifest(release):
    folder, _ = release
    assert (folder / f"data/posture-{DATE}.gpkg").exists() and (folder / f"data/posture-{DATE}.kml").exists()
    check = subprocess.run(["sha256sum", "--check", "--strict", "MANIFEST.sha256"], cwd=folder,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    listed_files = {line.split("  ", 1)[1] for line in (folder / "MANIFEST.sha256").read_text().splitlines()}
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert listed_files == on_disk - {"MANIFEST.sha256"}
    (folder / "facilities/amuda.html").write_text("changed", encoding="utf-8")
    tampered = subprocess.run(["sha256sum", "--check", "--quiet", "MANIFEST.sha256"], cwd=folder,
                              capture_output=True, text=True)
    assert tampered.returncode == 1 and "facilities/amuda.html: FAILED" in tampered.stdout


def embedding_page(site, src):
    (site / "article.html").write_text(
        f'<!doctype html><title>Article</title><iframe id="embed" src="{src}" width="900" height="600"></iframe>',
        encoding="utf-8")


def test_the_release_embeds_in_an_iframe_from_another_origin(static_page, release, file_server):
    page, (_, url) = static_page, release
    site, base = file_server
    # The article is on another origin: localhost, where the release is on 127.0.0.1.
    article = base.replace("127.0.0.1", "localhost")
    embedding_page(site, f"{url}/index.html")
    page.route(f"{article}/**", lambda route: route.continue_())
    page.goto(f"{article}/article.html")
    frame = page.frame_locator("#embed")
    frame.locator("#posture-list[data-ready]").wait_for()
    assert frame.locator("[data-facility]").count() == 6


def test_a_release_framed_by_a_page_its_publisher_did_not_choose_says_so(
        runner, data_dir, browser, file_server):
    site, base = file_server
    result = run(runner, "publish", site / "release", "--date", DATE, "--data", data_dir,
                 "--embed-from", "https://news.example")
    assert result.exit_code == 0, result.output
    assert "frame-ancestors https://news.example" in (site / "release" / "_headers").read_text()
    embedding_page(site, f"{base}/release/index.html")
    page = browser.new_page()
    page.goto(f"{base.replace('127.0.0.1', 'localhost')}/article.html")
    frame = page.frame_locator("#embed")
    frame.locator("body", has_text="may be embedded only from https://news.example").wait_for()
    assert frame.locator("#posture-list[data-ready]").count() == 0
    # Opened directly, the same release works.
    page.goto(f"{base}/release/index.html")
    page.wait_for_selector("#posture-list[data-ready]")
    page.close()
