"""Ed25519 signing keys: the city's key pair, and verification against a registered key.

The private key lives in the app data folder (``<data>/keys/<fingerprint>.pem``, owner-only
permissions); its public half is kept in the city's settings table, so a database copied to a
PC without the private key is detected instead of silently signing with a new identity.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cmc_desktop.errors import ConfigError, ValidationError


def public_pem(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def fingerprint(pem: str) -> str:
    """SHA-256 of the raw 32-byte public key, hex: short enough to read over the phone."""
    key = load_public(pem)
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def load_public(pem: str | bytes) -> Ed25519PublicKey:
    data = pem.encode() if isinstance(pem, str) else pem
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise ValidationError("This is not a PEM public key", code="bad_key") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise ValidationError("The public key is not an Ed25519 key", code="bad_key")
    return key


def key_path(folder: Path, fp: str) -> Path:
    return folder / "keys" / f"{fp}.pem"


def create_private(folder: Path) -> tuple[Ed25519PrivateKey, str]:
    """A new key pair; the private key is written with owner-only permissions. Returns (key, pem)."""
    key = Ed25519PrivateKey.generate()
    pem = public_pem(key.public_key())
    path = key_path(folder, fingerprint(pem))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise ConfigError(f"Cannot write the signing key to {path}: {exc.strerror or exc}",
                          code="folder_unwritable", path=str(path)) from exc
    return key, pem


def load_private(folder: Path, pem: str) -> Ed25519PrivateKey:
    fp = fingerprint(pem)
    path = key_path(folder, fp)
    if not path.exists():
        raise ConfigError(
            f"The city's signing key {fp[:16]}… is missing from {path.parent}; restore it from the "
            "backup of this PC, or create a new one with 'sync key --new' and register it again "
            "at headquarters", code="key_missing", path=str(path))
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey) or public_pem(key.public_key()) != pem:
        raise ConfigError(f"The signing key file {path} does not match the key of this database",
                          code="key_mismatch")
    return key


def verify(pem: str, signature: bytes, data: bytes) -> bool:
    try:
        load_public(pem).verify(signature, data)
    except InvalidSignature:
        return False
    return True
