from delegation_planner.cli import main

raise SystemExit(main())
