"""Qt widgets. Widgets call services and show what comes back; they never hold a Session."""
