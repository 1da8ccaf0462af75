#!/usr/bin/env python3
"""Prints every one- and two-byte sequence (for GB18030 also every four-byte one of the
Basic Multilingual Plane) that the reference decodes strictly to one character, as
'HEXBYTES<TAB>HEXUTF8', for the encodings test.

The reference is independent of ICU: Python's codec (encoding_reference.py CODEC), or
glibc's iconv (encoding_reference.py iconv:NAME) where Python's table is not the one
users of the name mean (Big5 as Windows reads it, GB18030-2022).

--leads A1-F4 keeps the two-byte sequences with those lead bytes (no single bytes);
--jis0212 A1-F2 gives EUC-JP's three-byte sequences (8F, then a row in that range)."""
import ctypes, ctypes.util, sys

import argparse

ap = argparse.ArgumentParser()
ap.add_argument("name")
ap.add_argument("--leads")
ap.add_argument("--jis0212")
args = ap.parse_args()
name = args.name


def byte_range(text):
    first, last = text.split("-")
    return range(int(first, 16), int(last, 16) + 1)


def python_decoder(codec):
    def decode(seq):
        try:
            return seq.decode(codec)
        except UnicodeDecodeError:
            return None
    return decode


def iconv_decoder(encoding):
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    libc.iconv_open.restype = ctypes.c_void_p
    libc.iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    libc.iconv.restype = ctypes.c_size_t
    libc.iconv.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t),
                           ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(ctypes.c_size_t)]
    handle = libc.iconv_open(b"UTF-8", encoding.encode())
    if handle in (None, ctypes.c_void_p(-1).value):
        sys.exit(f"iconv does not know {encoding}")
    out = ctypes.create_string_buffer(64)

    def decode(seq):
        libc.iconv(handle, None, None, None, None)  # reset the state
        src = ctypes.c_char_p(seq)
        src_left = ctypes.c_size_t(len(seq))
        dst = ctypes.cast(out, ctypes.c_char_p)
        dst_left = ctypes.c_size_t(len(out))
        if libc.iconv(handle, ctypes.byref(src), ctypes.byref(src_left), ctypes.byref(dst), ctypes.byref(dst_left)) \
                == ctypes.c_size_t(-1).value or src_left.value:
            return None
        return out.raw[:len(out) - dst_left.value].decode("utf-8")
    return decode


decode = iconv_decoder(name[6:]) if name.startswith("iconv:") else python_decoder(name)
out = []


def add(seq):
    text = decode(seq)
    if text is not None and len(text) == 1:
        out.append(f"{seq.hex()}\t{text.encode('utf-8').hex()}")
        return True
    return False


if args.jis0212:
    for row in byte_range(args.jis0212):
        for cell in range(0xA1, 0xFF):
            add(bytes([0x8F, row, cell]))
elif args.leads:
    for lead in byte_range(args.leads):
        for trail in range(0x21, 0x100):
            add(bytes([lead, trail]))
else:
    for lead in range(0x80, 0x100):
        if add(bytes([lead])):
            continue
        for trail in range(0x21, 0x100):
            add(bytes([lead, trail]))
    if "gb18030" in name.lower():  # four bytes: 81 30 81 30 up to 84 39 FE 39 spell the rest of the BMP
        for b1 in range(0x81, 0x85):
            for b2 in range(0x30, 0x3A):
                for b3 in range(0x81, 0xFF):
                    for b4 in range(0x30, 0x3A):
                        add(bytes([b1, b2, b3, b4]))
print("\n".join(out))
