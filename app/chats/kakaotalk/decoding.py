"""The bytes of an export as text, in the encoding they were written in, said out loud.

KakaoTalk writes UTF-8 (phones, newer PCs; sometimes with a byte order mark), UTF-16 (some
PC versions) and, in old Windows exports, CP949 (the Windows superset of EUC-KR). The
encoding is detected from the bytes, never guessed silently: a byte order mark names it;
UTF-16 without one shows itself by its zero bytes; otherwise the bytes must be valid UTF-8,
else valid CP949, else the file is refused. Which was used is returned and recorded.
"""

from __future__ import annotations

import codecs

from quietcase.app.chats.kakaotalk.model import UNKNOWN_ENCODING
from quietcase.app.core.errors import UserError

UTF8 = "UTF-8"
UTF8_BOM = "UTF-8 with BOM"
UTF16LE = "UTF-16 LE"
UTF16BE = "UTF-16 BE"
UTF16LE_BOM = "UTF-16 LE with BOM"
UTF16BE_BOM = "UTF-16 BE with BOM"
CP949 = "CP949 (EUC-KR)"

_SAMPLE = 4096


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, the encoding's name); `UserError` when it is none of KakaoTalk's."""
    for bom, codec, label in (
        (codecs.BOM_UTF8, "utf-8", UTF8_BOM),
        (codecs.BOM_UTF16_LE, "utf-16-le", UTF16LE_BOM),
        (codecs.BOM_UTF16_BE, "utf-16-be", UTF16BE_BOM),
    ):
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, name), label
    wide = _utf16_without_bom(data[:_SAMPLE])
    if wide is not None:
        codec, label = wide
        return _strict(data, codec, name), label
    try:
        return data.decode("utf-8"), UTF8
    except UnicodeDecodeError:
        pass
    return _strict(data, "cp949", name), CP949


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise UserError(UNKNOWN_ENCODING, name=name) from None


def _utf16_without_bom(sample: bytes) -> tuple[str, str] | None:
    """UTF-16 text (digits, spaces, line ends are ASCII in every KakaoTalk export) has a zero
    byte in many of its odd (LE) or even (BE) places; UTF-8 and CP949 text has none."""
    pairs = len(sample) // 2
    if pairs < 8 or len(sample) % 2:
        return None
    even = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    # Hangul's own low bytes are zero now and then (U+B300 is 대): a few on the other side
    if odd > pairs // 4 and even * 8 < odd:
        return "utf-16-le", UTF16LE
    if even > pairs // 4 and odd * 8 < even:
        return "utf-16-be", UTF16BE
    return None


def split_lines(text: str) -> tuple[list[str], str]:
    """The text's lines as an editor numbers them (line 1 first), and its line ends: "LF",
    "CRLF", "CR" or "mixed". Only LF, CRLF and CR end a line (`str.splitlines` would also
    split at characters a message may hold, and the line numbers would drift)."""
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    kinds = [k for k, n in (("CRLF", crlf), ("LF", lf), ("CR", cr)) if n]
    newline = kinds[0] if len(kinds) == 1 else ("LF" if not kinds else "mixed")
    if cr:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    elif crlf:
        text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the end of the last line, not a line of its own
    return lines, newline
