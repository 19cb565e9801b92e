"""Domain: tables, enumerations and pure rules. No Qt, no sessions."""
