#!/usr/bin/env python3
"""Generate src/main/resources/org/autoheal/parse/localized_messages.tsv from the gettext catalogs installed here
(/usr/share/locale/*/LC_MESSAGES/*.mo, read with Python's gettext module).

Programs print translated messages when the user's message language is not English (LANGUAGE=de, LANG=fr_FR.UTF-8):
glibc's strerror texts (`Datei oder Verzeichnis nicht gefunden` for ENOENT), bash's `Kommando nicht gefunden`, make's
`Keine Regel, um „x“ zu erstellen`, libpq's `Verbindung zum Server auf »h«, Port 5432 fehlgeschlagen`. The parser reads
a translated line as the English one (parse/Localized): this table says, per language, which translated text or
template stands for which English msgid, and which quotes the language puts around a name.

Rows (tab-separated, UTF-8):
    text      LANG  ENGLISH  TRANSLATED  KEY  LENGTH   a fixed text (strerror texts, bash/make/libpq phrases)
    template  LANG  MSGID    MSGSTR      LEAD          a format with %s/%d/%c (and positional %1$s) placeholders
    quote     LANG  OPEN     CLOSE                     the quotes gnulib's quote() uses in that language

The rows come pre-digested, so that loading the table at a cold start is reading lines into maps (docs/performance.md,
"the translated messages' table at a cold start"): KEY is the translated text as the parser looks it up (trimmed of
spaces and a closing period, lower case; empty when too short to be read), LENGTH its trimmed length, LEAD a format's
first words when they are not all English words (how a line in that language is found; empty: none). A text in
parentheses ("(ignored)") is read without them. LocalizedTableTest computes the same from the other columns.

localized_index.txt, written beside it, is what an output must show before the table is read at all: the lengths
and Java hash codes of the texts' keys, and the lengths and hash codes of the leading words (each character folded
as String.regionMatches ignores case), and the first characters of both when they are ASCII (eight of a key, four of
leading words: most message parts of an English output start with none of them, and the parser tests those characters
before it hashes anything). An
output that matches none of them holds no translation (most outputs are English), so the parser answers it without
the table; LocalizedTableTest checks the index against the table.

    python3 scripts/l10n/generate_localized_messages.py [--check]

scripts/l10n/other_translations.tsv adds the few translations other glibc releases print (e.g. newer Spanish catalogs'
"No existe el archivo o el directorio" for ENOENT, where this machine's says "No existe el fichero o el directorio").
"""
import argparse
import gettext
import glob
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(REPO, "src", "main", "resources", "org", "autoheal", "parse", "localized_messages.tsv")
INDEX = os.path.join(REPO, "src", "main", "resources", "org", "autoheal", "parse", "localized_index.txt")
LOCALE = "/usr/share/locale"

# the strerror texts parse/Errnos knows (its English list): every errno a rule may decide on
STRERROR = ["Operation not permitted", "No such file or directory", "Input/output error", "Exec format error",
            "Bad file descriptor", "Resource temporarily unavailable", "Cannot allocate memory", "Permission denied",
            "Device or resource busy", "File exists", "Invalid cross-device link", "Not a directory", "Is a directory",
            "Invalid argument", "Too many open files", "Text file busy", "File too large", "No space left on device",
            "Read-only file system", "Broken pipe", "File name too long", "Directory not empty",
            "Too many levels of symbolic links", "Protocol error", "Address already in use",
            "Cannot assign requested address", "Network is down", "Network is unreachable",
            "Software caused connection abort", "Connection reset by peer", "Transport endpoint is not connected",
            "Connection timed out", "Connection refused", "Host is down", "No route to host",
            "Operation now in progress"]

# fixed phrases of tools that carry a cause (or the frame the parser reads), by catalog
TEXTS = {
    "bash": ["syntax error: unexpected end of file", "syntax error"],
    "make": ["missing separator", "missing separator (did you mean TAB instead of 8 spaces?)", " (ignored)",
             "No targets specified and no makefile found"],
    "libpq5-15": ["timeout expired"],
}

# formats whose translation the parser reads back as the English line, by catalog
TEMPLATES = {
    "bash": ["%s: command not found", "line %d: ", "%s: line %d: ", "syntax error near unexpected token `%s'",
             "unexpected EOF while looking for matching `%c'", "%s: cannot execute: required file not found",
             "%s: bad interpreter"],
    "make": ["%sNo rule to make target '%s'%s", "%sNo rule to make target '%s', needed by '%s'%s", ".  Stop.\n",
             "%s[%s: %s] Error %d%s", "%s: %s: Command not found\n"],
    "libpq5-15": ["connection to server at \"%s\" (%s), port %s failed: ", "connection to server at \"%s\", port %s failed: ",
                  "connection to server on socket \"%s\" failed: ", "could not translate host name \"%s\" to address: %s"],
    "psql-15": ["error: ", "fatal: "],
    "wget": ["Connecting to %s:%d... ", "Connecting to %s|%s|:%d... ", "Connecting to %s:%d... ", "failed: %s.\n",
             "Failed writing HTTP request: %s.\n", "Read error (%s) in headers.\n", "Cannot write to %s (%s).\n",
             "Giving up.\n\n"],
    "git": ["fatal: ", "error: ", "can't open patch '%s': %s", "could not read from remote repository"],
    "coreutils": ["cannot stat %s", "cannot access %s", "cannot create directory %s", "cannot remove %s",
                  "cannot create regular file %s", "cannot open %s for reading", "cannot touch %s",
                  "cannot move %s to %s", "failed to run command %s", "cannot create symbolic link %s"],
    "tar": ["%s: Cannot %s", "Cannot %s"],
    "sed": ["couldn't open file %s: %s", "couldn't edit %s: not a regular file"],
}

# javac's own messages (its resource bundles in the JDK, read by JavacMessages.java): the frame and the syntax errors
JAVAC_KEYS = ["compiler.err.error", "compiler.warn.warning", "compiler.err.expected", "compiler.err.expected2",
              "compiler.err.expected3", "compiler.err.expected4", "compiler.err.illegal.start.of.expr",
              "compiler.err.illegal.start.of.type", "compiler.err.illegal.start.of.stmt", "compiler.err.premature.eof",
              "compiler.err.not.stmt", "compiler.err.doesnt.exist", "compiler.err.cant.resolve",
              "compiler.misc.count.error", "compiler.misc.count.error.plural", "compiler.err.unclosed.str.lit",
              "compiler.err.else.without.if", "compiler.err.orphaned", "compiler.err.class.public.should.be.in.file",
              "compiler.err.invalid.meth.decl.ret.type.req", "compiler.err.unclosed.comment"]

QUOTE_DOMAINS = ["coreutils", "tar", "findutils", "sed", "grep", "wget-gnulib", "diffutils"]
PLACEHOLDER = re.compile(r"%(?:\d+\$)?[-#0 +']*\d*(?:\.\d+)?(?:l|ll|z|h)?[sdcui]")


def quote_char(ch):
    """a quotation mark (Unicode's initial/final/open/close punctuation or an ASCII quote), not a bracket"""
    return ch in "\"'`\u201e\u201a" or unicodedata.category(ch) in ("Pi", "Pf") or ch in "\u300c\u300d\u300e\u300f"


def catalogs(domain):
    for path in sorted(glob.glob(os.path.join(LOCALE, "*", "LC_MESSAGES", domain + ".mo"))):
        lang = path.split(os.sep)[-3]
        if lang.startswith("en") or "@" in lang:
            continue
        try:
            with open(path, "rb") as f:
                cat = gettext.GNUTranslations(f)._catalog
        except (UnicodeDecodeError, OSError) as e:   # a catalog whose header is not UTF-8: left out, said so
            print("skipped %s: %s" % (path, e), file=sys.stderr)
            continue
        yield lang, cat


def clean(s):
    return s.replace("\t", " ").rstrip("\n")


def message_format(text):
    """java.text.MessageFormat to printf: {0} -> %1$s, '' -> '"""
    return re.sub(r"\{(\d+)\}", lambda m: "%%%d$s" % (int(m.group(1)) + 1), text.replace("%", "%%")).replace("''", "'")


def javac_rows():
    """javac's translations (ja, zh_CN in JDK 17), when a JDK is here; without one the table keeps no javac rows"""
    src = os.path.join(HERE, "JavacMessages.java")
    try:
        r = subprocess.run(["java", "--add-exports", "jdk.compiler/com.sun.tools.javac.resources=ALL-UNNAMED", src] + JAVAC_KEYS,
                           capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        print("no javac messages: %s" % e, file=sys.stderr)
        return []
    out = []
    for line in r.stdout.splitlines():
        lang, key, en, tr = line.split("\t")
        if "{0," in en or "{1," in en or "{0," in tr:
            continue   # a choice format
        en, tr = message_format(en), message_format(tr)
        # English placeholders in order: %1$s %2$s ... become %s %s
        en = re.sub(r"%(\d+)\$s", "%s", en)
        out.append(("template", lang, clean(en), clean(tr)))
    return out


def usable(msgid, msgstr):
    if not msgstr or msgstr == msgid:
        return False
    body = msgstr.rstrip("\n")
    if "\n" in body or "\t" in body:
        return False   # a message split over lines: the parser reads one line at a time
    return len(PLACEHOLDER.findall(msgid)) == len(PLACEHOLDER.findall(msgstr))


def rows():
    out = []
    with open(os.path.join(HERE, "other_translations.tsv"), encoding="utf-8") as f:
        for row in f:
            if row.strip() and not row.startswith("#"):
                kind, lang, en, tr = row.rstrip("\n").split("\t")[:4]
                out.append((kind, lang, en, tr))
    for lang, cat in catalogs("libc"):
        for text in STRERROR:
            t = cat.get(text)
            if usable(text, t):
                out.append(("text", lang, text, clean(t)))
    for domain, texts in TEXTS.items():
        for lang, cat in catalogs(domain):
            for text in texts:
                t = cat.get(text) or cat.get(text + "\n")
                if usable(text, t):
                    out.append(("text", lang, text, clean(t)))
    for domain, msgids in TEMPLATES.items():
        for lang, cat in catalogs(domain):
            for msgid in dict.fromkeys(msgids):
                t = cat.get(msgid)
                if usable(msgid, t):
                    out.append(("template", lang, clean(msgid), clean(t)))
    out.extend(javac_rows())
    quotes = {}
    for domain in QUOTE_DOMAINS:
        for lang, cat in catalogs(domain):
            o, c = cat.get("`"), cat.get("'")
            o, c = (o or "").strip("\u00a0 "), (c or "").strip("\u00a0 ")
            if len(o) == 1 and len(c) == 1 and quote_char(o) and quote_char(c):
                quotes.setdefault(lang, set()).add((o, c))
    # quotes the catalogs put around a name in the templates above (»%s«, „%s“, « %s »)
    for domain, msgids in TEMPLATES.items():
        for lang, cat in catalogs(domain):
            for msgid in msgids:
                t = cat.get(msgid) or ""
                for m in re.finditer(r"(\S)[\u00a0 ]?%(?:\d+\$)?s[\u00a0 ]?(\S)", t):
                    o, c = m.group(1), m.group(2)
                    if quote_char(o) and quote_char(c):
                        quotes.setdefault(lang, set()).add((o, c))
    for lang in sorted(quotes):
        for o, c in sorted(quotes[lang]):
            if o and c and (o, c) not in (("'", "'"), ('"', '"'), ("`", "'")):
                out.append(("quote", lang, o, c))
    return out


# What parse/Localized computes per row, done here once (Java's String methods, spelled out where Python's differ).
def java_space(c):
    """Character.isWhitespace: not the no-break spaces"""
    return c in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f" or (
        unicodedata.category(c) in ("Zs", "Zl", "Zp") and c not in "\u00a0\u2007\u202f")


def java_strip(s):
    a, b = 0, len(s)
    while a < b and java_space(s[a]):
        a += 1
    while b > a and java_space(s[b - 1]):
        b -= 1
    return s[a:b]


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def trimmed(s):
    """the text trimmed of spaces and a closing period, as the parser compares it"""
    a, b = 0, len(s)
    while a < b and s[a] in " \u00a0\t\u3000":
        a += 1
    while b > a and s[b - 1] in " \u00a0\t\u3000.\u3002":
        b -= 1
    return s[a:b]


def text_row(lang, english, translated):
    if java_strip(english).startswith("(") and java_strip(english).endswith(")"):
        return text_row(lang, java_strip(english)[1:-1], re.sub(r"^[(\uff08]|[)\uff09]$", "", java_strip(translated)))
    key = trimmed(translated).lower()
    if utf16_len(key) < (4 if all(ord(c) < 128 for c in key) else 2):
        key = ""   # too short to be told from other words
    return ("text", lang, english, translated, key, str(utf16_len(trimmed(translated))))


def leading(literal):
    a, b = 0, len(literal)
    while a < b and (java_space(literal[a]) or literal[a] in "\u00a0:\uff1a"):
        a += 1
    while b > a and (java_space(literal[b - 1]) or literal[b - 1] == "\u00a0"):
        b -= 1
    return literal[a:b]


def first_words(msgstr):
    """the first literal of a format with two or more characters of words"""
    at, n = 0, len(msgstr)
    while at <= n:
        pct = msgstr.find("%", at)
        end = n if pct < 0 else pct
        words = leading(msgstr[at:end])
        if utf16_len(words) >= 2:
            return words
        if pct < 0:
            return None
        i = pct + 1
        while i < n and msgstr[i] in "0123456789$#-+ '.lzh":
            i += 1
        at = i + 1
    return None


def letter_words(s):
    """the runs of letters (Java's \\p{L}, Character.isLetter: Python's isalpha)"""
    return "".join(c if c.isalpha() else " " for c in s).split()


def digested(rs):
    english_words = set()
    for kind, lang, en, tr in rs:
        if kind != "quote":
            english_words.update(letter_words(en.lower()))
    out = []
    for kind, lang, en, tr in rs:
        if kind == "text":
            out.append(text_row(lang, en, tr))
        elif kind == "template":
            words = first_words(tr)
            low = (words or "").lower()
            english = all(w in english_words for w in letter_words(low))
            keep = words is not None and not english and not (all(ord(c) < 128 for c in low) and utf16_len(low) < 4)
            out.append(("template", lang, en, tr, words if keep else ""))
        else:
            out.append((kind, lang, en, tr))
    return out


def java_hash(s):
    """Java's String.hashCode, over UTF-16 units, as a signed int"""
    h = 0
    units = s.encode("utf-16-le")
    for i in range(0, len(units), 2):
        h = (31 * h + int.from_bytes(units[i:i + 2], "little")) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def simple(mapped, c):
    """a one-character case mapping as Java's Character.toUpperCase/toLowerCase(char): none when Python's is longer"""
    return mapped if len(mapped) == 1 else ("i" if c == "\u0130" else c)


def folded(s):
    """each character as String.regionMatches(true, ...) compares it: lower case of upper case"""
    return "".join(simple(simple(c.upper(), c).lower(), simple(c.upper(), c)) for c in s)


def index(rows):
    lengths = sorted({int(r[5]) for r in rows if r[0] == "text" and r[4]})
    keys = sorted({java_hash(r[4]) for r in rows if r[0] == "text" and r[4]})
    leads = sorted({(utf16_len(r[4]), java_hash(folded(r[4]))) for r in rows if r[0] == "template" and r[4]})
    firsts = sorted({two(folded(r[4])) for r in rows if r[0] == "template" and r[4]})
    key_heads = sorted({p for p in (ascii_head(r[4], 8) for r in rows if r[0] == "text" and r[4]) if p is not None})
    lead_heads = sorted({p for p in (ascii_head(folded(r[4]), 4) for r in rows if r[0] == "template" and r[4]) if p is not None})
    return ("# generated by scripts/l10n/generate_localized_messages.py with localized_messages.tsv; do not edit\n"
            "# the texts' lengths, their keys' hash codes, the leading words' length:hash code, their first two characters,\n"
            "# the keys' first eight characters and the (folded) leading words' first four when they are ASCII\n"
            + " ".join(map(str, lengths)) + "\n" + " ".join(map(str, keys)) + "\n"
            + " ".join("%d:%d" % lh for lh in leads) + "\n" + " ".join(map(str, firsts)) + "\n"
            + " ".join(map(str, key_heads)) + "\n" + " ".join(map(str, lead_heads)) + "\n")


def ascii_head(s, n):
    """the first n characters (all of a shorter s) as Localized.head packs them: each character in 7 bits from the
    top one down, the count of characters above them; None when one of them is not ASCII (a message part that starts
    with one is always read)"""
    head = s[:n]
    if any(ord(c) >= 128 for c in head):
        return None
    v = len(head) << (7 * n)
    for i, c in enumerate(head):
        v |= ord(c) << (7 * (n - 1 - i))
    return v


def two(s):
    """the first two UTF-16 units as one int, as Localized.key"""
    units = s.encode("utf-16-le")
    v = int.from_bytes(units[0:2], "little") << 16 | int.from_bytes(units[2:4], "little")
    return v - (1 << 32) if v >= 1 << 31 else v   # a Java int


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed table differs from the catalogs")
    args = ap.parse_args()
    rs = sorted(set(rows()))
    # a translated text that stands for two different English texts (in two languages) is not read at all
    seen = {}
    for kind, lang, en, tr in rs:
        if kind == "text":
            seen.setdefault(tr.strip().rstrip(".").lower(), set()).add(en)
    rs = [r for r in rs if r[0] != "text" or len(seen[r[3].strip().rstrip(".").lower()]) == 1]
    table = digested(rs)
    text = "# generated by scripts/l10n/generate_localized_messages.py from the gettext catalogs; do not edit\n" + "".join(
        "\t".join(r) + "\n" for r in table)
    files = {OUT: text, INDEX: index(table)}
    if args.check:
        for path, content in files.items():
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != content:
                        return 1
            except FileNotFoundError:
                return 1
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    for path, content in files.items():
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(content)
        os.replace(tmp, path)
    langs = sorted({r[1] for r in rs})
    print("%d rows, %d languages (%s) -> %s" % (len(rs), len(langs), " ".join(langs), os.path.relpath(OUT, REPO)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
