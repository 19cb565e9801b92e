"""Trip bundles: one JSON file per trip, exchanged between laptops.

See docs/trip-bundle.md and trip-bundle.schema.json. ``export_trip`` and
``import_bundle`` are exact inverses.
"""
from delegation_planner.bundles.export import export_trip, trip_to_bundle  # noqa: F401
from delegation_planner.bundles.importer import (  # noqa: F401
    import_bundle, import_bundle_data, parse_bundle, without_uuids,
)
from delegation_planner.bundles.format import FORMAT, VERSION  # noqa: F401
