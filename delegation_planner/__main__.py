import sys

from delegation_planner.cli import main

if getattr(sys, "frozen", False) and len(sys.argv) == 1:
    # The packaged program started from a desktop icon: open the window.
    raise SystemExit(main(["gui"]))
raise SystemExit(main())
