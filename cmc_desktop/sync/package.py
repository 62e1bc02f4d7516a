"""The package file: a deterministic, signed ZIP (``.cmcpkg``). Format in docs/EXPORT_FORMAT.md.

Determinism (the same change range gives the same bytes): members in a fixed order with a fixed
timestamp and attributes, rows ordered by UUID, JSON with sorted keys and no spaces, and the
manifest's creation time taken from the package record rather than the clock on a re-export.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import io
import itertools
import json
import os
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cmc_desktop.errors import CmcError

FORMAT = "cmc-package"
FORMAT_VERSION = 1
EXTENSION = ".cmcpkg"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ZIP_TIME = (2000, 1, 1, 0, 0, 0)  # fixed member timestamps: re-exports are byte-identical


class PackageError(CmcError):
    """A package that cannot be trusted or read; ``reason`` is what the quarantine note says."""

    code = "bad_package"


def package_name(city_code: str, sequence: int) -> str:
    return f"{city_code}-{sequence:06d}{EXTENSION}"


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex  # 32 lowercase hex digits: what SQLite stores, so it is read as-is
    if isinstance(value, decimal.Decimal):
        return str(value)
    raise TypeError(f"cannot export a value of type {type(value).__name__}")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=_default)
try:  # the C encoder built once: JSONEncoder.encode rebuilds it on every call (a third of export time)
    from json.encoder import c_make_encoder as _c_make_encoder
    from json.encoder import encode_basestring as _encode_str

    _C_ENCODE = _c_make_encoder(None, _default, _encode_str, None, ":", ",", True, False, True) \
        if _c_make_encoder is not None else None
    _C_ENCODE_ORDERED = _c_make_encoder(None, _default, _encode_str, None, ":", ",", False, False, True) \
        if _c_make_encoder is not None else None
except ImportError:  # pragma: no cover - pure-Python json
    _C_ENCODE = _C_ENCODE_ORDERED = None


def encode_ordered(obj: dict[str, Any]) -> str:
    """Like :func:`encode` for a dict whose keys were inserted in sorted order (no re-sorting)."""
    if _C_ENCODE_ORDERED is not None:
        return "".join(_C_ENCODE_ORDERED(obj, 0))
    return _ENCODER.encode(obj)


def encode(obj: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 text (not \\u escapes)."""
    if _C_ENCODE is not None:
        return "".join(_C_ENCODE(obj, 0))
    return _ENCODER.encode(obj)


def canonical(obj: Any) -> bytes:
    return encode(obj).encode("utf-8")


def utc_text(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    # Level 1: most of the size gain at a third of the time of the default level. ZipInfo
    # ignores the archive's compresslevel; the attribute is private before Python 3.13.
    info._compresslevel = 1  # noqa: SLF001
    info.create_system = 3  # same bytes on Windows and Linux
    info.external_attr = 0o644 << 16
    return info


class _HashingWriter:
    def __init__(self, fh: IO[bytes]) -> None:
        self.fh, self.sha, self.size = fh, hashlib.sha256(), 0

    def write(self, data: bytes) -> None:
        self.fh.write(data)
        self.sha.update(data)
        self.size += len(data)


@dataclass(frozen=True)
class DataFile:
    """One member to write: ``lines`` yields already-encoded lines (a header line first)."""

    name: str
    lines: Iterable[str]


def write_package(fh: IO[bytes], manifest: dict[str, Any], files: Iterable[DataFile],
                  sign: Callable[[bytes], bytes], *, check: Callable[[], None] | None = None) -> dict[str, Any]:
    """Stream the data members, then the manifest (with every member's rows and SHA-256) and its
    detached signature. Returns the manifest written."""
    entries: dict[str, dict[str, Any]] = {}
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for df in files:
            with zf.open(_info(df.name), "w", force_zip64=True) as member:
                out = _HashingWriter(member)
                rows = -1  # the first line is the header
                buf: list[str] = []
                for line in df.lines:
                    buf.append(line)
                    rows += 1
                    if len(buf) >= 2000:
                        out.write(("\n".join(buf) + "\n").encode("utf-8"))
                        buf.clear()
                        if check:
                            check()
                if buf:
                    out.write(("\n".join(buf) + "\n").encode("utf-8"))
            entries[df.name] = {"rows": max(rows, 0), "sha256": out.sha.hexdigest(), "bytes": out.size}
        manifest = {**manifest, "files": dict(sorted(entries.items()))}
        data = canonical(manifest)
        zf.writestr(_info(MANIFEST), data)
        zf.writestr(_info(SIGNATURE), sign(data).hex() + "\n")
    return manifest


def file_sha256(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- reading (headquarters, and the city's own crash recovery) ---------------------------------
@dataclass
class OpenedPackage:
    path: Path
    sha256: str
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    zf: zipfile.ZipFile

    @property
    def city(self) -> str:
        return str(self.manifest.get("city_code", ""))

    @property
    def sequence(self) -> int:
        return int(self.manifest.get("sequence", 0))

    def close(self) -> None:
        self.zf.close()

    def verify_contents(self) -> None:
        """Every member listed, present, with the right SHA-256 and row count; nothing extra."""
        files = self.manifest.get("files")
        if not isinstance(files, dict):
            raise PackageError("the manifest lists no files", reason="manifest")
        names = set(self.zf.namelist()) - {MANIFEST, SIGNATURE}
        extra = names - set(files)
        if extra:
            raise PackageError(f"file {sorted(extra)[0]} is not listed in the manifest", reason="extra_file")
        for name, meta in files.items():
            if name not in names:
                raise PackageError(f"file {name} listed in the manifest is missing", reason="missing_file")
            sha = hashlib.sha256()
            lines = 0
            try:
                with self.zf.open(name) as fh:
                    for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):
                        sha.update(chunk)
                        lines += chunk.count(b"\n")
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise PackageError(f"file {name} cannot be read: {exc}", reason="damaged") from exc
            if sha.hexdigest() != meta.get("sha256"):
                raise PackageError(f"file {name} does not match its SHA-256 in the manifest", reason="hash")
            if lines - 1 != meta.get("rows"):
                raise PackageError(f"file {name} holds {lines - 1} rows but the manifest says {meta.get('rows')}",
                                   reason="row_count")

    def read_rows(self, name: str, batch: int = 20_000) -> tuple[list[str], Iterator[list[Any]]]:
        """(columns, rows) of a data member; rows are JSON arrays in column order.

        Lines are parsed a batch at a time as one JSON array (one C call instead of one per row)."""
        fh = io.TextIOWrapper(self.zf.open(name), encoding="utf-8", newline="\n")
        header = json.loads(fh.readline())

        def rows() -> Iterator[list[Any]]:
            with fh:
                while True:
                    lines = list(itertools.islice(fh, batch))
                    if not lines:
                        return
                    yield from json.loads("[" + ",".join(lines) + "]")

        return list(header["columns"]), rows()


def open_package(path: Path) -> OpenedPackage:
    """Open and parse; a truncated or foreign file raises PackageError (nothing is trusted yet)."""
    try:
        sha = file_sha256(path)
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackageError("not a readable package (truncated or damaged ZIP)", reason="unreadable") from exc
    try:
        try:
            manifest_bytes = zf.read(MANIFEST)
            sig_text = zf.read(SIGNATURE).decode("ascii").strip()
        except KeyError as exc:
            raise PackageError("the package has no manifest or no signature", reason="unsigned") from exc
        except (zipfile.BadZipFile, OSError, EOFError, UnicodeDecodeError) as exc:
            raise PackageError("not a readable package (truncated or damaged ZIP)", reason="unreadable") from exc
        try:
            manifest = json.loads(manifest_bytes)
            signature = bytes.fromhex(sig_text)
        except ValueError as exc:
            raise PackageError("the manifest or its signature is not readable", reason="manifest") from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise PackageError("this is not a CMC export package", reason="foreign")
        return OpenedPackage(path, sha, manifest, manifest_bytes, signature, zf)
    except BaseException:
        zf.close()
        raise
