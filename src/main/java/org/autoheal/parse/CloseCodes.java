package org.autoheal.parse;

import org.autoheal.facts.ToolchainError;

/**
 * The WebSocket close code a message states ({@code received 1011 (internal error)}, {@code code=1006},
 * {@code no close frame received or sent} is 1006), as the {@code close_code} detail. What a code
 * means is in {@code rules/data/websocket_close_codes.json}, for the rules.
 */
final class CloseCodes {
    private static final String[] BEFORE = {"received ", "sent ", "code=", "code = ", "code: ", "code ", "status ", "status=", "closed: ", "closed with "};
    // the str() of the Python websockets library's ConnectionClosed, which a program logs without its class:
    // "received 1011 (internal error) boom; then sent 1011 (internal error) boom", "sent 1001 (going away); no close
    // frame received"; before version 10: "code = 1011 (unexpected error), reason = boom"
    private static final java.util.regex.Pattern CLOSED_STR = java.util.regex.Pattern.compile(
            "\\b(?:received|sent) [1-4]\\d{3} \\([^)]{1,60}\\)[^;]{0,200}; (?:then (?:sent|received) [1-4]\\d{3}|no close frame)"
            + "|\\bcode = [1-4]\\d{3} \\([^)]{1,60}\\), reason = ");

    // "closed 1013 (try again later)", "close code=1011", "connection lost, code 1006", websocket-client's on_close printed
    // as "closed: status=1008 msg=...": a code of four digits with its reason in parentheses, or after code=, "code ",
    // "code: " (or status)
    private static final java.util.regex.Pattern STATED = java.util.regex.Pattern.compile(
            "(?<![\\w.:])([1-4]\\d{3}) ?\\(([A-Za-z][A-Za-z ,'-]{1,59})\\)|\\b(?:code|status)(?:=|:? )([1-4]\\d{3})(?!\\w)"
            // a node ws 'close' handler's "disconnected (1011)", "closed (1006)": the code alone in parentheses right after the word
            + "|\\b(?:closed?|lost|dropped|disconnected)[ :]{0,2}\\(([1-4]\\d{3})\\)"
            // the code alone right after the verb ("ticker closed 1006", "monitor disconnected: 1008 token expired"), not a count
            // ("closed 1024 files", "dropped 2048 packets"), a date or a number with more to it ("lost 1500.5", "closed 2024-12-07")
            + "|\\b(?:closed|lost|dropped|disconnected)[:,]? ([1-4]\\d{3})(?![\\w:/-]|\\.\\w)(?!\\s+(?:bytes|[kmg]i?b|files|items|records|rows|connections"
            + "|messages|requests|ms|seconds|secs|packets|events|frames|lines|entries|tickets|issues|jobs|tasks|orders|users|handles|descriptors"
            + "|fds|pages|times|of|out|in|total)\\b)");
    // what a program says happened to its connection before the code: closed, lost, dropped, disconnected
    private static final String[] ENDED = {"close", "lost", "dropped", "disconnect"};

    private CloseCodes() {
    }

    /**
     * A program's own line about a close ("feed closed 1013 (try again later), attempt 1/3", "ws close code=1006"): the
     * code as {@code stated_close_code} and the words in parentheses as {@code stated_close_reason}, on the line's signal
     * ({@code into}: a tool message "ticker: connection closed 1012 (service restart)"), else on a new bare signal.
     * Whether the words are the code's meaning, and whether the close is the failure, is for the rules
     * (websocket.drl); a line without "close" (or "lost", "dropped", "disconnect") or without such a code states none.
     */
    static ToolchainError stated(String line, ToolchainError into) {
        if (line.length() > 400) return null;
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        int close = -1;
        for (String w : ENDED) {
            int at = lower.indexOf(w);
            if (at >= 0 && (close < 0 || at < close)) close = at;
        }
        if (close < 0) return null;
        java.util.regex.Matcher m = STATED.matcher(line);
        if (!m.find(close)) return null;
        ToolchainError e = into;
        if (e == null) {
            e = new ToolchainError();
            e.setMessage(line);
            e.setOrigin("bare");
        }
        Caps.detail(e, "stated_close_code", m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5));
        if (m.group(2) != null) Caps.detail(e, "stated_close_reason", m.group(2).strip());
        return e;
    }

    /** {@code lines}: the output's, which the error's excerpt (or raw text) is cut from. */
    static void fill(ToolchainError e, Lines lines) {
        if (e.detail("close_code") != null) return;
        boolean handler = (lines.literalsAnywhere() & WEBSOCKET_HANDLER) != 0 && thrownByAWebSocketHandler(e);
        for (String m : NetExtractor.messages(e)) {
            if (!handler && !aboutWebSocket(e, m)) continue;
            if (m.contains("no close frame received or sent")) {
                Caps.detail(e, "close_code", "1006");
                return;
            }
            for (String b : BEFORE) {
                for (int at = m.indexOf(b); at >= 0; at = m.indexOf(b, at + 1)) {
                    String digits = Names.digitsAt(m, at + b.length());
                    Integer code = Names.number(digits);
                    if (digits.length() == 4 && code != null && code >= 1000 && code <= 4999) {
                        Caps.detail(e, "close_code", digits);
                        return;
                    }
                }
            }
            String loose = afterCloseWord(m, false, false);
            if (loose != null && (e.hasScheme("ws") || e.hasScheme("wss") || m.toLowerCase(java.util.Locale.ROOT).contains("websocket"))) {
                Caps.detail(e, "close_code", loose);
                return;
            }
            if (handler) {
                // thrown from a WebSocket's handler: "socket closed 4008: rate limited"; from its close handler, a code
                // anywhere in the message ("ticker upstream gone (1011)")
                String thrown = afterCloseWord(m, closeHandler(e), true);
                if (thrown != null) {
                    Caps.detail(e, "close_code", thrown);
                    return;
                }
            }
        }
    }

    /**
     * A program's own words: "closed by server: 1011 internal error", "onClose 1006". A code of four digits
     * (1000..4999) standing alone within 40 characters after "close"; a port after a host ("…:3000") is not one.
     */
    private static String afterCloseWord(String m, boolean anywhere, boolean colonReason) {
        String l = m.toLowerCase(java.util.Locale.ROOT);
        int close = anywhere ? -4 : l.indexOf("close");
        if (close < 0 && !anywhere) return null;
        for (int i = Math.max(1, close + 5); i < Math.min(m.length() - 3, anywhere ? 300 : close + 45); i++) {
            if (!Character.isDigit(m.charAt(i)) || Character.isLetterOrDigit(m.charAt(i - 1)) || m.charAt(i - 1) == ':' || m.charAt(i - 1) == '.') continue;
            String digits = Names.digitsAt(m, i);
            Integer code = Names.number(digits);
            int after = i + digits.length();
            // "4008: rate limited" (a code, then its reason) only where the code is known to be a close code's
            boolean reason = colonReason && after + 1 < m.length() && m.charAt(after) == ':' && m.charAt(after + 1) == ' ';
            boolean alone = after >= m.length() || reason || !Character.isLetterOrDigit(m.charAt(after))
                    && m.charAt(after) != '.' && m.charAt(after) != ':';
            if (digits.length() == 4 && alone && code != null && code >= 1000 && code <= 4999) return digits;
            i += digits.length();
        }
        return null;
    }

    /** What {@link #thrownByAWebSocketHandler} looks for: an output without either has no such excerpt. */
    private static final long WEBSOCKET_HANDLER = OutputLiterals.bit("    at WebSocket.") | OutputLiterals.bit("/ws/lib/websocket.js:");

    /**
     * The error's own stack runs through a WebSocket object's event handler ("at WebSocket.<anonymous> (app.mjs:4:9)",
     * "at WebSocket.emitClose (.../ws/lib/websocket.js:258:10)"): an error the program threw from its close handler.
     */
    private static boolean thrownByAWebSocketHandler(ToolchainError e) {
        String x = e.getExcerpt();
        return x.contains("    at WebSocket.") || x.contains("/ws/lib/websocket.js:");
    }

    /** ... and that handler was the close event's: ws's emitClose, undici's onSocketClose, an onclose property. */
    private static boolean closeHandler(ToolchainError e) {
        String x = e.getExcerpt();
        return x.contains("at WebSocket.emitClose (") || x.contains(".onSocketClose (") || x.contains(".onclose (");
    }

    private static boolean aboutWebSocket(ToolchainError e, String m) {
        if (e.getTypes().stream().anyMatch(t -> t.contains("ConnectionClosed") || t.contains("WebSocket") || t.startsWith("websocket"))) return true;
        String l = m.toLowerCase(java.util.Locale.ROOT);
        return l.contains("socket") || l.contains("close") || l.contains("; then ") && CLOSED_STR.matcher(m).find()
                || l.contains(", reason = ") && CLOSED_STR.matcher(m).find();
    }
}
