"""Writes an Apple .icns file from PNG images: each entry is a four-letter type, a big-endian length and the PNG.

ImageMagick cannot write .icns, and the format is small enough that a dependency is not worth it.
Usage: icns.py OUT.icns TYPE=PNG [TYPE=PNG ...]   (ic07 = 128 px, ic08 = 256 px, ic09 = 512 px)
"""
import struct
import sys

entries = b""
for arg in sys.argv[2:]:
    kind, path = arg.split("=", 1)
    data = open(path, "rb").read()
    entries += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
with open(sys.argv[1], "wb") as out:
    out.write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
