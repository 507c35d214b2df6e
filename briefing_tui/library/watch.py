"""Which files changed since the last look, from the kernel (Linux inotify), without a stat pass.

A library of ten thousand briefings costs a stat of every file to compare stamps; a long-lived
`Library` (the app, a benchmark) asks the kernel instead: every folder the scan walks is watched
before it is listed, and `changes()` returns the keys of the files created, written, moved or
deleted since. Anything it cannot account for file by file (a folder created, moved or deleted,
the kernel's queue overflowing, no inotify on this system) answers None, and the caller does the
full pass. The standard library has no inotify, so libc is called through `ctypes`; where that
fails (another OS, watches exhausted) there is simply no watcher.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys

_IN_MODIFY = 0x2
_IN_ATTRIB = 0x4
_IN_CLOSE_WRITE = 0x8
_IN_MOVED_FROM = 0x40
_IN_MOVED_TO = 0x80
_IN_CREATE = 0x100
_IN_DELETE = 0x200
_IN_DELETE_SELF = 0x400
_IN_MOVE_SELF = 0x800
_IN_Q_OVERFLOW = 0x4000
_IN_IGNORED = 0x8000
_IN_ISDIR = 0x40000000
_IN_NONBLOCK = 0o4000
_IN_CLOEXEC = 0o2000000
_MASK = (
    _IN_MODIFY
    | _IN_ATTRIB
    | _IN_CLOSE_WRITE
    | _IN_MOVED_FROM
    | _IN_MOVED_TO
    | _IN_CREATE
    | _IN_DELETE
    | _IN_DELETE_SELF
    | _IN_MOVE_SELF
)
_RESCAN = _IN_Q_OVERFLOW | _IN_IGNORED | _IN_DELETE_SELF | _IN_MOVE_SELF
_HEADER = struct.Struct("iIII")


class Watcher:
    """Folders watched for changes; `changes()` says which files changed since the last call."""

    def __init__(self, libc: ctypes.CDLL, fd: int) -> None:
        self._libc = libc
        self._fd = fd
        self._folders: dict[int, str] = {}
        self._lost = False
        self.last_full = float("-inf")
        """When (`time.monotonic`) the folders were last all scanned and watched."""

    @classmethod
    def create(cls) -> Watcher | None:
        """A watcher, or None where the system has no inotify."""
        if not sys.platform.startswith("linux"):
            return None
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            fd = libc.inotify_init1(_IN_NONBLOCK | _IN_CLOEXEC)
        except (OSError, AttributeError):
            return None
        return None if fd < 0 else cls(libc, fd)

    def watch(self, folder: str, prefix: str) -> None:
        """Watch `folder`, whose files have index keys `prefix + name`."""
        wd = self._libc.inotify_add_watch(self._fd, os.fsencode(folder), _MASK)
        if wd < 0:
            self._lost = True  # out of watches: changes here would go unseen
        else:
            self._folders[wd] = prefix

    def changes(self) -> set[str] | None:
        """The keys of files that changed since the last call; None when only a full pass can
        tell (the caller then scans, and watches what it finds afresh)."""
        changed: set[str] = set()
        rescan = self._lost
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                break
            except OSError:
                return None
            if not data:
                break
            offset = 0
            while offset + _HEADER.size <= len(data):
                wd, mask, _, length = _HEADER.unpack_from(data, offset)
                raw = data[offset + _HEADER.size : offset + _HEADER.size + length]
                offset += _HEADER.size + length
                name = os.fsdecode(raw.split(b"\0", 1)[0])
                prefix = self._folders.get(wd)
                if mask & _RESCAN or prefix is None:
                    rescan = True
                elif mask & _IN_ISDIR:
                    rescan = rescan or not name.startswith(".")
                elif name and not name.startswith("."):
                    changed.add(prefix + name)
        return None if rescan else changed

    def reset(self) -> None:
        """Forget every watch (before a full pass watches the folders again)."""
        for wd in list(self._folders):
            self._libc.inotify_rm_watch(self._fd, wd)
        self._folders.clear()
        self._lost = False
        self.last_full = float("-inf")
        while True:  # drop the events of the removed watches
            try:
                if not os.read(self._fd, 65536):
                    break
            except OSError:
                break

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
