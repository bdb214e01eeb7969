package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.autoheal.facts.Knowledge;
import org.autoheal.facts.ToolchainError;

/**
 * Network details stated anywhere in the output or the argv: host and port, URL, errno, HTTP status.
 * Fills only what the language parser left empty. Looks at the error messages first, then every line,
 * then the command. Patterns are small, bounded and unnested; each runs on one bounded line.
 */
final class NetExtractor {
    private static final Pattern TUPLE = Pattern.compile("\\('([A-Za-z0-9._:-]{1,253})', (\\d{1,5})[,)]");
    /** Source code quoted in a traceback, double-quoted: {@code smtplib.SMTP("127.0.0.1", 2525, timeout=3)}, {@code (("db", 5432))}. */
    private static final Pattern TUPLE_DQ = Pattern.compile("\\(\"([A-Za-z0-9._:-]{1,253})\", (\\d{1,5})[,)]");
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
    private static final Pattern URL = Pattern.compile("(?<![A-Za-z0-9+.-])(?:wss?|https?)://[^\\s'\"<>`{}|\\\\^\\[\\]]{1,1024}");
    /** A database, broker or cache URL (a scheme of {@code rules/data/service_schemes.json}): scheme, host, written port; user info skipped. */
    private static final Pattern SERVICE_URL = Pattern.compile("(?<![A-Za-z0-9+.-])(?:jdbc:)?([a-z][a-z0-9+]{1,15})://"
            + "(?:[^\\s/@'\"<>]{0,256}@)?([A-Za-z0-9._-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(?::(\\d{1,5}))?(?![\\w.:-])");
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
    /**
     * The literals a pattern's match must contain ({@link OutputLiterals}, found once per output for its lines): a
     * text without them is skipped without a regex; a pattern runs on the texts that have any of its literals.
     */
    private static final long[] UNRESOLVED_NEEDS = {
        OutputLiterals.bit("resolve host"), OutputLiterals.bit("resolve host"), OutputLiterals.bit("translate host name"), OutputLiterals.bit("getaddrinfo "),
        OutputLiterals.bit("getaddrinfo for host"), OutputLiterals.bit("Resolving "),
        OutputLiterals.bit("Name or service not known") | OutputLiterals.bit("Temporary failure in name resolution")
                | OutputLiterals.bit("No address associated with hostname"),
        OutputLiterals.bit("nknown host")};
    private static final long[] STATUS_NEEDS = {OutputLiterals.bit("HTTP "), OutputLiterals.bit("HTTP/"), OutputLiterals.bit("tatus code"),
        OutputLiterals.bit("status"), OutputLiterals.bit(" Error"), OutputLiterals.bit("returned error: "), OutputLiterals.bit("Handshake status "),
        OutputLiterals.bit(", message="), OutputLiterals.bit("server response: ")};
    private static final long TUPLE_NEEDS = OutputLiterals.bit("('");
    private static final long TUPLE_DQ_NEEDS = OutputLiterals.bit("(\"");
    private static final long HOST_KV_NEEDS = OutputLiterals.bit("host='");
    private static final long HOST_JSON_NEEDS = OutputLiterals.bit("\"host\"");
    private static final long COLON_NEEDS = OutputLiterals.bit(":");
    private static final long LOCALHOST_NEEDS = OutputLiterals.bit("localhost:");
    private static final long HOST_PORT_WORDS_NEEDS = OutputLiterals.bit(" port ");
    private static final long URL_NEEDS = OutputLiterals.bit("://");
    private static final long ERRNO_NEEDS = OutputLiterals.bit("[Errno ");

    private NetExtractor() {
    }

    /** The details {@code lines} and the input's argv state; service URL schemes from the input's tables. */
    static void fill(ToolchainError e, Lines lines, ErrorInput input) {
        List<String> argv = input.command();
        List<String> messages = messages(e);
        List<String> all = new ArrayList<>(messages);
        all.addAll(lines.all());
        long[] has = new long[all.size()];
        for (int i = 0; i < has.length; i++) has[i] = i < messages.size() ? OutputLiterals.SET.in(all.get(i)) : lines.literals(i - messages.size());
        int m = messages.size();
        int n = all.size();
        if (e.getHost() == null) {
            if (e.getHost() == null) hostPort(e, all, has, TUPLE, TUPLE_NEEDS);
            if (e.getHost() == null) hostPort(e, all, has, HOST_KV, HOST_KV_NEEDS);
            if (e.getHost() == null) hostPort(e, all, has, HOST_JSON, HOST_JSON_NEEDS);
            if (e.getHost() == null) {
                // an IPv4 address and port has a digit on both sides of its colon: other lines with a colon are skipped
                long[] ipv4 = new long[n];
                for (int i = 0; i < n; i++) ipv4[i] = (has[i] & COLON_NEEDS) != 0 && digitColonDigit(all.get(i)) ? 1 : 0;
                hostPort(e, all, ipv4, IPV4, 1);
            }
            if (e.getHost() == null) hostPort(e, all, has, LOCALHOST, LOCALHOST_NEEDS);
            if (e.getHost() == null) hostPort(e, all, has, HOST_PORT_WORDS, HOST_PORT_WORDS_NEEDS);
            for (int i = 0; i < UNRESOLVED.length && e.getHost() == null; i++) {
                String h = first(all, has, 0, n, UNRESOLVED[i], UNRESOLVED_NEEDS[i]);
                if (h != null && h.indexOf('.') != 0 && !h.chars().allMatch(Character::isDigit)) e.setHost(h);
            }
        }
        if (e.getUrl() == null) e.setUrl(firstUrl(all, has, 0, m));
        if (e.getUrl() == null) e.setUrl(firstUrl(all, has, m, n));
        if (e.getUrl() == null && argv != null) e.setUrl(firstUrl(argv, null, 0, argv.size()));
        if (e.getUrl() != null && e.getUrl().endsWith("/") && argv != null) {
            // git prints the URL it was given with a slash added: the argv's spelling is the user's
            String bare = e.getUrl().substring(0, e.getUrl().length() - 1);
            if (argv.contains(bare)) e.setUrl(bare);
        }
        if (e.getUrl() != null && e.getUrl().endsWith("/") && e.getUrl().indexOf('/', e.getUrl().indexOf("://") + 3) < e.getUrl().length() - 1) {
            // git's "unable to access 'http://h/team/app.git/'" adds the slash to the remote's URL even when it is in a config
            String quoted = "unable to access '" + e.getUrl() + "'";
            for (int i = 0; i < Math.min(n, 4096); i++) {
                if (all.get(i).contains(quoted)) {
                    e.setUrl(e.getUrl().substring(0, e.getUrl().length() - 1));
                    break;
                }
            }
        }
        Urls.fillHostPort(e);
        if (e.getHost() == null || e.getPort() == null) serviceUrl(e, all, has, n, input.tables());
        if (e.getHost() == null && argv != null) ArgvHost.fill(e, argv);
        // last of all: a double-quoted host and port in the source line a traceback shows (the call that connected)
        if (e.getHost() == null) hostPort(e, all, has, TUPLE_DQ, TUPLE_DQ_NEEDS);
        if (e.getErrno() == null) {
            String number = first(all, has, 0, m, ERRNO, ERRNO_NEEDS);
            // another line's [Errno N] (a retried refusal, a warning) is not the errno of a Python error that has none
            // a ValueError has no errno of its own (rules/data/errno_free_classes.json): another line's is not its
            if (number == null && !carriesNoErrno(e, input.tables())) number = last(all, has, m, n, ERRNO, ERRNO_NEEDS);
            e.setErrno(Names.number(number));
        }
        if (e.getCode() == null) e.setCode(Errnos.name(e.getErrno()));
        if (e.getErrno() == null) e.setErrno(Errnos.number(e.getCode()));
        for (int i = 0; i < STATUS.length && e.getHttpStatus() == null; i++) {
            e.setHttpStatus(CurlParser.httpStatus(first(all, has, 0, n, STATUS[i], STATUS_NEEDS[i])));
        }
    }

    /**
     * An HTTP client's error that the server answered with an error status (requests' HTTPError, httpx's HTTPStatusError,
     * urllib's HTTPError, aiohttp's ClientResponseError): the connection worked, so an [Errno N] elsewhere in the output (the
     * server's traceback the client printed from the answer's body) is not its errno.
     */
    private static final java.util.Set<String> HTTP_STATUS_TYPES = java.util.Set.of("requests.exceptions.HTTPError",
        "urllib.error.HTTPError", "httpx.HTTPStatusError", "HTTPStatusError", "aiohttp.client_exceptions.ClientResponseError",
        "ClientResponseError");

    /** A traceback whose every class has no errno (rules/data/errno_free_classes.json) or that ends with an HTTP status error; curl's own line. */
    private static boolean carriesNoErrno(ToolchainError e, Knowledge tables) {
        // curl states its own failure by its exit code (CurlParser reads it); another line's [Errno N] is the body it printed
        if ("curl".equals(e.getType())) return true;
        if (!"python".equals(e.getLanguage()) || e.getTypes().isEmpty()) return false;
        if (e.getType() != null && HTTP_STATUS_TYPES.contains(e.getType())) return true;
        return tables.carriesNoErrno(e.getLanguage(), e.getTypes());
    }

    /** A digit, a colon and a digit: what every {@code address:port} has. */
    private static boolean digitColonDigit(String t) {
        for (int c = t.indexOf(':', 1); c > 0 && c + 1 < t.length(); c = t.indexOf(':', c + 1)) {
            if (isDigit(t.charAt(c - 1)) && isDigit(t.charAt(c + 1))) return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The outermost message and the messages of the chain: what the error itself states. */
    static List<String> messages(ToolchainError e) {
        List<String> m = new ArrayList<>();
        if (e.getMessage() != null) m.add(cut(e.getMessage()));
        for (String c : e.getChain()) m.add(cut(c));
        return m;
    }

    /** Host and port from the first match in the texts that have any of the {@code needs} literals. */
    private static void hostPort(ToolchainError e, List<String> texts, long[] has, Pattern p, long needs) {
        for (int i = 0; i < texts.size(); i++) {
            if ((has[i] & needs) == 0) continue;
            Matcher m = p.matcher(texts.get(i));
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

    /**
     * The first ws/wss URL, else the first http/https URL, in texts {@code from} to {@code to}; {@code has} is what
     * {@link OutputLiterals} found in them, or null to look for {@code ://} here.
     */
    private static String firstUrl(List<String> texts, long[] has, int from, int to) {
        String http = null;
        for (int i = from; i < to; i++) {
            String t = texts.get(i);
            if (has == null ? t.indexOf("://") < 0 : (has[i] & URL_NEEDS) == 0) continue;
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

    /**
     * The first database, broker or cache URL of the messages, then the lines ("Could not open connection to
     * jdbc:postgresql://db:5439/orders", celery's "Cannot connect to amqp://guest:**@rabbit:5672//"): its host and port
     * when no host is known; only its port when it is at the host already known.
     */
    private static void serviceUrl(ToolchainError e, List<String> all, long[] has, int n, Knowledge tables) {
        for (int i = 0; i < Math.min(n, 4096); i++) {
            if ((has[i] & URL_NEEDS) == 0) continue;
            Matcher x = SERVICE_URL.matcher(cut(all.get(i)));
            while (x.find()) {
                Integer usual = tables.servicePort(x.group(1));
                if (usual == null) continue;
                String host = x.group(2).startsWith("[") ? x.group(2).substring(1, x.group(2).length() - 1) : x.group(2);
                Integer port = x.group(3) != null ? Names.port(x.group(3)) : usual < 0 ? null : usual;
                if (e.getHost() == null) {
                    e.setHost(host);
                    if (port != null) e.setPort(port);
                    return;
                }
                if (host.equals(e.getHost()) && e.getPort() == null && port != null) {
                    e.setPort(port);
                    return;
                }
            }
        }
    }

    /** Group 1 of the first match in the first of texts {@code from} to {@code to} that has one and any of the {@code needs}. */
    private static String first(List<String> texts, long[] has, int from, int to, Pattern p, long needs) {
        for (int i = from; i < to; i++) {
            if ((has[i] & needs) == 0) continue;
            Matcher m = p.matcher(texts.get(i));
            if (m.find()) return m.group(1);
        }
        return null;
    }

    /** Group 1 of the last match in the last of texts {@code from} to {@code to} that has one and any of the {@code needs}. */
    private static String last(List<String> texts, long[] has, int from, int to, Pattern p, long needs) {
        for (int i = to - 1; i >= from; i--) {
            if ((has[i] & needs) == 0) continue;
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
