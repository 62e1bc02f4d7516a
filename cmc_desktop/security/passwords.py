"""Password hashing (Argon2id) and the password policy. Pure functions, no database."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from cmc_desktop.errors import ValidationError

MIN_LENGTH = 10
MAX_LENGTH = 128
# OWASP's minimum Argon2id profile (19 MiB, 2 passes): ~25 ms per hash on a desk PC, so ten demo
# accounts hash in well under a second while guessing stays expensive.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
# A valid hash to verify against when the user does not exist, so timing does not reveal names.
_DUMMY = _HASHER.hash("cmc-desktop-dummy-password")


def check_policy(password: str, username: str = "") -> None:
    """Raise a ValidationError naming the rule the password breaks."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(f"The password must have at least {MIN_LENGTH} characters",
                              code="password_short", errors=[("password", "too_short")], min=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationError(f"The password must have at most {MAX_LENGTH} characters",
                              errors=[("password", "too_long")])
    if password.strip() != password:
        raise ValidationError("The password must not start or end with a space",
                              errors=[("password", "spaces")])
    if username and username.lower() in password.lower():
        raise ValidationError("The password must not contain the user name",
                              code="password_username", errors=[("password", "username")])
    if len(set(password)) < 4:
        raise ValidationError("The password is too simple: use at least 4 different characters",
                              errors=[("password", "too_simple")])


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash or _DUMMY, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True
