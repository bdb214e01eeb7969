package org.autoheal.parse;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Linux errno numbers, their symbolic names and their strerror texts. Lets a parser turn what the
 * text states ({@code [Errno 13]}, {@code errno: -13}, {@code EACCES}, {@code Permission denied})
 * into the same errno/code pair, whichever way the program printed it.
 */
final class Errnos {
    private static final Map<Integer, String> NAMES = new LinkedHashMap<>();
    private static final Map<String, Integer> NUMBERS = new LinkedHashMap<>();
    private static final Map<String, Integer> TEXTS = new LinkedHashMap<>();
    /** The strerror texts in {@link #TEXTS}' order, found in one pass over a line; and each in parentheses and before a colon. */
    private static final Literals TEXT_LITERALS;
    private static final String[] TEXT_KEYS;
    private static final String[] IN_PARENS;
    private static final String[] BEFORE_COLON;

    static {
        e(1, "EPERM", "Operation not permitted");
        e(2, "ENOENT", "No such file or directory");
        e(5, "EIO", "Input/output error");
        e(8, "ENOEXEC", "Exec format error");
        e(9, "EBADF", "Bad file descriptor");
        e(11, "EAGAIN", "Resource temporarily unavailable");
        e(12, "ENOMEM", "Cannot allocate memory");
        e(13, "EACCES", "Permission denied");
        e(16, "EBUSY", "Device or resource busy");
        e(17, "EEXIST", "File exists");
        e(18, "EXDEV", "Invalid cross-device link");
        e(20, "ENOTDIR", "Not a directory");
        e(21, "EISDIR", "Is a directory");
        e(22, "EINVAL", "Invalid argument");
        e(24, "EMFILE", "Too many open files");
        e(26, "ETXTBSY", "Text file busy");
        e(27, "EFBIG", "File too large");
        e(28, "ENOSPC", "No space left on device");
        e(30, "EROFS", "Read-only file system");
        e(32, "EPIPE", "Broken pipe");
        e(36, "ENAMETOOLONG", "File name too long");
        e(39, "ENOTEMPTY", "Directory not empty");
        e(40, "ELOOP", "Too many levels of symbolic links");
        e(71, "EPROTO", "Protocol error");
        e(98, "EADDRINUSE", "Address already in use");
        e(99, "EADDRNOTAVAIL", "Cannot assign requested address");
        e(100, "ENETDOWN", "Network is down");
        e(101, "ENETUNREACH", "Network is unreachable");
        e(103, "ECONNABORTED", "Software caused connection abort");
        e(104, "ECONNRESET", "Connection reset by peer");
        e(107, "ENOTCONN", "Transport endpoint is not connected");
        e(110, "ETIMEDOUT", "Connection timed out");
        e(111, "ECONNREFUSED", "Connection refused");
        e(112, "EHOSTDOWN", "Host is down");
        e(113, "EHOSTUNREACH", "No route to host");
        e(115, "EINPROGRESS", "Operation now in progress");
        TEXTS.put("no such file", 2);   // dash's "cannot open x: No such file"
        TEXTS.put("directory nonexistent", 2);   // dash's "cannot create x/y: Directory nonexistent"
        TEXT_KEYS = TEXTS.keySet().toArray(String[]::new);
        TEXT_LITERALS = new Literals(TEXT_KEYS);
        IN_PARENS = new String[TEXT_KEYS.length];
        BEFORE_COLON = new String[TEXT_KEYS.length];
        for (int k = 0; k < TEXT_KEYS.length; k++) {
            IN_PARENS[k] = "(" + TEXT_KEYS[k] + ")";
            BEFORE_COLON[k] = TEXT_KEYS[k] + ":";
        }
    }

    private Errnos() {
    }

    private static void e(int number, String name, String text) {
        NAMES.put(number, name);
        NUMBERS.put(name, number);
        TEXTS.put(text.toLowerCase(Locale.ROOT), number);
    }

    /** ECONNREFUSED for 111; null when unknown. */
    static String name(Integer errno) {
        return errno == null ? null : NAMES.get(errno);
    }

    /** 111 for ECONNREFUSED; null when unknown. */
    static Integer number(String code) {
        return code == null ? null : NUMBERS.get(code);
    }

    /** The errno whose strerror text is exactly {@code text} (case-insensitive); null otherwise. */
    static Integer ofText(String text) {
        return text == null ? null : TEXTS.get(text.strip().toLowerCase(Locale.ROOT));
    }

    /** The errno of the first strerror text that {@code message} ends with or contains in parentheses. */
    static Integer findText(String message) {
        if (message == null) return null;
        String m = message.strip().toLowerCase(Locale.ROOT);
        // each of the three forms contains the text: only the texts found in m are tried, in the same order
        for (long found = TEXT_LITERALS.in(m); found != 0; found &= found - 1) {
            int k = Long.numberOfTrailingZeros(found);
            if (m.endsWith(TEXT_KEYS[k]) || m.contains(IN_PARENS[k]) || m.contains(BEFORE_COLON[k])) return TEXTS.get(TEXT_KEYS[k]);
        }
        return null;
    }

    /** Where the first strerror text starts in {@code line} (case-sensitive, as printed capitalized); -1 when none. */
    static int indexOfText(String line) {
        if (line == null) return -1;
        String lower = line.toLowerCase(Locale.ROOT);
        long found = TEXT_LITERALS.in(lower);
        return found == 0 ? -1 : lower.indexOf(TEXT_KEYS[Long.numberOfTrailingZeros(found)]);
    }

    /** The errno of the first strerror text found anywhere in {@code line} (as {@link #indexOfText}); null when none. */
    static Integer firstText(String line) {
        if (line == null) return null;
        long found = TEXT_LITERALS.in(line.toLowerCase(Locale.ROOT));
        return found == 0 ? null : TEXTS.get(TEXT_KEYS[Long.numberOfTrailingZeros(found)]);
    }

    /** "no such file or directory" for ENOENT, as Node and libc print it; null when unknown. */
    static String text(String code) {
        Integer n = number(code);
        if (n == null) return null;
        for (Map.Entry<String, Integer> t : TEXTS.entrySet()) if (t.getValue().equals(n)) return t.getKey();
        return null;
    }

    static boolean isCode(String s) {
        return s != null && NUMBERS.containsKey(s);
    }
}
