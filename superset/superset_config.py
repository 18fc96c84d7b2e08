"""Superset's settings for envoy's local dashboard (`make superset`).

Local use only: the server binds 127.0.0.1, the metadata lives in $ENVOY_SUPERSET_HOME, and
the only database is envoy's published warehouse, opened read-only.
"""

import os

_home = os.environ.get("ENVOY_SUPERSET_HOME", os.path.expanduser("~/.cache/envoy-superset"))
SQLALCHEMY_DATABASE_URI = f"sqlite:///{_home}/superset.db"
# A fixed key is fine for a server that only listens on 127.0.0.1; set your own otherwise.
SECRET_KEY = os.environ.get("ENVOY_SUPERSET_SECRET_KEY", "envoy-local-dashboard-not-a-secret")
# The REST calls of `make superset` and its test carry a login token, not a form.
WTF_CSRF_ENABLED = False
TALISMAN_ENABLED = False
# No example data, no calls home.
SUPERSET_LOAD_EXAMPLES = False
FEATURE_FLAGS = {"DASHBOARD_RBAC": False}
