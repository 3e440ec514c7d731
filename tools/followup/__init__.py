"""Follow-up engine: protocols, answer parsing, escalation rules, the SQLite store and the service."""
