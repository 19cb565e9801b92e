"""Services: one function per use case. The only code that opens sessions and commits.

Each mutating call is one transaction, validates first (domain rules), raises
``ValidationError`` naming the field when input is bad (nothing written), and
tells the database's listeners what changed once it is committed.
"""
