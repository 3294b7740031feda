"""Each device's Ed25519 key, which signs its audit chain, and the last head it signed.

The private key never enters the database: it is a file per device in the user's
config directory (`audit-keys/<device id>.key`, PKCS#8 PEM, mode 0600), next to the
last head the device signed (`<device id>.head`, JSON `[sequence, hash]`), so that
`check` finds a chain cut short and its head moved even on the device itself. The
public half is `devices.public_key` (32 raw bytes as hex).

What is signed for the entry `sequence` of `device` whose hash is `hash` is the UTF-8
text `"forumdesk-audit-v2␟<device id>␟<sequence>␟<hash>"` (␟ is U+001F); the stored
signature is `"<public key hex>:<signature hex>"`, so a signature by another key is told
apart from a chain re-hashed under the right one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import uuid
from pathlib import Path

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Connection, Engine, event

from forumdesk.paths import user_config_dir

_SIGNED = "forumdesk-audit-v2"
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw
#: (key folder, device) -> its key, read once per process
_loaded: dict[tuple[Path, uuid.UUID], Ed25519PrivateKey] = {}


def keys_dir() -> Path:
    return user_config_dir() / "audit-keys"


def signed_text(device_id: uuid.UUID, sequence: int, digest: str) -> bytes:
    """The bytes a device signs for the head of its chain."""
    return "\x1f".join((_SIGNED, str(device_id), str(sequence), digest)).encode("utf-8")


def public_hex(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(*_RAW).hex()


def fingerprint(public_key: str) -> str:
    """A short, readable form of a public key (hex): SHA-256, first 16 hex digits in fours."""
    digest = hashlib.sha256(bytes.fromhex(public_key)).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def sign(key: Ed25519PrivateKey, device_id: uuid.UUID, sequence: int, digest: str) -> str:
    signature = key.sign(signed_text(device_id, sequence, digest))
    return f"{public_hex(key)}:{signature.hex()}"


def signer_of(signature: str) -> str:
    """The public key (hex) a stored signature says made it."""
    return signature.partition(":")[0]


def signature_holds(
    signature: str, public_key: str, device_id: uuid.UUID, sequence: int, digest: str
) -> bool:
    """Whether `signature` is `public_key`'s over this entry's head (hash)."""
    _signer, _sep, value = signature.partition(":")
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key))
        key.verify(bytes.fromhex(value), signed_text(device_id, sequence, digest))
    except (InvalidSignature, ValueError):
        return False
    return True


def device_key(device_id: uuid.UUID) -> Ed25519PrivateKey | None:
    """This machine's key for `device_id`, or None when it is not here."""
    folder = keys_dir()
    key = _loaded.get((folder, device_id))
    if key is not None:
        return key
    try:
        data = (folder / f"{device_id}.key").read_bytes()
    except OSError:
        return None
    loaded = serialization.load_pem_private_key(data, password=None)
    if not isinstance(loaded, Ed25519PrivateKey):
        return None
    _loaded[(folder, device_id)] = loaded
    return loaded


def create_device_key(device_id: uuid.UUID) -> Ed25519PrivateKey | None:
    """A new key for `device_id`, saved; None when the config folder cannot hold it
    (the entries are then written unsigned, and `check` says so)."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        _write_private(keys_dir() / f"{device_id}.key", pem)
    except OSError:
        return None
    _loaded[(keys_dir(), device_id)] = key
    return key


def kept_head(device_id: uuid.UUID) -> tuple[int, str] | None:
    """The last head this machine signed for `device_id`, if any."""
    try:
        sequence, digest = orjson.loads((keys_dir() / f"{device_id}.head").read_bytes())
    except (OSError, orjson.JSONDecodeError, ValueError, TypeError):
        return None
    return int(sequence), str(digest)


def keep_head(device_id: uuid.UUID, sequence: int, digest: str) -> None:
    """Remember the head just committed (best effort: the log itself is already written)."""
    with contextlib.suppress(OSError):
        _write_private(keys_dir() / f"{device_id}.head", orjson.dumps([sequence, digest]))


def forget_head(device_id: uuid.UUID) -> None:
    """The database went back to an earlier state on purpose (a backup restored)."""
    (keys_dir() / f"{device_id}.head").unlink(missing_ok=True)


_PENDING = "forumdesk_audit_heads"


def pending_heads(connection: Connection) -> dict[uuid.UUID, tuple[int, str]]:
    """Heads signed in the connection's open transaction, kept once it commits."""
    heads: dict[uuid.UUID, tuple[int, str]] = connection.info.setdefault(_PENDING, {})
    return heads


@event.listens_for(Engine, "commit")
def _keep_pending(connection: Connection) -> None:
    for device_id, (sequence, digest) in connection.info.pop(_PENDING, {}).items():
        keep_head(device_id, sequence, digest)


@event.listens_for(Engine, "rollback")
def _drop_pending(connection: Connection) -> None:
    # An invalidated connection (Ctrl+C inside the driver) took its info with it, and
    # asking for that info would raise in place of the rollback.
    if not connection.invalidated:
        connection.info.pop(_PENDING, None)


def _write_private(path: Path, data: bytes) -> None:
    """Write `data` readable by the user only, all or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")  # 0600
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
