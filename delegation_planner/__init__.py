"""Delegation Planner: plan official delegation visits, log meetings, report commitments."""

__version__ = "0.1.0"
APP_NAME = "Delegation Planner"
APP_ID = "delegation-planner"
ORG_NAME = "Delegation Planner"
ORG_DOMAIN = "delegation-planner.invalid"
