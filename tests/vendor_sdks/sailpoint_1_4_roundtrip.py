"""Round trip of the access-request config through PyPI `sailpoint` 1.4.x.

That SDK ships one generated client per SailPoint API version (packages
`sailpoint.v3`, `.beta`, `.v2024`, `.v2025`; its `.v2026` has no
access-request-config operations). Each appends its version to the base
URL: GET/PUT {JITGATE_URL}/v3/access-request-config, and so on. v3 and beta
model entitlementRequestConfig flat (the seed's keys); v2024 and v2025 nest
it (accessRequestConfig / revocationRequestConfig with approvalSchemes).

Run in a virtualenv holding requirements-sailpoint-1.4.txt:
  JITGATE_URL=http://127.0.0.1:PORT JITGATE_TOKEN=... python sailpoint_1_4_roundtrip.py [CASE...]
Cases: v3 beta v2024 v2025 (all by default).
"""
import importlib
import os
import sys
from importlib.metadata import version

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import roundtrip_common as common  # noqa: E402

from sailpoint.configuration import Configuration, ConfigurationParams  # noqa: E402


def configuration():
    url, token = common.settings()
    params = ConfigurationParams()
    params.base_url = url
    # A static access token: with one, the SDK does not go to {base}/oauth/token.
    params.access_token = token
    return Configuration(params)


class Adapter:
    set_method = "PUT"
    raw_headers = {}

    def __init__(self, api_version):
        api_module = importlib.import_module(f"sailpoint.{api_version}.api.access_requests_api")
        client_module = importlib.import_module(f"sailpoint.{api_version}.api_client")
        self.model = importlib.import_module(f"sailpoint.{api_version}.models.access_request_config").AccessRequestConfig
        self.api = api_module.AccessRequestsApi(client_module.ApiClient(configuration()))
        self.raw_path = f"/{api_version}/access-request-config"

    def get(self):
        return self.api.get_access_request_config(_request_timeout=common.TIMEOUT)

    def set(self, model):
        return self.api.set_access_request_config(model, _request_timeout=common.TIMEOUT)

    def to_dict(self, model):
        return model.to_dict()

    def from_dict(self, data):
        return self.model.from_dict(data)


FLAT = ["core", "auto_approval", "reminders", "entitlement_flat"]
NESTED = ["core", "auto_approval", "reminders", "entitlement_nested"]

CASES = [
    ("v3", lambda: Adapter("v3"), FLAT),
    ("beta", lambda: Adapter("beta"), FLAT),
    ("v2024", lambda: Adapter("v2024"), NESTED),
    ("v2025", lambda: Adapter("v2025"), NESTED),
]

if __name__ == "__main__":
    sys.exit(common.run(f"sailpoint=={version('sailpoint')}", CASES))
