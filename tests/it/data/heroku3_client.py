"""heroku3 (the Python Heroku API library) against belt serve: authenticate, apps, create an
app, config vars, SSH keys, rate limits, buildpacks, features and log drains.

Usage: python heroku3_client.py URL API_KEY CA_FILE PUBLIC_KEY
Prints `ok` and exits 0 when every step gave what Heroku gives.
"""

import sys

import heroku3
import heroku3.api
import requests

url, key, ca, public_key = sys.argv[1:5]
# heroku3 reads the API's address from this module global when it is set up.
heroku3.api.HEROKU_URL = url
session = requests.Session()
session.verify = ca
conn = heroku3.from_key(key, session=session)
assert conn.is_authenticated, "GET /account/rate-limits refused the key"
assert conn.ratelimit_remaining() == 4500, conn.ratelimit_remaining()

app = conn.create_app(name="py-app", stack_id_or_name="heroku-24", region_id_or_name="us")
assert app.name == "py-app", app
# A taken name: heroku3 matches Heroku's "Name is already taken" and returns the app.
again = conn.create_app(name="py-app", stack_id_or_name="heroku-24")
assert again.id == app.id, (again, app)
assert [a.name for a in conn.apps()] == ["py-app"]

config = app.config()
config["GREETING"] = "hello"
assert conn.app("py-app").config()["GREETING"] == "hello"
app.update_config({"GREETING": None, "OTHER": "x"})
vars = conn.app("py-app").config().to_dict()
assert "GREETING" not in vars and vars["OTHER"] == "x", vars

account = conn.account()
added = account.add_key(public_key)
assert [k.fingerprint for k in conn.keys()] == [added.fingerprint]
account.remove_key(added.fingerprint)
assert list(conn.keys()) == []
added = account.add_key(public_key)
added.delete()
assert list(conn.keys()) == []

app.update_buildpacks(["heroku/python"])
assert [b.buildpack.url for b in app.buildpacks()] == ["urn:buildpack:heroku/python"]
features = {f.name: f for f in app.features()}
assert "preboot" in features and not features["preboot"].enabled, features
app.enable_feature("preboot")
assert {f.name: f.enabled for f in app.features()}["preboot"]
assert list(app.logdrains()) == []

app.delete()
assert list(conn.apps()) == []
print("ok")
