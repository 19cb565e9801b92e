"""SQLite on a network share: detected from /proc/self/mountinfo, said once, pointing to the server option."""
from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from delegation_planner.storage import database as storage_database
from delegation_planner.storage.database import mount_of, network_filesystem, network_filesystem_warning

ROOT = Path(__file__).resolve().parents[2]

# Shaped like a real /proc/self/mountinfo (fields, optional tags, " - ", type, source, options).
MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro
30 27 0:26 / /home rw,relatime shared:5 - ext4 /dev/sda2 rw
41 27 0:40 / /mnt/office rw,relatime shared:20 - nfs4 fileserver:/export/office rw,vers=4.2,addr=10.0.0.5
42 41 0:41 / /mnt/office/local-cache rw,relatime shared:21 - ext4 /dev/sdb1 rw
43 27 0:42 / /media/Bộ\040Ngoại\040giao rw,nosuid,nodev,relatime shared:22 - cifs //mofa/share rw,vers=3.1.1
44 30 0:43 / /home/chung/remote rw,nosuid,nodev,relatime shared:23 - fuse.sshfs chung@host:/srv rw,user_id=0
45 27 0:44 / /mnt/host rw,relatime - 9p hostshare rw,trans=virtio
46 27 0:45 / /mnt/officeplans rw,relatime - tmpfs tmpfs rw
47 27 0:46 / /srv/smb rw,relatime - smb3 //x/y rw
"""


@pytest.mark.parametrize("path,expected", [
    ("/mnt/office/trips/planner.sqlite3", "nfs4"),
    ("/mnt/office/planner.sqlite3", "nfs4"),
    ("/mnt/office/local-cache/planner.sqlite3", None),  # a local disk mounted inside the share
    ("/media/Bộ Ngoại giao/planner.sqlite3", "cifs"),  # \040 in mountinfo is a space
    ("/home/chung/remote/planner.sqlite3", "fuse.sshfs"),
    ("/home/chung/planner.sqlite3", None),
    ("/mnt/host/planner.sqlite3", "9p"),
    ("/mnt/officeplans/planner.sqlite3", None),  # a prefix of the name is not the mount point
    ("/srv/smb/a.sqlite3", "smb3"),
    ("/planner.sqlite3", None),
], ids=lambda v: str(v))
def test_network_file_systems_are_recognised(path, expected):
    assert network_filesystem(path, MOUNTINFO) == expected


def test_the_mount_point_is_the_longest_match_and_later_mounts_win():
    assert mount_of("/mnt/office/local-cache/x", MOUNTINFO) == ("/mnt/office/local-cache", "ext4")
    over = MOUNTINFO + "50 27 0:50 / /mnt/office rw - ext4 /dev/sdc1 rw\n"  # mounted over the share
    assert network_filesystem("/mnt/office/a.sqlite3", over) is None


@pytest.mark.parametrize("text", ["", "garbage\n", "1 2 3\n", "1 2 3:4 / /x rw\n", " - \n", "\x00\n"])
def test_odd_mountinfo_text_is_no_warning(text):
    assert network_filesystem("/mnt/office/a.sqlite3", text) is None


def test_warning_names_the_share_and_the_server_option():
    text = network_filesystem_warning("/mnt/office/planner.sqlite3", MOUNTINFO)
    assert text is not None and "\n" not in text
    assert "nfs4" in text and "postgresql+psycopg://" in text and "DELEGATION_PLANNER_DB" in text
    assert network_filesystem_warning("/home/chung/planner.sqlite3", MOUNTINFO) is None


def test_this_machine_tmp_is_local(tmp_path):
    assert network_filesystem(tmp_path / "planner.sqlite3") is None  # reads the real /proc/self/mountinfo


def test_unreadable_mountinfo_is_no_warning(monkeypatch, tmp_path):
    real_open = open

    def failing_open(path, *args, **kwargs):
        if str(path) == "/proc/self/mountinfo":
            raise PermissionError(13, "denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing_open)
    assert network_filesystem(tmp_path / "x.sqlite3") is None


def _share_mountinfo(folder: Path) -> str:
    return MOUNTINFO + f"60 27 0:60 / {folder} rw,relatime - nfs fileserver:/x rw\n"


@pytest.mark.sqlite_only
def test_open_database_on_a_share_warns_once(tmp_path, monkeypatch, caplog):
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(storage_database, "network_filesystem",
                        lambda path, mountinfo=None: network_filesystem(path, _share_mountinfo(share)))
    with caplog.at_level(logging.WARNING, logger="delegation_planner.storage.database"):
        db = storage_database.open_database(share / "planner.sqlite3")
    try:
        assert len(db.warnings) == 1 and "network share (nfs)" in db.warnings[0]
        assert [r.getMessage() for r in caplog.records if "network share" in r.getMessage()] == db.warnings
    finally:
        db.dispose()
    local = storage_database.open_database(tmp_path / "local.sqlite3")
    try:
        assert local.warnings == []
    finally:
        local.dispose()


@pytest.mark.sqlite_only
def test_cli_prints_the_warning_on_stderr_and_still_works(tmp_path):
    """The real entry point, with /proc/self/mountinfo answered by a sitecustomize: one warning line
    naming the server option on stderr, the command's output on stdout, exit 0."""
    share = tmp_path / "share"
    share.mkdir()
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "from delegation_planner.storage import database as d\n"
        f"_text = {_share_mountinfo(share)!r}\n"
        "_real = d.network_filesystem\n"
        "d.network_filesystem = lambda path, mountinfo=None: _real(path, _text)\n", "utf-8")
    env = {"PYTHONPATH": f"{site}:{ROOT}", "HOME": str(tmp_path), "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "delegation_planner.cli", "--db", str(share / "p.sqlite3"),
                           "trips"], capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "network share (nfs)" in lines[0] and "postgresql" in lines[0], done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.sqlite_only
def test_main_window_status_bar_names_the_server_option(tmp_path, monkeypatch, qtbot):
    """The real main window on a file on a (simulated) NFS share: the status bar says so."""
    from delegation_planner.ui.main_window import build_main_window

    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(storage_database, "network_filesystem",
                        lambda path, mountinfo=None: network_filesystem(path, _share_mountinfo(share)))
    window = build_main_window(str(share / "planner.sqlite3"), settings_path=tmp_path / "s.ini")
    qtbot.addWidget(window)
    try:
        window.load_initial_data()
        text = window.statusBar().currentMessage()
        assert text.startswith("Warning: ") and "network share (nfs)" in text and "PostgreSQL" in text, text
        window.resize(1280, 800)
        window.grab().save(str(tmp_path / "network-share.png"))
    finally:
        window.close()
        window.db.dispose()
    local = build_main_window(str(tmp_path / "local.sqlite3"), settings_path=tmp_path / "t.ini")
    qtbot.addWidget(local)
    try:
        local.load_initial_data()
        assert "network share" not in local.statusBar().currentMessage()
    finally:
        local.close()
        local.db.dispose()
