#!/usr/bin/env python3
"""Prints every one- and two-byte sequence that Python's codec decodes strictly to one
character or more, as 'HEXBYTES<TAB>HEXUTF8', for the encodings test (Python's codecs
are the independent reference). usage: encoding_reference.py CODEC"""
import sys

codec = sys.argv[1]
out = []
for lead in range(0x80, 0x100):
    try:
        one = bytes([lead]).decode(codec)
        out.append(f"{lead:02x}\t{one.encode('utf-8').hex()}")
        continue
    except UnicodeDecodeError:
        pass
    for trail in range(0x21, 0x100):
        seq = bytes([lead, trail])
        try:
            text = seq.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(text) == 1:
            out.append(f"{seq.hex()}\t{text.encode('utf-8').hex()}")
print("\n".join(out))
