"""Find the input documents and read each one into a ``Document``.

``iter_sources`` turns what the user named (files, folders, globs, JSON Lines files)
into a lazy stream of ``Source``s; ``read_source`` reads one of them: it tells text
from binary files, decodes the bytes in whatever encoding they are in, pulls the
article out of an HTML page and reads the headline, the year and the byline.

Every problem with one input is an ``InputError`` naming the input and the problem;
a name that matches no input at all is a ``UsageError``.
"""
from __future__ import annotations

import glob
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from . import lexicon
from .nlp import simplify
from .records import Credit, Document, DocumentMetadata, Span


class InputError(Exception):
    """One input cannot be read: ``reason`` says why in words a user understands."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UsageError(Exception):
    """An input the user named does not exist or matches nothing."""


class _Unreadable(Exception):
    """Raised by the helpers below; ``read_source`` adds the source's name."""


@dataclass
class Source:
    """One document to read: a file, one line of a JSON Lines file, or a given text."""

    name: str  # the path as given, or the JSON Lines id
    path: Optional[Path] = None
    text: Optional[str] = None  # given directly (JSON Lines, notebook API)
    metadata: dict[str, Any] = field(default_factory=dict)  # given with the text (JSON Lines)
    line: Optional[int] = None  # the line of the JSON Lines file
    problem: Optional[str] = None  # why the JSON Lines line cannot be read


# --- Finding the inputs -------------------------------------------------------------

_GLOB_CHARS = re.compile(r"[*?\[]")


def iter_sources(inputs: Iterable[str | Path]) -> Iterator[Source]:
    """The documents of ``inputs`` (files, folders, globs), one at a time, in a stable order.

    Every input is checked before the first document is given, so that a misspelt
    name stops the run before it starts (``UsageError``).
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    files = [_files_of(item) for item in inputs]
    for path in chain.from_iterable(files):
        yield from _sources_of_file(path)


def texts_to_sources(texts: Iterable[str | tuple[str, str]]) -> Iterator[Source]:
    """Sources for texts given in memory: plain texts get the ids text-1, text-2, ..."""
    for number, item in enumerate(texts, 1):
        name, text = item if isinstance(item, tuple) else (f"text-{number}", item)
        if isinstance(text, str):
            yield Source(name=str(name), text=text)
        else:
            yield Source(name=str(name), problem=f"not a text but {type(text).__name__}")


def _files_of(item: str | Path) -> Iterator[Path]:
    path = Path(item)
    if path.is_dir():
        return _nonempty(_walk(path), f"{item}: folder holds no files")
    if path.exists():
        return iter([path])
    if _GLOB_CHARS.search(str(item)):
        matches = sorted(glob.glob(str(item), recursive=True))
        files = chain.from_iterable(_walk(Path(m)) if os.path.isdir(m) else [Path(m)] for m in matches)
        return _nonempty(files, f"{item}: matches no file")
    raise UsageError(f"{item}: no such file or folder")


def _nonempty(paths: Iterator[Path], complaint: str) -> Iterator[Path]:
    first = next(paths, None)
    if first is None:
        raise UsageError(complaint)
    return chain([first], paths)


# Files of structured data beside the reports in a folder (gold annotations, exports,
# queries, settings) are not documents. Every other file is read, so that a PDF or a
# binary renamed .txt gets its error. A file named on the command line is always read.
DATA_SUFFIXES = frozenset({".json", ".jsonld", ".csv", ".tsv", ".ttl", ".trig", ".nq", ".nt", ".rq",
                           ".graphml", ".xml", ".yaml", ".yml", ".toml", ".py", ".pyc"})


def _walk(folder: Path) -> Iterator[Path]:
    """Every file under ``folder`` but hidden and data files, depth first, sorted by name."""
    try:
        with os.scandir(folder) as entries:
            visible = sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        yield folder  # reading it reports why it cannot be listed
        return
    for entry in visible:
        if entry.is_dir():
            yield from _walk(Path(entry.path))
        elif entry.is_file() and Path(entry.name).suffix.lower() not in DATA_SUFFIXES:
            yield Path(entry.path)


def _sources_of_file(path: Path) -> Iterator[Source]:
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl_sources(path)
    else:
        yield Source(name=str(path), path=path)


# --- JSON Lines -----------------------------------------------------------------------


def _jsonl_sources(path: Path) -> Iterator[Source]:
    """One Source per non-blank line; a line that cannot be read becomes a Source with a problem."""
    try:
        with path.open("rb") as lines:
            kind = _binary_kind(lines.read(8192))
            if kind:
                yield Source(name=str(path), path=path, problem=f"binary file ({kind})")
                return
            lines.seek(0)
            for number, raw in enumerate(lines, 1):
                if raw.strip():
                    yield _jsonl_record(path, number, raw)
    except OSError as err:
        yield Source(name=str(path), path=path, problem=f"cannot read ({err.strerror})")


def _jsonl_record(path: Path, number: int, raw: bytes) -> Source:
    where = f"{path}:{number}"
    try:
        record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError:
        return Source(name=where, path=path, line=number, problem="line is not UTF-8")
    except json.JSONDecodeError as err:
        return Source(name=where, path=path, line=number,
                      problem=f"line is not valid JSON ({err.msg} at column {err.colno})")
    problem = _record_problem(record)
    if problem:
        return Source(name=where, path=path, line=number, problem=problem)
    metadata = {key: value for key, value in record.items() if key != "text"}
    name = str(record["id"]) if record.get("id") not in (None, "") else where
    return Source(name=name, path=path, text=record["text"], metadata=metadata, line=number)


def _record_problem(record: Any) -> Optional[str]:
    if not isinstance(record, dict):
        return f"line is not a JSON object but {type(record).__name__}"
    if not isinstance(record.get("text"), str):
        return 'line has no "text" string'
    if not isinstance(record.get("metadata", {}), dict):
        return 'line\'s "metadata" is not an object'
    return None


# --- Reading one source -----------------------------------------------------------------


def read_source(source: Source) -> Document:
    """The document of ``source``: its text as decoded (or extracted from HTML) and metadata."""
    try:
        return _read(source)
    except _Unreadable as err:
        raise InputError(source.name, str(err)) from None


def _read(source: Source) -> Document:
    if source.problem:
        raise _Unreadable(source.problem)
    if source.text is not None:
        text, encoding, digest = source.text, "utf-8", _sha256(source.text.encode("utf-8", "surrogatepass"))
        _check_not_blank(text, "empty text")
    else:
        raw = _read_bytes(source.path)
        text, encoding, digest = *decode(raw), _sha256(raw)
    media_type, page_title = "text/plain", None
    if looks_like_html(text, source.path):
        text, page_title = html_to_text(text)
        media_type = "text/html"
    return Document(doc_id=doc_id_of(source), source=source.name, text=text, sha256=digest,
                    media_type=media_type, encoding=encoding,
                    metadata=read_metadata(text, source.metadata, page_title, name_year(source)))


def _read_bytes(path: Optional[Path]) -> bytes:
    if path is None:
        raise _Unreadable("neither a file nor a text")
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise _Unreadable("is a folder that cannot be listed") from None
    except OSError as err:
        raise _Unreadable(f"cannot read ({err.strerror or err})") from None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_not_blank(text: str, empty: str) -> None:
    if not text:
        raise _Unreadable(empty)
    if not text.strip():
        raise _Unreadable("only whitespace")


# --- Telling text from binary -------------------------------------------------------------

# Signatures at the start of common non-text files: (prefix, kind).
_MAGIC = [
    (b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP"), (b"PK\x05\x06", "ZIP"), (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"), (b"\x1f\x8b", "gzip"),
    (b"\x7fELF", "ELF executable"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office 97-2003 (DOC/XLS)"),
    (b"Rar!\x1a\x07", "RAR"), (b"7z\xbc\xaf\x27\x1c", "7-Zip"), (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"), (b"SQLite format 3\x00", "SQLite"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"),
    (b"OggS", "Ogg"), (b"\x00asm", "WebAssembly"), (b"\xca\xfe\xba\xbe", "Java class"), (b"{\\rtf", "RTF"),
]  # formats without a distinctive signature are caught by their NUL and control bytes
# Parts of a ZIP that tell which office or e-book format it is.
_ZIP_KINDS = [("word/", "DOCX"), ("xl/", "XLSX"), ("ppt/", "PPTX"), ("META-INF/container.xml", "EPUB")]
_RIFF_KINDS = {b"WEBP": "WebP", b"WAVE": "WAV", b"AVI ": "AVI"}
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")


def _binary_kind(head: bytes, whole: Optional[bytes] = None) -> Optional[str]:
    """What binary format ``head`` (the first bytes of a file) is in, or None for text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return _zip_kind(whole or head) if kind == "ZIP" else kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if head[4:8] == b"ftyp":
        return "MP4/MOV video"
    if b"\x00" in head:
        return "contains NUL bytes"
    controls = sum(head.count(b) for b in _CONTROL_BYTES)
    if controls > len(head) // 100:
        return "control characters"
    return None


def _zip_kind(data: bytes) -> str:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError):
        return "ZIP"
    for part, kind in _ZIP_KINDS:
        if any(name.startswith(part) for name in names):
            return f"ZIP: {kind}"
    return "ZIP"


# --- Decoding -----------------------------------------------------------------------

# Byte order marks, longest first (a UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
]
# The codec to decode with for what charset-normalizer names: GB18030 is the superset of
# GBK and GB2312; Big5 files often use the Microsoft or Hong Kong extensions.
_DECODE_AS = {
    "gb2312": ["gb18030"], "gbk": ["gb18030"], "gb18030": ["gb18030"],
    "big5": ["big5", "cp950", "big5hkscs"], "cp950": ["cp950", "big5hkscs"], "big5hkscs": ["big5hkscs"],
}
_SAMPLE = 1 << 16  # enough bytes or characters to judge a whole file by
_BAD_CATEGORIES = {"Cc", "Co", "Cs", "Cn"}


def decode(raw: bytes) -> tuple[str, str]:
    """The text of ``raw`` and the encoding it was in, judged from the bytes alone."""
    if not raw:
        raise _Unreadable("empty file")
    kind = _binary_kind(raw[:_SAMPLE], raw)
    bom = next((codec for mark, codec in _BOMS if raw.startswith(mark)), None)
    if bom:
        return _decode_with_bom(raw, bom), bom
    if kind:
        raise _Unreadable(f"binary file ({kind})")
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_detected(raw)
    _check_not_blank(text, "empty file")
    return text, encoding


def _decode_with_bom(raw: bytes, codec: str) -> str:
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        raise _Unreadable(f"not valid {codec.upper()} although it starts with its byte order mark") from None
    _check_not_blank(text, "empty file")
    if codec != "utf-8-sig" and not _plausible(text):  # FF FE may just start a binary file
        raise _Unreadable("not text in any known encoding")
    return text


def _decode_detected(raw: bytes) -> tuple[str, str]:
    for encoding in _candidate_encodings(raw):
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text, encoding
    raise _Unreadable("not text in any known encoding")


def _candidate_encodings(raw: bytes) -> Iterator[str]:
    from charset_normalizer import from_bytes  # imported here: it takes a moment to load

    for match in from_bytes(raw):
        name = match.encoding.lower().replace("-", "").replace("_", "")
        yield from _DECODE_AS.get(name, [match.encoding])


def _plausible(text: str) -> bool:
    """Whether a sample of ``text`` is free of control, private-use and unassigned characters."""
    sample = text[:_SAMPLE]
    bad = sum(1 for c in sample if unicodedata.category(c) in _BAD_CATEGORIES and c not in "\t\n\v\f\r\x1b")
    return bad + sample.count("\ufffd") <= len(sample) // 200


# --- HTML -------------------------------------------------------------------------------

_HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.I | re.S)
_HTML_TAG = re.compile(r"<(html|head|body|p|div|br|span|h[1-6]|article|table|a)\b[^>]*>", re.I)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
# Page furniture that is never the article, dropped before extraction.
_FURNITURE = ("//script|//style|//noscript|//template|//nav|//header|//footer|//aside|//form|//iframe"
              "|//*[@role='navigation' or @role='banner' or @role='contentinfo']")
_FURNITURE_CLASS = re.compile(r"\b(nav|navbar|menu|breadcrumbs?|sidebar|footer|toolbar|share|copyright)\b", re.I)
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption"}
_TITLE_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+|\s*[_|｜]\s*")


def looks_like_html(text: str, path: Optional[Path] = None) -> bool:
    """An HTML page: by its start, or by its name and a tag near the start."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return bool(path and path.suffix.lower() in _HTML_SUFFIXES and _HTML_TAG.search(head))


def html_to_text(html: str) -> tuple[str, Optional[str]]:
    """The article text of a page (paragraphs on lines of their own) and its <title>."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", html))
    except (ValueError, lxml.etree.ParserError) as err:
        raise _Unreadable(f"HTML that cannot be parsed ({err})") from None
    title = _page_title(tree)
    _drop_furniture(tree)
    text = _article_text(tree) or _plain_text(tree)
    if not text.strip():
        raise _Unreadable("HTML page without text")
    return text, title


def _page_title(tree) -> Optional[str]:
    title = " ".join((tree.findtext(".//title") or "").split())
    return _TITLE_SITE_SUFFIX.split(title)[0] or None


def _drop_furniture(tree) -> None:
    for element in tree.xpath(_FURNITURE):
        element.drop_tree()
    for element in tree.xpath("//body//*[@class or @id]"):
        if element.getparent() is not None and _FURNITURE_CLASS.search(
                f"{element.get('class', '')} {element.get('id', '')}"):
            element.drop_tree()


def _article_text(tree) -> str:
    import trafilatura

    try:
        return trafilatura.extract(tree, output_format="txt", include_comments=False,
                                   include_tables=True, deduplicate=False) or ""
    except Exception:  # an extractor's failure on an odd page is no reason to lose the page
        return ""


def _plain_text(tree) -> str:
    """Text of every block on its own line: the fallback when trafilatura finds no article."""
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


# --- Document ids ---------------------------------------------------------------------

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9_.-]+")


def doc_id_of(source: Source) -> str:
    """A stable id from the name the document goes by: its file stem or its JSON Lines id."""
    if source.line is not None:
        given = source.metadata.get("id")
        return slug_id(str(given) if given not in (None, "") else f"{source.path.stem}-{source.line}")
    return slug_id(source.path.stem if source.path else source.name)


def slug_id(name: str) -> str:
    """``name`` itself when it is ASCII-safe, else its safe part and a short hash of it."""
    name = unicodedata.normalize("NFC", name)  # macOS spells file names decomposed
    if _SAFE_ID.fullmatch(name):
        return name
    slug = _UNSAFE_RUN.sub("-", name).strip("-._")[:40]
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else f"doc-{digest}"


# --- Metadata: headline, dates, byline ------------------------------------------------------

_HEAD_CHARS = 5000  # the headline, dateline and byline are near the start ...
_TAIL_CHARS = 2000  # ... or the end: a large text is searched only there
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")
_SUBTITLE_DASHES = re.compile(r"^(——|――|──|－－|--|—)\s*")
_SENTENCE_MARKS = re.compile(r"[。！？!?]|[，,：:；;、…]$")


def read_metadata(text: str, given: Optional[dict] = None, page_title: Optional[str] = None,
                  named_year: Optional[int] = None) -> DocumentMetadata:
    """What the document says of itself; ``given`` is what came with it (JSON Lines), ``named_year``
    the year in the name it goes by (report_2023.txt): a collector's label, surer than a guess from
    the years the text names."""
    given = given or {}
    head = text[:_HEAD_CHARS]
    title, subtitle, site = headline(head)
    document_date = _given_date(given) or dateline(text)
    year = (year_in(title) or year_in(subtitle) or _year_of(document_date)
            or _given_year(given) or named_year or frequent_year(head))
    return DocumentMetadata(
        title=_given_str(given, "title") or title or page_title, subtitle=subtitle, site=site, year=year,
        date=document_date, credits=find_credits(text), extra=_extra(given))


def _lines(text: str, offset: int = 0) -> Iterator[tuple[int, str]]:
    """(start, line) for each line of ``text``, whatever its line ends."""
    for match in _LINE.finditer(text):
        yield offset + match.start(), match.group(1)


def headline(head: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """The title (the first lines, if they read as a headline), the subtitle (a ——line) and the
    site's banner above the title, if there is one."""
    blocks, site = _first_blocks(head, 5), None
    if len(blocks) > 1 and _is_site_banner(blocks[0]) and _is_headline(blocks[1][0]):
        site, blocks = blocks[0][0], blocks[1:]  # 洛屏市民政局　工作动态: the site and its channel
    title_lines = []
    for line in blocks[0] if blocks else []:
        if not _is_headline(line) or len(title_lines) == 2:
            break
        title_lines.append(line)
    subtitles = (line for block in blocks for line in block[:2] if _SUBTITLE_DASHES.match(line))
    subtitle = next(subtitles, None)
    return " ".join(title_lines) or None, _SUBTITLE_DASHES.sub("", subtitle) if subtitle else None, site


_BANNER = re.compile(r"(\S+?)(?:\u3000|\t| {2,})\s*\S.*")


def _is_site_banner(block: list[str]) -> bool:
    """A block of one line: a site's name (a body, its portal or its media), a wide gap, its channel."""
    banner = _BANNER.fullmatch(block[0]) if len(block) == 1 else None
    vocabulary = byline_vocabulary()
    return banner is not None and banner.group(1).endswith(vocabulary.organization_suffixes + vocabulary.site_endings)


def _first_blocks(head: str, count: int) -> list[list[str]]:
    """The first ``count`` runs of non-blank lines (stripped)."""
    blocks: list[list[str]] = [[]]
    for _, line in _lines(head):
        line = line.strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            if len(blocks) == count:
                break
            blocks.append([])
    return [block for block in blocks if block]


def _is_headline(line: str) -> bool:
    return (2 <= len(line) <= 50 and not _SENTENCE_MARKS.search(line) and not _SUBTITLE_DASHES.match(line)
            and not is_header_line(line))


def is_header_line(line: str) -> bool:
    """发布时间：2025-09-28　来源：…　作者：…: a page's date or byline line, no prose."""
    return bool(_parse_date_line(line) or _parse_byline(line, 0))


# Dates: 2023年3月5日, 二〇二三年三月五日, 2023-03-05, 2023/3/5, 2023.03.05 (digits may be full width).
_DIGIT = r"[0-9０-９]"
_HAN_DIGIT = "〇零一二三四五六七八九"
_HAN_VALUE = {**{c: i for i, c in enumerate("〇一二三四五六七八九")}, "零": 0}
_DATE = re.compile(
    rf"(?<!{_DIGIT})(?P<y>{_DIGIT}{{4}}|[{_HAN_DIGIT}]{{4}})\s*(?:年\s*(?P<m>{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月"
    rf"\s*(?P<d>{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[日号]|[-/.](?P<m2>{_DIGIT}{{1,2}})[-/.](?P<d2>{_DIGIT}{{1,2}})"
    rf"(?!{_DIGIT}))")
_YEAR = re.compile(rf"(?<!{_DIGIT})(?P<y>{_DIGIT}{{4}}|[{_HAN_DIGIT}]{{4}})\s*年")
_DATELINE_LINES = 6
_MAX_HEADER_LINE = 80  # 来源：… 作者：… 发布时间：… 浏览次数：… on one line


def dateline(text: str) -> Optional[str]:
    """The ISO date of a line near the start or the end that is only a date (and a label)."""
    lines = [line.strip() for _, line in _lines(text[:_HEAD_CHARS]) if line.strip()]
    tail = [line.strip() for _, line in _lines(text[-_TAIL_CHARS:]) if line.strip()]
    for line in lines[:_DATELINE_LINES] + tail[-_DATELINE_LINES:]:
        found = _parse_date_line(line)
        if found:
            return found
    return _news_lead_date(lines[:_DATELINE_LINES])


def _news_lead_date(lines: list[str]) -> Optional[str]:
    """本报讯（记者 唐思远）2023年3月16日上午，…: a news lead opens with its date."""
    for line in lines:
        match = _DATE.search(line[:40])
        if match and re.search(r"讯|电|消息|日前|近日|^\d", line[:match.start()] or "0"):
            return _iso_date(match)
    return None


def _parse_date_line(line: str) -> Optional[str]:
    return _page_header_date(line) or _bare_date_line(line)


def _page_header_date(line: str) -> Optional[str]:
    """发布时间：2025-05-16 09:32　来源：绵阳市政协: the date a page gives itself under a label,
    whatever else its header line holds (a time, 来源, 作者, 浏览次数)."""
    if len(line) > _MAX_HEADER_LINE or "。" in line:
        return None
    # Traditional pages spell the labels 發布時間: match on the simplified line (same length).
    for label in _dateline_label().finditer(simplify(line)):
        match = _DATE.match(line, label.end())
        if match:
            return _iso_date(match)
    return None


@lru_cache(maxsize=1)
def _dateline_label() -> re.Pattern:
    """A label at the start of the line or after a gap: 会议时间： names another day than the page's."""
    labels = lexicon.alternation(lexicon.time_words()["dateline_labels"])
    return re.compile(rf"(?:^|(?<=[\s|｜【\[（(]))(?:{labels})\s*[:：]\s*")


def _bare_date_line(line: str) -> Optional[str]:
    if len(line) > 40 or "。" in line:
        return None
    match = _DATE.search(line)
    if not match:
        return None
    rest = re.sub(r"[\s\d:：()（）,，\-]|星期.|周.", "", line[:match.start()] + line[match.end():])
    return _iso_date(match) if len(rest) <= 10 else None


def _iso_date(match: re.Match) -> Optional[str]:
    try:
        day = date(_number(match["y"]), _number(match["m"] or match["m2"]), _number(match["d"] or match["d2"]))
    except ValueError:
        return None
    return day.isoformat()


def _number(written: str) -> int:
    """12, １２, 十二, 二十五 or 二〇二二 as an int."""
    written = unicodedata.normalize("NFKC", written)
    if written.isdigit():
        return int(written)
    if "十" not in written:
        return int("".join(str(_HAN_VALUE[c]) for c in written))
    tens, _, ones = written.partition("十")
    return (_HAN_VALUE[tens] if tens else 1) * 10 + (_HAN_VALUE[ones] if ones else 0)


def year_in(line: Optional[str]) -> Optional[int]:
    """The first plausible year written as ``NNNN年`` in ``line``."""
    for match in _YEAR.finditer(line or ""):
        year = _number(match["y"])
        if 1900 <= year <= 2100:
            return year
    return None


def frequent_year(head: str) -> Optional[int]:
    """The year named most often; of years named as often, the latest: a meeting's news reviews
    the year past (2024年，全镇实现…) and plans the present one (2025年全镇将…) alike, and is of
    the present one. A target (到2035年, 力争2026年底前) is no year the text is in."""
    target = _target_before()
    years = Counter(y for y in (_number(m["y"]) for m in _YEAR.finditer(head)
                                if not target.search(head, max(0, m.start() - 4), m.start())) if 1900 <= y <= 2100)
    return max(years, key=lambda y: (years[y], y)) if years else None


@lru_cache(maxsize=1)
def _target_before() -> re.Pattern:
    """What a year looked ahead to follows: 到, 至 or a plan word (力争, 预计 …)."""
    words = ["到", "至", *lexicon.time_words()["plan_words"]]
    return re.compile(rf"(?:{lexicon.alternation(words)})\s*$")


_NAME_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def name_year(source: Source) -> Optional[int]:
    """The year in the name a document goes by: its file's stem, or its JSON Lines id."""
    if source.line is not None:
        name = str(source.metadata.get("id") or "")
    else:
        name = source.path.stem if source.path else source.name
    match = _NAME_YEAR.search(name)
    return int(match.group()) if match else None


def _year_of(iso_date: Optional[str]) -> Optional[int]:
    return int(iso_date[:4]) if iso_date else None


def _given_str(given: dict, key: str) -> Optional[str]:
    value = given.get(key)
    return value.strip() or None if isinstance(value, str) else None


def _given_date(given: dict) -> Optional[str]:
    value = _given_str(given, "date")
    match = _DATE.search(value) if value else None
    return _iso_date(match) if match else None


def _given_year(given: dict) -> Optional[int]:
    value = given.get("year")
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
        year = int(value)
        return year if 1900 <= year <= 2100 else None
    return None


def _extra(given: dict) -> dict[str, Any]:
    """What came with the text, the nested ``metadata`` object flattened into it."""
    extra = {key: value for key, value in given.items() if key not in ("id", "metadata")}
    extra.update(given.get("metadata") or {})
    return extra


# --- Bylines ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Vocabulary:
    labels: dict[str, str]
    roles: dict[str, str]
    postfixes: dict[str, str]
    leads: frozenset[str]
    organization_suffixes: tuple[str, ...]
    not_names: frozenset[str]
    site_endings: tuple[str, ...]

    @property
    def prefixes(self) -> list[str]:
        """Words that may open a run of Han characters, longest first."""
        return sorted(set(self.roles) | self.leads, key=len, reverse=True)


@lru_cache(maxsize=1)
def byline_vocabulary() -> _Vocabulary:
    """The byline words of data/lexicons/bylines.json, in simplified and traditional spelling."""
    data = lexicon.bylines()
    spellings = _traditional_spellings()

    def words(key: str) -> dict[str, str]:
        listed = {word: value for word, value in data[key].items() if not word.startswith("_")}
        return {spelling: value for word, value in listed.items() for spelling in spellings(word)}

    def word_list(key: str) -> list[str]:
        return [spelling for word in data[key]["words"] for spelling in spellings(word)]

    return _Vocabulary(labels=words("labels"), roles=words("roles"), postfixes=words("postfixes"),
                       leads=frozenset(word_list("leads")),
                       organization_suffixes=tuple(word_list("organization_suffixes")),
                       not_names=frozenset(word_list("not_names")),
                       site_endings=tuple(word_list("site_banners")))


def _traditional_spellings():
    """word -> the word and its traditional spellings (Taiwan, Hong Kong), without duplicates."""
    import opencc

    converters = [opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk")]
    return lambda word: list(dict.fromkeys([word] + [c.convert(word) for c in converters]))


_PARENTHESIZED = re.compile(r"[（(]([^（）()\r\n]{2,60})[）)]")
_BYLINE_TOKEN = re.compile(r"(?P<han>[\u3400-\u9fff]+)|(?P<slash>[/／|｜])|(?P<gap>[\s:：、，,·]+)|(?P<other>.)")
_MAX_BYLINE = 60


def find_credits(text: str) -> list[Credit]:
    """The credits of every byline near the start or the end of ``text``, in text order."""
    credits: dict[tuple[int, str], Credit] = {}
    for offset, region in _byline_regions(text):
        for start, line in _lines(region, offset):
            stripped = line.strip()
            if stripped and stripped[0] not in "（(" and len(stripped) <= _MAX_BYLINE:
                found = _parse_byline(stripped, start + line.index(stripped)) or _parse_fields(line, start)
                credits.update(((c.span.start, c.contribution), c) for c in found)
        for match in _PARENTHESIZED.finditer(region):
            found = _parse_byline(match.group(1), offset + match.start(1)) or _body_and_name(match, offset)
            credits.update(((c.span.start, c.contribution), c) for c in found)
    return sorted(credits.values(), key=lambda c: c.span.start)  # stable: 文/图 keeps its order


def _body_and_name(match: re.Match, offset: int) -> list[Credit]:
    """（市政协文化文史和学习委员会　曲思远） on a line of its own: the writer, after the body
    he writes for and a wide gap."""
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    line_end = match.string.find("\n", match.end())
    if match.string[line_start:line_end if line_end >= 0 else None].strip() != match.group():
        return []
    parts = re.fullmatch(r"([^\s\u3000]{2,24})(?:\u3000+|\s{2,})([^\s\u3000]{2,4})", match.group(1))
    if parts is None or not _is_organization(parts.group(1)) or _is_organization(parts.group(2)) \
            or not _could_be_name(parts.group(2)) or _surname_of(parts.group(2)) is None:
        return []
    start = offset + match.start(1) + parts.start(2)
    return [Credit(contribution="text", role=None, name=parts.group(2), organization=parts.group(1),
                   span=Span(start, start + len(parts.group(2)), parts.group(2)))]


def _parse_fields(line: str, start: int) -> list[Credit]:
    """发布时间：2025年4月24日　来源：…　作者：郗雨桐: a page header's fields, each read as a byline of its own;
    one space stays inside a field (文/图：招生就业处 桂晓雯), a wider gap parts two."""
    found: list[Credit] = []
    role_at = None
    for part in re.finditer(r"[^\s\u3000]+(?: [^\s\u3000]+)*", line):
        if part.group() in byline_vocabulary().roles:
            role_at = part.start()  # 记者　满思远: a role alone, its names in the next field
            continue
        begin, role_at = (part.start() if role_at is None else role_at), None
        credits = _parse_byline(line[begin:part.end()], start + begin)
        found += credits if credits is not None else _next_name(found, part.group(), start + part.start())
    return found


def _next_name(found: list[Credit], field_text: str, start: int) -> list[Credit]:
    """记者：聂思远　石嘉琪: a field that is a name alone, right after a field crediting a person,
    is one more name of that field (a page header parts two names by a wide gap too)."""
    last = found[-1] if found else None
    surname = _surname_of(field_text)
    if last is None or last.name is None or last.span.end + 3 < start or surname is None \
            or not _could_be_name(field_text) or not 2 <= len(field_text) - len(surname) + 1 <= 3:
        return []  # 文化建设 starts with a surname, but a given name has one or two characters
    return [Credit(contribution=last.contribution, role=last.role, name=field_text, organization=None,
                   span=Span(start, start + len(field_text), field_text))]


def _surname_of(text: str) -> Optional[str]:
    return next((s for s in lexicon.surnames() if text.startswith(s)), None)


def _byline_regions(text: str) -> list[tuple[int, str]]:
    if len(text) <= _HEAD_CHARS + _TAIL_CHARS:
        return [(0, text)]
    tail_start = len(text) - _TAIL_CHARS
    return [(0, text[:_HEAD_CHARS]), (tail_start, text[tail_start:])]


@dataclass
class _Piece:
    kind: str  # label, role, postfix, lead, name
    text: str
    start: int
    before_name: bool = False  # a label or postfix word followed by a name


@dataclass
class _Group:
    """Names that share one role and one contribution: 文/记者 | 李一."""

    labels: list[str] = field(default_factory=list)
    role: Optional[str] = None
    postfix: Optional[str] = None
    names: list[_Piece] = field(default_factory=list)


def _parse_byline(byline: str, offset: int) -> Optional[list[Credit]]:
    """The credits of ``byline`` (which starts at ``offset``), or None if it is not one."""
    pieces = _byline_pieces(byline, offset)
    if not pieces or not any(p.kind in ("label", "role", "postfix") for p in pieces):
        return None
    groups = _group(pieces)
    if groups is None or not any(g.names for g in groups):
        return None
    return [credit for g in groups for credit in _credits_of(g)]


def _byline_pieces(byline: str, offset: int) -> Optional[list[_Piece]]:
    tokens = list(_BYLINE_TOKEN.finditer(byline))
    pieces: list[_Piece] = []
    for i, token in enumerate(tokens):
        if token.lastgroup == "other":
            return None
        if token.lastgroup == "han":
            before_slash = i + 1 < len(tokens) and tokens[i + 1].lastgroup == "slash"
            split = _split_run(token.group(), offset + token.start(), before_slash)
            if split is None:
                return None
            pieces += split
    for piece, following in zip(pieces, pieces[1:]):
        piece.before_name = following.kind == "name"
    return pieces


def _split_run(run: str, start: int, before_slash: bool) -> Optional[list[_Piece]]:
    """A run of Han characters as byline words and a name: 记者李一, 区政协提供, 李一图 (before /)."""
    vocabulary = byline_vocabulary()
    for kind, words in (("label", vocabulary.labels), ("postfix", vocabulary.postfixes)):
        if run in words:
            return [_Piece(kind, run, start)]
    pieces = []
    while True:
        prefix = next((w for w in vocabulary.prefixes if run.startswith(w)), None)
        if not prefix:
            break
        pieces.append(_Piece("lead" if prefix in vocabulary.leads else "role", prefix, start))
        run, start = run[len(prefix):], start + len(prefix)
    if run:
        name_and_word = _split_word_after_name(run, before_slash)
        if name_and_word is None:
            return None
        name, word_kind = name_and_word
        pieces.append(_Piece("name", name, start))
        if word_kind:
            pieces.append(_Piece(word_kind, run[len(name):], start + len(name)))
    return pieces


def _split_word_after_name(run: str, before_slash: bool) -> Optional[tuple[str, Optional[str]]]:
    """``run`` as a name and the byline word glued after it (区政协|提供), or None if no name."""
    vocabulary = byline_vocabulary()
    endings = [(w, "postfix") for w in vocabulary.postfixes]
    if before_slash:
        endings += [(w, "label") for w in vocabulary.labels]
    for word, kind in sorted(endings, key=lambda e: len(e[0]), reverse=True):
        if run.endswith(word) and _could_be_name(run[:-len(word)]):
            return run[:-len(word)], kind
    return (run, None) if _could_be_name(run) else None


def _could_be_name(run: str) -> bool:
    vocabulary = byline_vocabulary()
    if run in vocabulary.not_names or run in vocabulary.roles or run in vocabulary.labels or run in lexicon.title_set():
        return False  # 审核：局长 薛沛然: a title, no name
    return 2 <= len(run) <= 4 or (len(run) <= 20 and _is_organization(run))


def _is_organization(name: str) -> bool:
    return len(name) >= 2 and name.endswith(byline_vocabulary().organization_suffixes)


def _group(pieces: list[_Piece]) -> Optional[list[_Group]]:
    """Pieces in groups of names sharing a contribution; None if they do not read as a byline."""
    groups = [_Group()]
    previous: Optional[_Piece] = None
    for piece in pieces:
        group = groups[-1]
        if piece.kind == "lead":
            if previous is not None:
                return None
        elif piece.kind == "name":
            group.names.append(piece)
        elif piece.kind == "role":
            if group.names:
                groups.append(group := _Group())
            group.role = piece.text
        elif group.names and not piece.before_name:  # 张三 摄: a word after the names
            group.postfix = byline_vocabulary().postfixes.get(piece.text) or byline_vocabulary().labels[piece.text]
        elif piece.kind == "postfix":
            return None
        else:  # a label before names: 文/图 赵六, or the 图 of 李一图/区政协
            if group.names or (group.role and previous is not None and previous.kind != "label"):
                groups.append(group := _Group())
            group.labels.append(byline_vocabulary().labels[piece.text])
        previous = piece
    return groups


def _credits_of(group: _Group) -> list[Credit]:
    vocabulary = byline_vocabulary()
    contributions = (group.labels or [group.postfix or vocabulary.roles.get(group.role or "", "text")])
    credits = []
    for name in group.names:
        span = Span(name.start, name.start + len(name.text), name.text)
        organization = group.role is None and _is_organization(name.text)
        if not organization and not 2 <= len(name.text) <= 4:
            continue
        for contribution in dict.fromkeys(contributions):
            credits.append(Credit(contribution=contribution, role=group.role,
                                  name=None if organization else name.text,
                                  organization=name.text if organization else None, span=span))
    return credits
