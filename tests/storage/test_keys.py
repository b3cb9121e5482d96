"""The station key file: owner-only, loadable, stable."""

import base64
import stat

from commune_radio.storage import keys


def test_key_is_written_owner_only_and_reloads(tmp_path):
    key = keys.create_key(tmp_path)
    path = keys.key_path(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    again = keys.load_key(tmp_path)
    assert keys.public_key_b64(again) == keys.public_key_b64(key)
    assert len(base64.b64decode(keys.public_key_b64(key))) == 32


def test_no_key_yet(tmp_path):
    assert keys.load_key(tmp_path) is None
