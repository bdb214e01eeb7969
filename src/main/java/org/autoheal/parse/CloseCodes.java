package org.autoheal.parse;

import org.autoheal.facts.ToolchainError;

/**
 * The WebSocket close code a message states ({@code received 1011 (internal error)}, {@code code=1006},
 * {@code no close frame received or sent} is 1006), as the {@code close_code} detail. What a code
 * means is in {@code rules/data/websocket_close_codes.json}, for the rules.
 */
final class CloseCodes {
    private static final String[] BEFORE = {"received ", "sent ", "code=", "code: ", "code ", "status ", "closed: ", "closed with "};

    private CloseCodes() {
    }

    static void fill(ToolchainError e) {
        if (e.detail("close_code") != null) return;
        for (String m : NetExtractor.messages(e)) {
            if (!aboutWebSocket(e, m)) continue;
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
        }
    }

    private static boolean aboutWebSocket(ToolchainError e, String m) {
        if (e.getTypes().stream().anyMatch(t -> t.contains("ConnectionClosed") || t.contains("WebSocket") || t.startsWith("websocket"))) return true;
        String l = m.toLowerCase(java.util.Locale.ROOT);
        return l.contains("socket") || l.contains("close");
    }
}
