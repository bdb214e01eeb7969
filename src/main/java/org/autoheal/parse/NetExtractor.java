package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.autoheal.facts.ToolchainError;

/**
 * Network details stated anywhere in the output or the argv: host and port, URL, errno, HTTP status.
 * Fills only what the language parser left empty. Looks at the error messages first, then every line,
 * then the command. Patterns are small, bounded and unnested; each runs on one bounded line.
 */
final class NetExtractor {
    private static final Pattern TUPLE = Pattern.compile("\\('([A-Za-z0-9._:-]{1,253})', (\\d{1,5})[,)]");
    private static final Pattern HOST_KV = Pattern.compile("host='([A-Za-z0-9._:-]{1,253})', port=(\\d{1,5})");
    /** A JSON log line's fields: {@code "host": "127.0.0.1", "port": 5432}. */
    private static final Pattern HOST_JSON = Pattern.compile("\"host\": ?\"([A-Za-z0-9._:-]{1,253})\", ?\"port\": ?(\\d{1,5})[,}]");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\w.])(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}):(\\d{1,5})(?!\\d)");
    private static final Pattern LOCALHOST = Pattern.compile("(?<![\\w.-])(localhost):(\\d{1,5})(?!\\d)");
    /** {@code connect to host H port P}, {@code Failed to connect to H port P}, psql's {@code server at "H" (ip), port P}. */
    private static final Pattern HOST_PORT_WORDS = Pattern.compile(
            "(?:host|to|at|server) \"?([A-Za-z0-9._:-]{1,253}?)\"?(?: \\([^)]{0,64}\\))?,? port (\\d{1,5})(?!\\d)");
    /** A host that could not be resolved, as curl, git, wget, ssh, psql, Node, nc and ping name it. */
    private static final Pattern[] UNRESOLVED = {
        Pattern.compile("[Cc]ould not resolve host(?:name)?:? ['\"\u2018]?([A-Za-z0-9._-]{1,253})"),
        Pattern.compile("unable to resolve host(?: address)? ['\"\u2018]?([A-Za-z0-9._-]{1,253})"),
        Pattern.compile("could not translate host name \"([A-Za-z0-9._-]{1,253})\""),
        Pattern.compile("getaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NONAME) ([A-Za-z0-9._-]{1,253})"),
        Pattern.compile("getaddrinfo for host \"([A-Za-z0-9._-]{1,253})\""),
        Pattern.compile("Resolving ([A-Za-z0-9._-]{1,253}) \\("),
        Pattern.compile("(?:^|: )([A-Za-z0-9._-]{1,253}): (?:Name or service not known|Temporary failure in name resolution|No address associated with hostname)"),
        Pattern.compile("[Uu]nknown host:? ['\"]?([A-Za-z0-9._-]{1,253})"),
    };
    private static final String[] UNRESOLVED_NEEDLES = {"resolve host", "resolve host", "translate host name", "getaddrinfo ",
        "getaddrinfo for host", "Resolving ", "ame", "nknown host"};
    private static final Pattern URL = Pattern.compile("(?<![A-Za-z0-9+.-])(?:wss?|https?)://[^\\s'\"<>`{}|\\\\^\\[\\]]{1,1024}");
    private static final Pattern ERRNO = Pattern.compile("\\[Errno (\\d{1,6})\\]");
    private static final Pattern[] STATUS = {
        Pattern.compile("\\bHTTP ([1-5]\\d\\d)\\b"),
        Pattern.compile("\\bHTTP/\\d(?:\\.\\d)? ([1-5]\\d\\d)\\b"),
        Pattern.compile("\\b[Ss]tatus code:? ([1-5]\\d\\d)\\b"),
        Pattern.compile("\\bstatus(?:_code)?=([1-5]\\d\\d)\\b"),
        Pattern.compile("\\b([1-5]\\d\\d) (?:Client|Server) Error\\b"),
        Pattern.compile("returned error: ([1-5]\\d\\d)\\b"),
        Pattern.compile("Handshake status ([1-5]\\d\\d)\\b"),
        Pattern.compile("\\b([1-5]\\d\\d), message="),
        Pattern.compile("server response: ([1-5]\\d\\d)\\b"),
    };
    /** A literal each pattern's match must contain: lines without it are skipped without a regex. */
    private static final String[] STATUS_NEEDLES = {"HTTP ", "HTTP/", "tatus code", "status", " Error", "returned error: ",
        "Handshake status ", ", message=", "server response: "};

    private NetExtractor() {
    }

    static void fill(ToolchainError e, Lines lines, List<String> argv) {
        List<String> messages = messages(e);
        List<String> all = new ArrayList<>(messages);
        all.addAll(lines.all());
        if (e.getHost() == null) {
            if (e.getHost() == null) hostPort(e, all, TUPLE, "('");
            if (e.getHost() == null) hostPort(e, all, HOST_KV, "host='");
            if (e.getHost() == null) hostPort(e, all, HOST_JSON, "\"host\"");
            if (e.getHost() == null) hostPort(e, all, IPV4, ":");
            if (e.getHost() == null) hostPort(e, all, LOCALHOST, "localhost:");
            if (e.getHost() == null) hostPort(e, all, HOST_PORT_WORDS, " port ");
            for (int i = 0; i < UNRESOLVED.length && e.getHost() == null; i++) {
                String h = first(all, UNRESOLVED[i], UNRESOLVED_NEEDLES[i]);
                if (h != null && h.indexOf('.') != 0 && !h.chars().allMatch(Character::isDigit)) e.setHost(h);
            }
        }
        if (e.getUrl() == null) e.setUrl(firstUrl(messages));
        if (e.getUrl() == null) e.setUrl(firstUrl(lines.all()));
        if (e.getUrl() == null && argv != null) e.setUrl(firstUrl(argv));
        if (e.getUrl() != null && e.getUrl().endsWith("/") && argv != null) {
            // git prints the URL it was given with a slash added: the argv's spelling is the user's
            String bare = e.getUrl().substring(0, e.getUrl().length() - 1);
            if (argv.contains(bare)) e.setUrl(bare);
        }
        Urls.fillHostPort(e);
        if (e.getHost() == null && argv != null) ArgvHost.fill(e, argv);
        if (e.getErrno() == null) {
            String n = first(messages, ERRNO, "[Errno ");
            if (n == null) n = last(lines.all(), ERRNO, "[Errno ");
            e.setErrno(Names.number(n));
        }
        if (e.getCode() == null) e.setCode(Errnos.name(e.getErrno()));
        if (e.getErrno() == null) e.setErrno(Errnos.number(e.getCode()));
        for (int i = 0; i < STATUS.length && e.getHttpStatus() == null; i++) {
            e.setHttpStatus(CurlParser.httpStatus(first(all, STATUS[i], STATUS_NEEDLES[i])));
        }
    }

    /** The outermost message and the messages of the chain: what the error itself states. */
    static List<String> messages(ToolchainError e) {
        List<String> m = new ArrayList<>();
        if (e.getMessage() != null) m.add(cut(e.getMessage()));
        for (String c : e.getChain()) m.add(cut(c));
        return m;
    }

    private static void hostPort(ToolchainError e, List<String> texts, Pattern p, String needle) {
        for (String t : texts) {
            if (!t.contains(needle)) continue;
            Matcher m = p.matcher(t);
            while (m.find()) {
                Integer port = Names.port(m.group(2));
                if (port != null) {
                    e.setHost(m.group(1));
                    e.setPort(port);
                    return;
                }
            }
        }
    }

    /** The first ws/wss URL, else the first http/https URL, in these texts. */
    private static String firstUrl(List<String> texts) {
        String http = null;
        for (String t : texts) {
            if (t.indexOf("://") < 0) continue;
            Matcher m = URL.matcher(cut(t));
            while (m.find()) {
                String url = Names.trimToken(m.group());
                if (Urls.host(url) == null) continue;
                if (url.startsWith("ws")) return url;
                if (http == null) http = url;
            }
        }
        return http;
    }

    /** Group 1 of the first match in the first text that has one; texts without {@code needle} are skipped. */
    private static String first(List<String> texts, Pattern p, String needle) {
        for (String t : texts) {
            if (!t.contains(needle)) continue;
            Matcher m = p.matcher(t);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    /** Group 1 of the last match in the last text that has one. */
    private static String last(List<String> texts, Pattern p, String needle) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            if (!texts.get(i).contains(needle)) continue;
            String found = null;
            Matcher m = p.matcher(texts.get(i));
            while (m.find()) found = m.group(1);
            if (found != null) return found;
        }
        return null;
    }

    private static String cut(String s) {
        return s.length() > Lines.MAX_LINE ? s.substring(0, Lines.MAX_LINE) : s;
    }
}
