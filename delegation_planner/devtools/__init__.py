"""Developer tools (large test databases for benchmarks). Not used by the app at run time."""
