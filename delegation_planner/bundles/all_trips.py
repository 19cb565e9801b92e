"""Every trip as bundles in one ZIP file: the backup of a server database where ``pg_dump`` is missing.

``delegation-planner backup -o FILE`` on PostgreSQL uses ``pg_dump`` (storage.database.pg_dump_to);
without it, this writes ``FILE`` as a ZIP archive holding one trip bundle per trip
(``trip-<id>-<title>.json``, each the file ``delegation-planner export`` writes, so each can be
brought back with ``delegation-planner import``) and a ``README.txt`` saying so. Written through
storage.outputs (owner-only temporary file, fsync, rename): notes are confidential.
"""
from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

from delegation_planner.bundles.export import slug, trip_to_bundle
from delegation_planner.services.trips import list_trips
from delegation_planner.storage.database import Database

README = ("Delegation Planner: a bundle of every trip (the database server's own backup tool, pg_dump,\n"
          "was not available). Each trip-*.json file is a trip bundle: unzip, then\n"
          "    delegation-planner import trip-<id>-<title>.json\n"
          "People and organizations travel inside the bundles of the trips they belong to.\n")


def export_all_trips(db: Database, path: str | os.PathLike) -> tuple[Path, int]:
    """Write every trip's bundle into the ZIP file ``path``; returns (path, number of trips)."""
    from delegation_planner.storage import outputs

    target = outputs.check_output_target(path, database=db.path, what="backup")
    rows = sorted(list_trips(db), key=lambda r: r.id)
    with outputs.atomic_output(target, database=db.path, what="backup") as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("README.txt", README)
            for row in rows:
                bundle = trip_to_bundle(db, row.id)
                name = f"trip-{row.id}-{slug(row.title, 'trip')}.json"
                archive.writestr(name, json.dumps(bundle, ensure_ascii=False, indent=2) + "\n")
    return target, len(rows)
