"""Round trip of the access-request config through PyPI `sailpoint` 2.x.

2.x is one client split by resource, with the API version in each
operation's path instead of a base-URL prefix:
  v1 (deprecated, warns): GET/PUT {JITGATE_URL}/access-request-config/v1
  v2 (experimental): GET/PUT {JITGATE_URL}/access-request-config/v2 with
     header `X-SailPoint-Experimental: true`; the SDK refuses to send that
     header unless `configuration.experimental = True`.
v1's model nests entitlementRequestConfig (accessRequestConfig /
revocationRequestConfig) and adds the machine-identity on-behalf-of flags;
v2's model drops autoApprovalEnabled and approvalReminderAndEscalationConfig
and adds govGroupVisibilityEnabled and machineIdentityAccessRequestEnabled.

Run in a virtualenv holding requirements-sailpoint-2.txt:
  JITGATE_URL=http://127.0.0.1:PORT JITGATE_TOKEN=... python sailpoint_2_roundtrip.py [CASE...]
Cases: v1 v2 (all by default).
"""
import os
import sys
from importlib.metadata import version

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import roundtrip_common as common  # noqa: E402

# The package's preferred flat imports (see the head of sailpoint/__init__.py).
from sailpoint import AccessRequestsApi, ApiClient, Configuration, ConfigurationParams  # noqa: E402
from sailpoint.access_requests.models.access_request_config import AccessRequestConfig  # noqa: E402
from sailpoint.access_requests.models.access_request_config2 import AccessRequestConfig2  # noqa: E402


def api():
    url, token = common.settings()
    params = ConfigurationParams()
    params.base_url = url
    # A static access token: with one, the SDK does not go to {base}/oauth/token.
    params.access_token = token
    config = Configuration(params)
    config.experimental = True  # needed for the v2 operations only
    config.suppress_experimental_warnings = True
    return AccessRequestsApi(ApiClient(config))


class V1:
    set_method = "PUT"
    raw_path = "/access-request-config/v1"
    raw_headers = {}

    def __init__(self):
        self.api = api()

    def get(self):
        return self.api.get_access_request_config_v1(_request_timeout=common.TIMEOUT)

    def set(self, model):
        return self.api.set_access_request_config_v1(model, _request_timeout=common.TIMEOUT)

    def to_dict(self, model):
        return model.to_dict()

    def from_dict(self, data):
        return AccessRequestConfig.from_dict(data)


class V2(V1):
    raw_path = "/access-request-config/v2"
    raw_headers = {"X-SailPoint-Experimental": "true"}

    def get(self):
        return self.api.get_access_request_config_v2(x_sail_point_experimental="true",
                                                     _request_timeout=common.TIMEOUT)

    def set(self, model):
        return self.api.set_access_request_config_v2(model, x_sail_point_experimental="true",
                                                     _request_timeout=common.TIMEOUT)

    def from_dict(self, data):
        return AccessRequestConfig2.from_dict(data)


CASES = [
    ("v1", V1, ["core", "auto_approval", "reminders", "entitlement_nested", "entitlement_form", "machine"]),
    # Unbound: v2 moves autoApprovalEnabled and the reminders elsewhere, so a
    # replace-whole PUT through it would reset them (docs/decisions/0022).
    ("v2", V2, None),
]

if __name__ == "__main__":
    sys.exit(common.run(f"sailpoint=={version('sailpoint')}", CASES))
