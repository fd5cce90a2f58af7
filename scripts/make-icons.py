#!/usr/bin/env python3
"""Draws the app icons (a page with lines and a tick on the brand blue) as PNGs, with no
imaging library: run it again only if the design changes."""
import struct
import zlib
from pathlib import Path

BLUE = (29, 79, 145)
WHITE = (255, 255, 255)
LINE = (80, 90, 95)
GREEN = (0, 112, 60)


def colour(x, y):
    """The colour at (x, y) on a unit square."""
    if 0.27 <= x <= 0.73 and 0.2 <= y <= 0.8:
        for top in (0.3, 0.4, 0.5):
            if 0.34 <= x <= 0.66 and top <= y <= top + 0.035:
                return LINE
        # A tick: two strokes, judged by distance from each segment.
        for (x1, y1, x2, y2) in ((0.4, 0.64, 0.47, 0.71), (0.47, 0.71, 0.62, 0.57)):
            dx, dy = x2 - x1, y2 - y1
            t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
            if (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2 <= 0.028 ** 2:
                return GREEN
        return WHITE
    return BLUE


def png(size):
    rows = b"".join(
        b"\x00" + bytes(c for x in range(size) for c in colour((x + 0.5) / size, (y + 0.5) / size))
        for y in range(size)
    )
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


out = Path(__file__).resolve().parent.parent / "web" / "icons"
out.mkdir(parents=True, exist_ok=True)
for size in (192, 512):
    (out / f"icon-{size}.png").write_bytes(png(size))
