# Runs a script written by DltScriptWriter without dlt installed: stand-ins
# for dlt and requests-oauthlib, the module body only (not its __main__ part),
# then prints the config it built (and the session and a module-level
# destination, if any) as JSON.
# dlt.secrets["k"] reads as "<k>".
import json, sys, types
class Secrets(dict):
    def __getitem__(self, key):
        return "<" + key + ">"
dlt = types.ModuleType("dlt")
dlt.secrets = Secrets()
sources = types.ModuleType("dlt.sources")
rest_api = types.ModuleType("dlt.sources.rest_api")
rest_api.rest_api_source = lambda *a, **k: None
destinations = types.ModuleType("dlt.destinations")
destinations.postgres = lambda **kwargs: {"postgres": kwargs}
destinations.sqlalchemy = lambda *args, **kwargs: {"sqlalchemy": args}
dlt.destinations = destinations
dlt.sources = sources
sources.rest_api = rest_api
oauthlib = types.ModuleType("requests_oauthlib")
oauthlib.OAuth2Session = lambda **kwargs: {"session": kwargs}
sys.modules.update({"dlt": dlt, "dlt.destinations": destinations, "dlt.sources": sources, "dlt.sources.rest_api": rest_api,
                    "requests_oauthlib": oauthlib})
namespace = {"__name__": "imported"}
exec(compile(open(sys.argv[1]).read(), sys.argv[1], "exec"), namespace)
config = namespace["config"]
session = config["client"].pop("session", None)
if session is not None:
    session["session"].pop("token_updater")
print(json.dumps({"config": config, "session": session,
                  "destination": namespace.get("destination")}))
