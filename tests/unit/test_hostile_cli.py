"""Hostile command lines: non-zero exit, one clear line on stderr, no traceback, and
the database file byte-for-byte unchanged."""
from __future__ import annotations

import importlib.util

import json
import os
import stat
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from delegation_planner import cli
from delegation_planner.storage import open_database
from tests.helpers import file_state as fingerprint

ROOT = Path(__file__).resolve().parents[2]




@pytest.fixture
def dbfile(_template, tmp_path):
    path = tmp_path / "planner.sqlite3"
    shutil.copyfile(_template, path)
    return path


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = cli.main(args)
    except SystemExit as exc:  # argparse usage errors
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def _bad_bundle(tmp: Path) -> str:
    f = tmp / "bad.json"
    f.write_bytes(b'{"format": "delegation-planner/trip", "version": 1, "trip": {"title": "x"')
    return str(f)


def _utf16(tmp: Path) -> str:
    f = tmp / "utf16.json"
    f.write_text('{"format": "delegation-planner/trip"}', "utf-16")
    return str(f)


def _export_under_a_file(db: str, tmp: Path) -> list[str]:
    blocker = tmp / "o.json"
    blocker.write_text("x")
    return ["--db", db, "export", "1", "-o", str(blocker / "inside-a-file.json")]


# (name, args builder(db, tmp), words the one line must contain)
CASES = [
    ("no command", lambda db, tmp: ["--db", db], "required"),
    ("unknown command", lambda db, tmp: ["--db", db, "explode"], "invalid choice"),
    ("export without -o", lambda db, tmp: ["--db", db, "export", "1"], "-o"),
    ("export id not a number", lambda db, tmp: ["--db", db, "export", "abc", "-o", str(tmp / "o.json")], "TRIP_ID"),
    ("export negative id", lambda db, tmp: ["--db", db, "export", "-5", "-o", str(tmp / "o.json")], ""),
    ("export id zero", lambda db, tmp: ["--db", db, "export", "0", "-o", str(tmp / "o.json")], "TRIP_ID"),
    ("export huge id", lambda db, tmp: ["--db", db, "export", str(10 ** 30), "-o", str(tmp / "o.json")], "trip"),
    ("export missing trip", lambda db, tmp: ["--db", db, "export", "9999", "-o", str(tmp / "o.json")], "9999"),
    ("export under a path that is a file", lambda db, tmp: _export_under_a_file(db, tmp), ""),
    ("programme missing trip", lambda db, tmp: ["--db", db, "programme", "4242"], "4242"),
    ("import missing file", lambda db, tmp: ["--db", db, "import", str(tmp / "nope.json")], "does not exist"),
    ("import a folder", lambda db, tmp: ["--db", db, "import", str(tmp)], "folder"),
    ("import malformed JSON", lambda db, tmp: ["--db", db, "import", _bad_bundle(tmp)], "malformed JSON"),
    ("import UTF-16", lambda db, tmp: ["--db", db, "import", _utf16(tmp)], "UTF-8"),
    ("import the database itself", lambda db, tmp: ["--db", db, "import", db], "UTF-8"),
    ("backup onto the database", lambda db, tmp: ["--db", db, "backup", "-o", db], "open database"),
    ("report unknown kind", lambda db, tmp: ["--db", db, "report", "summary", "1", "-o", str(tmp / "r.pdf")],
     "invalid choice"),
    ("report unknown language", lambda db, tmp: ["--db", db, "report", "briefing", "1", "-o", str(tmp / "r.pdf"),
                                                 "--lang", "fr"], "invalid choice"),
    ("unknown option", lambda db, tmp: ["--db", db, "trips", "--all"], "unrecognized"),
]


@pytest.mark.parametrize("name,build,words", CASES, ids=[c[0] for c in CASES])
def test_bad_command_lines(dbfile, tmp_path, capsys, name, build, words):
    args = build(str(dbfile), tmp_path)
    before = fingerprint(dbfile)
    code, out, err = run_cli(args, capsys)
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "internal error" not in err, err
    assert words.lower() in lines[0].lower(), lines[0]
    assert fingerprint(dbfile) == before


def _text_file(tmp: Path) -> Path:
    f = tmp / "notes.txt"
    f.write_text("Gặp ông Nguyễn Đức Chung\n" * 100, "utf-8")
    return f


def _corrupt(tmp: Path, template: Path) -> Path:
    f = tmp / "corrupt.sqlite3"
    data = bytearray(template.read_bytes())
    data[100:4096 * 4] = b"\xa5" * (4096 * 4 - 100)
    f.write_bytes(bytes(data))
    return f


def _newer(tmp: Path, template: Path) -> Path:
    f = tmp / "newer.sqlite3"
    shutil.copyfile(template, f)
    with sqlite3.connect(f) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    return f


def _truncated(tmp: Path, template: Path) -> Path:
    f = tmp / "half.sqlite3"
    data = template.read_bytes()
    f.write_bytes(data[: len(data) // 2])
    return f


DB_CASES = [
    ("db is a text file", lambda tmp, t: _text_file(tmp), "not a Delegation Planner database"),
    ("db is corrupt", lambda tmp, t: _corrupt(tmp, t), "damaged"),
    ("db from a newer version", lambda tmp, t: _newer(tmp, t), "newer version"),
    ("db truncated", lambda tmp, t: _truncated(tmp, t), ""),
]


@pytest.mark.parametrize("name,build,words", DB_CASES, ids=[c[0] for c in DB_CASES])
def test_bad_database_files_are_refused_untouched(_template, tmp_path, capsys, name, build, words):
    path = build(tmp_path, _template)
    before = fingerprint(path)
    code, out, err = run_cli(["--db", str(path), "trips"], capsys)
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert words.lower() in lines[0].lower(), lines[0]
    assert fingerprint(path) == before


def test_db_is_a_folder(tmp_path, capsys):
    code, out, err = run_cli(["--db", str(tmp_path), "trips"], capsys)
    assert code != 0 and len(err.strip().splitlines()) == 1 and "folder" in err


def test_db_in_a_missing_place_that_cannot_be_created(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, out, err = run_cli(["--db", str(blocker / "sub" / "db.sqlite3"), "trips"], capsys)
    assert code != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err


def test_real_process_prints_one_line_and_exit_status(dbfile, tmp_path):
    """The installed entry point behaves the same in a real process (no traceback on stderr)."""
    before = fingerprint(dbfile)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "delegation_planner.cli", "--db", str(dbfile), "import",
                           _bad_bundle(tmp_path)], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "malformed JSON" in proc.stderr
    assert fingerprint(dbfile) == before


def test_real_process_with_invalid_utf8_arguments(dbfile, tmp_path):
    """File names that are not UTF-8 (possible on Linux): a clear line, no traceback."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    bad_name = os.fsencode(str(tmp_path)) + b"/bundle-\xff\xfe.json"
    with open(bad_name, "wb") as fh:
        fh.write(b'{"format": "delegation-planner/trip", "version": 1, "trip": {"title": "\xff"}}')
    before = fingerprint(dbfile)
    for args in ([b"--db", os.fsencode(str(dbfile)), b"import", bad_name],
                 [b"--db", os.fsencode(str(tmp_path)) + b"/db-\xff.sqlite3", b"export", b"1", b"-o", b"x.json"],
                 [b"--db", os.fsencode(str(dbfile)), b"export", b"\xff", b"-o", b"x.json"]):
        proc = subprocess.run([os.fsencode(sys.executable), b"-m", b"delegation_planner.cli", *args],
                              capture_output=True, env=env, timeout=60, cwd=tmp_path)
        err = proc.stderr.decode("utf-8", "replace")
        assert proc.returncode != 0, err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert fingerprint(dbfile) == before


_TOKENS = ["--db", "import", "export", "trips", "programme", "backup", "demo", "-o", "--output", "1", "0", "-1",
           "99999", "x.json", "out/", "--lang", "vi", "--paper", "--version", "--help", "-", "--", "=", ""]
_NEVER = {"gui", "smoke-test", "report", "--help", "-h", "--version"}  # event loop, slow, or exit 0 by design


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=st.lists(st.one_of(st.sampled_from(_TOKENS),
                                st.text(max_size=12), st.just("a\nb")), max_size=6))
def test_fuzz_random_command_lines(dbfile, tmp_path_factory, capsys, monkeypatch, argv):
    """Random argument lists (on a copy of the sample database): exit 0, or non-zero with one
    line on stderr and never a traceback or an internal error."""
    if _NEVER & set(argv) or any("\x00" in a for a in argv):  # NUL cannot reach a real argv
        return
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))
    args = ["--db", str(dbfile), *argv] if "--db" not in argv else argv
    code, out, err = run_cli(args, capsys)
    if code == 0:
        return
    lines = err.strip("\n").split("\n")  # a terminal breaks lines at \n only (not \r, \x1c, \u2028…)
    assert len(lines) == 1, (args, err)
    assert "Traceback" not in err and "internal error" not in err, (args, err)


def test_an_argument_with_a_newline_still_gives_one_line(dbfile, capsys):
    code, out, err = run_cli(["--db", str(dbfile), "trips", "a\nb"], capsys)
    assert code != 0
    assert len(err.strip("\n").split("\n")) == 1, err


# ---------------------------------------------------------------------------------------------
# Issue 8, point 1: no output onto the database, its companions or its backups folder; no device,
# FIFO, socket or folder replaced by a regular file. The same for every command that writes.

#: (name of the command, its arguments before "-o")
WRITERS = [
    ("export", ["export", "1"]),
    ("report briefing", ["report", "briefing", "1"]),
    ("report trip", ["report", "trip", "1"]),
    ("backup", ["backup"]),
]


def _tally(kind: str, name: str, code: int, err: str, lost: bool) -> None:
    """With HOSTILE_TALLY=FILE, append one line per hostile input (the counts in the lead's note)."""
    out = os.environ.get("HOSTILE_TALLY")
    if not out:
        return
    clean = code in (1, 2) and len(err.strip("\n").split("\n")) == 1 and "Traceback" not in err \
        and "internal error" not in err
    outcome = "lost" if lost else ("accepted" if code == 0 else ("refused" if clean else "unclean"))
    with open(out, "a", encoding="utf-8") as fh:
        fh.write(f"{kind}\t{name}\t{outcome}\n")


def _state(path: Path):
    """What must survive at a target: its type, link target and bytes."""
    if not os.path.lexists(path):
        return None
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        return ("link", os.readlink(path))
    if stat.S_ISREG(st.st_mode):
        return ("file", path.read_bytes())
    return (stat.S_IFMT(st.st_mode), st.st_ino, st.st_rdev)


class _Holder:
    """Another process with the database open and uncheckpointed changes in its -wal."""

    def __init__(self, db: Path):
        code = ("import sqlite3, sys\n"
                f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
                "c.execute('PRAGMA wal_autocheckpoint=0')\n"
                "c.execute('UPDATE trip SET title = title')\n"
                "print('ready', flush=True)\n"
                "sys.stdin.read()\n")
        self.proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        assert self.proc.stdout.readline().strip() == "ready"

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


def _target_db(db: Path, tmp: Path) -> Path:
    return db


def _target_dotdot(db: Path, tmp: Path) -> Path:
    (tmp / "sub").mkdir(exist_ok=True)
    return tmp / "sub" / ".." / db.name


def _target_missing_dotdot(db: Path, tmp: Path) -> Path:
    return tmp / "no-such-folder" / ".." / db.name


def _target_symlink(db: Path, tmp: Path) -> Path:
    link = tmp / "innocent.json"
    link.symlink_to(db)
    return link


def _target_symlinked_folder(db: Path, tmp: Path) -> Path:
    (tmp / "elsewhere").symlink_to(tmp, target_is_directory=True)
    return tmp / "elsewhere" / db.name


def _target_hardlink(db: Path, tmp: Path) -> Path:
    other = tmp / "hard.json"
    os.link(db, other)
    return other


def _target_wal(db: Path, tmp: Path) -> Path:
    return Path(str(db) + "-wal")


def _target_shm(db: Path, tmp: Path) -> Path:
    return Path(str(db) + "-shm")


def _target_journal(db: Path, tmp: Path) -> Path:
    return Path(str(db) + "-journal")


def _target_in_backups(db: Path, tmp: Path) -> Path:
    folder = Path(str(db) + "-backups")
    folder.mkdir(exist_ok=True)
    (folder / "planner-20260101-000000.sqlite3").write_bytes(b"an automatic backup")
    return folder / "planner-20260101-000000.sqlite3"


def _target_new_in_backups(db: Path, tmp: Path) -> Path:
    Path(str(db) + "-backups").mkdir(exist_ok=True)
    return Path(str(db) + "-backups") / "mine.out"


def _target_backups_folder(db: Path, tmp: Path) -> Path:
    Path(str(db) + "-backups").mkdir(exist_ok=True)
    return Path(str(db) + "-backups")


def _target_fifo(db: Path, tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe")
    return tmp / "pipe"


def _target_link_to_fifo(db: Path, tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe2")
    (tmp / "to-pipe.pdf").symlink_to(tmp / "pipe2")
    return tmp / "to-pipe.pdf"


def _target_socket(db: Path, tmp: Path) -> Path:
    import socket

    s = socket.socket(socket.AF_UNIX)
    s.bind(str(tmp / "sock"))
    s.close()
    return tmp / "sock"


def _target_device(db: Path, tmp: Path) -> Path:
    """A character device of our own (1,3 = a null device), so a failure cannot harm /dev/null."""
    if os.geteuid() != 0:
        pytest.skip("creating a device node needs root")
    os.mknod(tmp / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return tmp / "null"


def _target_folder(db: Path, tmp: Path) -> Path:
    (tmp / "a-folder").mkdir()
    return tmp / "a-folder"


TARGETS = [
    ("the database", _target_db, "open database"),
    ("the database through ..", _target_dotdot, "open database"),
    ("the database through a missing folder and ..", _target_missing_dotdot, ""),
    ("a symlink to the database", _target_symlink, "open database"),
    ("the database through a symlinked folder", _target_symlinked_folder, "open database"),
    ("a hard link of the database", _target_hardlink, "open database"),
    ("the -wal while another process has it open", _target_wal, "open database"),
    ("the -shm while another process has it open", _target_shm, "open database"),
    ("the -journal", _target_journal, "open database"),
    ("a file in the backups folder", _target_in_backups, "open database"),
    ("a new file in the backups folder", _target_new_in_backups, "open database"),
    ("the backups folder", _target_backups_folder, ""),
    ("a FIFO", _target_fifo, "not a regular file"),
    ("a symlink to a FIFO", _target_link_to_fifo, "not a regular file"),
    ("a socket", _target_socket, "not a regular file"),
    ("a character device", _target_device, "not a regular file"),
    ("a folder", _target_folder, "folder"),
]


def _refusal_case(dbfile: Path, tmp_path: Path, capsys, cmd, target_builder, words, *, holder: bool):
    other = _Holder(dbfile) if holder else None
    try:
        target = target_builder(dbfile, tmp_path)
        backups = Path(str(dbfile) + "-backups")
        before = (fingerprint(dbfile), _state(target), _state(Path(str(dbfile) + "-shm")),
                  sorted(os.listdir(backups)) if backups.is_dir() else None)
        before_listing = sorted(os.listdir(tmp_path))
        code, out, err = run_cli(["--db", str(dbfile), *cmd, "-o", str(target)], capsys)
        after = (fingerprint(dbfile), _state(target), _state(Path(str(dbfile) + "-shm")),
                 sorted(os.listdir(backups)) if backups.is_dir() else None)
        after_listing = sorted(os.listdir(tmp_path))
    finally:
        if other:
            other.close()
    return code, out, err, before, after, before_listing, after_listing


@pytest.mark.parametrize("cmd_name,cmd", WRITERS, ids=[w[0] for w in WRITERS])
@pytest.mark.parametrize("name,build,words", TARGETS, ids=[t[0] for t in TARGETS])
def test_output_onto_the_database_or_a_special_file_is_refused(dbfile, tmp_path, capsys, cmd_name, cmd,
                                                               name, build, words):
    """Exit 1, one line on stderr, the database (file and -wal) byte-for-byte unchanged, the target
    (FIFO, device, link, backup) exactly as it was, nothing left behind."""
    holder = "-wal" in name or "-shm" in name
    code, out, err, before, after, before_listing, after_listing = _refusal_case(dbfile, tmp_path, capsys, cmd, build,
                                                                          words, holder=holder)
    lost = after[0] != before[0] or after[1] != before[1] or after[3] != before[3]
    _tally("output", f"{cmd_name} onto {name}", code, err, lost)
    assert code == 1, (code, out, err)
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1 and "Traceback" not in err and "internal error" not in err, err
    assert words.lower() in lines[0].lower(), lines[0]
    assert after[0] == before[0], "the database changed"
    assert after[1] == before[1], "the target was replaced"
    assert after[3] == before[3], "the backups folder changed"
    assert after_listing == before_listing, "something was left behind"


@pytest.mark.parametrize("cmd_name,cmd", WRITERS, ids=[w[0] for w in WRITERS])
def test_output_onto_a_case_variant_of_the_database_is_refused(dbfile, tmp_path, capsys, monkeypatch, cmd_name, cmd):
    """On a case-insensitive file system (macOS, Windows) "PLANNER.SQLITE3" is the database. This
    machine's file system is case-sensitive: the check is told the folder is not."""
    from delegation_planner.storage import outputs

    monkeypatch.setattr(outputs, "_folder_is_case_insensitive", lambda folder: True)
    before = fingerprint(dbfile)
    for variant in (dbfile.name.upper(), dbfile.name.title(), dbfile.name.upper() + "-WAL",
                    dbfile.name + "-Backups/x"):
        code, out, err = run_cli(["--db", str(dbfile), *cmd, "-o", str(tmp_path / variant)], capsys)
        _tally("output", f"{cmd_name} onto case variant {variant}", code, err, fingerprint(dbfile) != before)
        assert code == 1 and len(err.strip().splitlines()) == 1 and "open database" in err, (variant, err)
        assert not (tmp_path / variant).exists()
    assert fingerprint(dbfile) == before


@pytest.mark.parametrize("cmd_name,cmd", WRITERS, ids=[w[0] for w in WRITERS])
def test_output_onto_dev_null_is_refused(dbfile, capsys, monkeypatch, cmd_name, cmd):
    """The real /dev/null (as root it was replaced by a regular file). Renames and unlinks under
    /dev are blocked here, so even a regression cannot harm the machine."""
    real_replace, real_rename, real_unlink = os.replace, os.rename, os.unlink

    def guarded(real):
        def call(src, dst=None, *a, **k):
            for p in (src, dst):
                if p is not None and os.fspath(p).startswith("/dev/"):
                    raise AssertionError(f"tried to replace {p}")
            return real(src, *([dst] if dst is not None else []), *a, **k)
        return call

    monkeypatch.setattr(os, "replace", guarded(real_replace))
    monkeypatch.setattr(os, "rename", guarded(real_rename))
    monkeypatch.setattr(os, "unlink", guarded(real_unlink))
    before = (fingerprint(dbfile), os.stat("/dev/null").st_rdev, sorted(os.listdir("/dev")))
    code, out, err = run_cli(["--db", str(dbfile), *cmd, "-o", "/dev/null"], capsys)
    after = (fingerprint(dbfile), os.stat("/dev/null").st_rdev, sorted(os.listdir("/dev")))
    _tally("output", f"{cmd_name} onto /dev/null", code, err, after != before)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "not a regular file" in err, err
    assert after == before
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("cmd_name,cmd", WRITERS, ids=[w[0] for w in WRITERS])
@pytest.mark.parametrize("name,build,words", [t for t in TARGETS if t[0] in (
    "the database", "a symlink to the database", "the -wal while another process has it open", "a FIFO",
    "a character device", "a new file in the backups folder")], ids=lambda v: v if isinstance(v, str) else "")
def test_the_writer_itself_refuses_without_the_cli_check(dbfile, tmp_path, capsys, monkeypatch, cmd_name, cmd,
                                                         name, build, words):
    """The same refusals with the CLI's early check switched off: the writer (export_trip,
    reports.write_pdf, backup_to; also used by the window) must hold on its own."""
    monkeypatch.setattr(cli, "_check_output", lambda db, args: None)
    holder = "-wal" in name
    code, out, err, before, after, before_listing, after_listing = _refusal_case(dbfile, tmp_path, capsys, cmd, build,
                                                                          words, holder=holder)
    lost = after[0] != before[0] or after[1] != before[1] or after[3] != before[3]
    _tally("writer", f"{cmd_name} onto {name}", code, err, lost)
    assert code == 1, (code, out, err)
    assert len(err.strip().splitlines()) == 1 and "internal error" not in err, err
    assert after == before, "the database or the target changed"
    assert after_listing == before_listing, "something was left behind"


# ---------------------------------------------------------------------------------------------
# Issue 8, point 5: temporary files are created exclusively (no planted symlink followed), and
# every bundle, PDF and backup is owner-only whatever the umask.

def _predictable_names(target: Path) -> list[Path]:
    n = target.name
    return [target.with_name(x) for x in (f"{n}.partial", f".{n}.partial", f"{n}.part", f".{n}.part",
                                          f"{n}.tmp", f".{n}.tmp", f"{n}~", f".{n}.swp", f"{n}-journal",
                                          f"{n}-wal", f"{n}.partial-journal", f"{n}.partial-wal",
                                          f".{n}.00000000.part")]


@pytest.mark.parametrize("cmd_name,cmd", WRITERS, ids=[w[0] for w in WRITERS])
def test_symlinks_planted_at_predictable_temporary_names_are_not_followed(dbfile, tmp_path, capsys, cmd_name, cmd):
    victim = tmp_path / "victim.txt"
    victim.write_text("another file of yours: must stay as it is\n")
    out_dir = tmp_path / "shared"
    out_dir.mkdir()
    target = out_dir / ("out.pdf" if cmd[0] == "report" else "out.json")
    links = _predictable_names(target)
    for link in links:
        link.symlink_to(victim)
    before = fingerprint(dbfile)
    code, out, err = run_cli(["--db", str(dbfile), *cmd, "-o", str(target)], capsys)
    lost = victim.read_text() != "another file of yours: must stay as it is\n"
    _tally("symlink", f"{cmd_name} with {len(links)} planted links", code, err, lost)
    assert code == 0, err
    assert not lost, "a planted symlink was followed: its target was overwritten"
    assert all(os.readlink(link) == str(victim) for link in links if os.path.lexists(link))
    assert target.is_file() and not target.is_symlink() and target.stat().st_size > 0
    assert fingerprint(dbfile) == before


@pytest.mark.parametrize("cmd_name,cmd", WRITERS, ids=[w[0] for w in WRITERS])
def test_outputs_are_owner_only_even_under_umask_000(dbfile, tmp_path, capsys, cmd_name, cmd):
    new = tmp_path / "new.out"
    old = tmp_path / "old.out"
    old.write_bytes(b"an older copy")
    old.chmod(0o666)
    previous = os.umask(0)
    try:
        for target in (new, old):
            code, out, err = run_cli(["--db", str(dbfile), *cmd, "-o", str(target)], capsys)
            assert code == 0, err
    finally:
        os.umask(previous)
    modes = {t.name: oct(stat.S_IMODE(t.stat().st_mode)) for t in (new, old)}
    assert modes == {"new.out": "0o600", "old.out": "0o600"}, modes
    assert old.read_bytes() != b"an older copy"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("new.out", "old.out")
                 and not p.name.startswith(dbfile.name)]
    assert leftovers == []


# ---------------------------------------------------------------------------------------------
# Issue 8, point 9 (the command-line parts): one clear line, the right exit code.

_NINE = [
    # (name, args after "--db DB" (DB_MARK replaced), expected code, words)
    ("export -o ''", ["export", "1", "-o", ""], 2, "empty"),
    ("export -o ' '", ["export", "1", "-o", "  "], 2, "empty"),
    ("export -o .", ["export", "1", "-o", "."], 1, "folder"),
    ("export -o ..", ["export", "1", "-o", ".."], 1, "folder"),
    ("export -o /", ["export", "1", "-o", "/"], 1, "folder"),
    ("export -o dir/", ["export", "1", "-o", "somewhere/"], 1, "folder"),
    ("export -o ~", ["export", "1", "-o", "~"], 1, "folder"),
    ("report briefing -o ''", ["report", "briefing", "1", "-o", ""], 2, "empty"),
    ("report trip -o .", ["report", "trip", "1", "-o", "."], 1, "folder"),
    ("report trip -o /", ["report", "trip", "1", "-o", "/"], 1, "folder"),
    ("backup -o ''", ["backup", "-o", ""], 2, "empty"),
    ("backup -o .", ["backup", "-o", "."], 1, "folder"),
    ("backup -o /", ["backup", "-o", "/"], 1, "folder"),
    ("export -o a 300-character name", ["export", "1", "-o", "n" * 300 + ".json"], 1, "too long"),
    ("export -o into a missing folder", ["export", "1", "-o", "missing/x.json"], 1, "does not exist"),
]


@pytest.mark.parametrize("name,args,expected,words", _NINE, ids=[c[0] for c in _NINE])
def test_odd_output_names_give_one_line(dbfile, tmp_path, capsys, monkeypatch, name, args, expected, words):
    monkeypatch.chdir(tmp_path)
    before = fingerprint(dbfile)
    listing = sorted(os.listdir(tmp_path))
    code, out, err = run_cli(["--db", str(dbfile), *args], capsys)
    _tally("nine", name, code, err, fingerprint(dbfile) != before)
    assert code == expected, (code, err)
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1 and "Traceback" not in err and "internal error" not in err, err
    assert words.lower() in lines[0].lower(), lines[0]
    assert fingerprint(dbfile) == before and sorted(os.listdir(tmp_path)) == listing


def test_a_240_character_name_is_written(dbfile, tmp_path, capsys):
    """A long but legal name (the temporary name beside it must not overflow NAME_MAX)."""
    target = tmp_path / ("n" * 240 + ".json")
    code, out, err = run_cli(["--db", str(dbfile), "export", "1", "-o", str(target)], capsys)
    assert code == 0, err
    assert target.is_file()


@pytest.mark.parametrize("value", ["", " ", "\t"])
@pytest.mark.parametrize("command", [["trips"], ["demo"], ["export", "1", "-o", "x.json"], ["backup", "-o", "b"]])
def test_empty_db_option_is_refused_not_the_default_database(tmp_path, capsys, monkeypatch, value, command):
    """`--db ""` used to open (and create) the default database silently."""
    from delegation_planner.paths import default_db_path

    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(["--db", value, *command], capsys)
    _tally("nine", f"--db {value!r} {command[0]}", code, err, default_db_path().exists())
    assert code == 2, (code, out, err)
    assert len(err.strip().splitlines()) == 1 and "--db" in err and "empty" in err, err
    assert not default_db_path().exists(), "the default database was created"
    assert os.listdir(tmp_path) == []


def test_empty_db_in_resolve_db_is_an_error():
    from delegation_planner.paths import resolve_db

    with pytest.raises(ValueError):
        resolve_db("")


def _in_process_db(tmp: Path, kind: str) -> str:
    if kind == "fifo":
        os.mkfifo(tmp / "db-fifo")
        return str(tmp / "db-fifo")
    if kind == "device":
        if os.geteuid() != 0:
            pytest.skip("creating a device node needs root")
        os.mknod(tmp / "db-null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
        return str(tmp / "db-null")
    return kind


#: A sitecustomize that makes the PostgreSQL drivers unimportable, as on an installation without
#: the [postgres] extra (the test venv has psycopg installed).
NO_DRIVER_SITECUSTOMIZE = """
import sys

class _NoPostgresDriver:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("psycopg", "psycopg2", "psycopg_binary", "psycopg_c", "pg8000", "asyncpg"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _NoPostgresDriver())
"""


def _subprocess(args: list[str], tmp: Path, timeout: float = 20,
                pythonpath: tuple[str, ...] = ()) -> tuple[int | None, str, float]:
    """Run the real entry point; a hang is returned as code None (the process is killed)."""
    import time

    env = dict(os.environ, PYTHONPATH=os.pathsep.join([*pythonpath, str(ROOT), os.environ.get("PYTHONPATH", "")]))
    start = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, "-m", "delegation_planner.cli", *args], capture_output=True,
                              text=True, env=env, timeout=timeout, cwd=tmp)
    except subprocess.TimeoutExpired as exc:
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        return None, err, time.monotonic() - start
    return proc.returncode, proc.stderr, time.monotonic() - start


@pytest.mark.parametrize("kind,words", [
    ("fifo", ""), ("device", ""),
    ("postgresql+psycopg://nobody@/nowhere", 'pip install -e ".[postgres]"'),
    ("postgresql://nobody@/nowhere", 'pip install -e ".[postgres]"'),
    ("postgresql+psycopg://nobody@/nowhere?host=/nonexistent-socket-folder", "cannot use the database"),
    ("postgresql+nosuchdriver://nobody@/nowhere", ""),
    ("mysql://nobody@localhost/x", ""), ("notascheme://x", ""),
], ids=["FIFO", "character device", "postgresql without a driver", "postgresql (default driver) without it",
        "postgresql server not there", "unknown driver", "mysql", "unknown scheme"])
def test_odd_databases_give_one_line(tmp_path_factory, tmp_path, kind, words):
    """`--db` on a FIFO or a device (a -journal was left beside it, multi-line SQL in the message),
    a server URL whose driver is not installed (simulated: the venv has psycopg) or a server that
    is not there: one line, exit 1, nothing created, no hang."""
    blocker: tuple[str, ...] = ()
    if words == "cannot use the database" and importlib.util.find_spec("psycopg") is None:
        words = 'pip install -e ".[postgres]"'  # this venv has no driver (CI's first, SQLite-only run)
    if "without" in words or "pip install" in words:
        folder = tmp_path_factory.mktemp("no-driver")
        (folder / "sitecustomize.py").write_text(NO_DRIVER_SITECUSTOMIZE, "utf-8")
        blocker = (str(folder),)
    db = _in_process_db(tmp_path, kind)
    listing = sorted(os.listdir(tmp_path))
    code, err, seconds = _subprocess(["--db", db, "trips"], tmp_path, pythonpath=blocker)
    _tally("nine", f"--db {kind}", code if code is not None else 124, err, False)
    assert code == 1, (code, err, f"{seconds:.1f} s")
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1 and "Traceback" not in err and "internal error" not in err, err
    assert words.lower() in lines[0].lower(), lines[0]
    assert sorted(os.listdir(tmp_path)) == listing, "a file was created beside it"


def _sparse(tmp: Path) -> str:
    f = tmp / "huge.json"
    with open(f, "wb") as fh:
        fh.truncate(1 << 30)  # 1 GiB of holes: no disk used
    return str(f)


def _fifo_no_writer(tmp: Path) -> str:
    os.mkfifo(tmp / "bundle-pipe")
    return str(tmp / "bundle-pipe")


def _sparse_braces(tmp: Path) -> str:
    f = tmp / "braces.json"
    with open(f, "wb") as fh:
        fh.write(b"{" * 4096)
        fh.truncate(1 << 30)
    return str(f)


@pytest.mark.parametrize("build,words", [
    (lambda tmp: "/dev/zero", ""),
    (lambda tmp: "/dev/urandom", ""),
    (lambda tmp: "/dev/null", ""),
    (_fifo_no_writer, ""),
    (_sparse, "too large"),
    (_sparse_braces, "too large"),
    (lambda tmp: "/proc/self/mem", ""),
], ids=["/dev/zero", "/dev/urandom", "/dev/null", "FIFO with no writer", "1 GiB sparse file",
        "1 GiB sparse file starting with braces", "/proc/self/mem"])
def test_importing_special_or_huge_files_gives_one_line_quickly(dbfile, tmp_path, build, words):
    """No hang, no MemoryError, no reading of gigabytes: a clear line in a few seconds."""
    path = build(tmp_path)
    before = fingerprint(dbfile)
    code, err, seconds = _subprocess(["--db", str(dbfile), "import", path], tmp_path, timeout=15)
    _tally("nine", f"import {Path(path).name}", code if code is not None else 124, err,
           fingerprint(dbfile) != before)
    assert code is not None, f"still running after {seconds:.0f} s (killed)"
    assert code == 1, (code, err)
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1 and "Traceback" not in err and "internal error" not in err, err
    assert words.lower() in lines[0].lower(), lines[0]
    assert seconds < 10, f"{seconds:.1f} s"
    assert fingerprint(dbfile) == before


# Escape codes, other controls and line separators from the database or a bundle must not reach the
# terminal raw (ESC [ 2 J clears the screen, OSC 52 writes the clipboard, U+202E reverses text).
_HOSTILE_TEXT = {
    "ESC": "\x1b[2J\x1b]52;c;ZXZpbA==\x07",
    "CSI C1": "\x9b31m",
    "other C1": "\x85\x90\x9d",
    "BEL and BS": "\x07\x08\x08",
    "CR": "\roverwritten",
    "U+2028": "line\u2028separator",
    "U+2029": "para\u2029graph",
    "RLO": "\u202etxt.exe",
    "DEL": "\x7f",
}
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _assert_no_raw_controls(text: str) -> None:
    import unicodedata

    bad = sorted({c for c in text if (unicodedata.category(c) in ("Cc", "Zl", "Zp") and c != "\n") or c in _BIDI})
    assert not bad, f"raw control characters printed: {[hex(ord(c)) for c in bad]}"


def _plant_text(db: Path, text: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE trip SET title = 'Trip ' || ? || ' end', destination = 'Dest ' || ?", (text, text))
        conn.execute("UPDATE engagement SET title = 'Meeting ' || ?, location = 'Room ' || ?", (text, text))
        conn.execute("UPDATE organization SET name = 'Org ' || id || ?", (text,))
    conn.close()


@pytest.mark.parametrize("name", list(_HOSTILE_TEXT), ids=list(_HOSTILE_TEXT))
def test_trips_and_programme_show_controls_escaped(dbfile, capsys, name):
    _plant_text(dbfile, _HOSTILE_TEXT[name])
    for args in (["trips"], ["programme", "1"]):
        code, out, err = run_cli(["--db", str(dbfile), *args], capsys)
        _tally("escape", f"{args[0]} with {name}", code, err, False)
        assert code == 0, err
        _assert_no_raw_controls(out + err)
        assert "Trip " in out and " end" in out
    assert "Meeting" in out and "Org " in out


def test_escaped_text_stays_readable(dbfile, capsys):
    _plant_text(dbfile, "Nguyễn Đức Chung \x1b[31m\u2028")
    code, out, err = run_cli(["--db", str(dbfile), "trips"], capsys)
    assert "Trip Nguyễn Đức Chung \\x1b[31m\\u2028 end" in out


@pytest.mark.parametrize("name", list(_HOSTILE_TEXT), ids=list(_HOSTILE_TEXT))
def test_import_shows_controls_escaped(dbfile, tmp_path, capsys, name):
    """A bundle whose title and names hold escape codes: refused in one line or imported, and in
    both cases nothing raw on the terminal."""
    bundle = tmp_path / "trip.json"
    assert run_cli(["--db", str(dbfile), "export", "1", "-o", str(bundle)], capsys)[0] == 0
    data = json.loads(bundle.read_text("utf-8"))
    data["trip"]["title"] = f"Trip {_HOSTILE_TEXT[name]} end"
    data["organizations"][0]["name"] = f"Org {_HOSTILE_TEXT[name]}"
    bundle.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    code, out, err = run_cli(["--db", str(dbfile), "import", str(bundle)], capsys)
    _tally("escape", f"import with {name}", code, err, False)
    assert code in (0, 1), err
    if code:
        assert len(err.strip("\n").split("\n")) == 1, err
    _assert_no_raw_controls(out + err)
    if code == 0:
        code, out, err = run_cli(["--db", str(dbfile), "trips"], capsys)
        _assert_no_raw_controls(out + err)


def test_a_file_name_with_controls_is_shown_escaped(dbfile, tmp_path, capsys):
    target = tmp_path / "out\x1b[2J\u2028.json"
    code, out, err = run_cli(["--db", str(dbfile), "export", "1", "-o", str(target)], capsys)
    assert code == 0 and target.is_file()
    _assert_no_raw_controls(out + err)
    code, out, err = run_cli(["--db", str(dbfile), "import", str(tmp_path / "missing\x1b[2J.json")], capsys)
    assert code == 1
    _assert_no_raw_controls(out + err)
