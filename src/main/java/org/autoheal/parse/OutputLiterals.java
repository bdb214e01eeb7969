package org.autoheal.parse;

/**
 * The literals that more than one reader looks for in an output, found in one pass over it ({@link Lines#literals}):
 * before, each reader scanned every line (or the whole text) for its own. A reader's bit is a necessary test only:
 * what it then matches or reads on the line itself decides.
 */
final class OutputLiterals {
    static final Literals SET = new Literals(
            // NetExtractor: each literal is one its patterns' matches contain
            "('", "(\"", "host='", "\"host\"", ":", "localhost:", " port ",
            "resolve host", "translate host name", "getaddrinfo ", "getaddrinfo for host", "Resolving ",
            "Name or service not known", "Temporary failure in name resolution", "No address associated with hostname",
            "nknown host", "://", "[Errno ", "HTTP ", "HTTP/", "tatus code", "status", " Error", "returned error: ",
            "Handshake status ", ", message=", "server response: ",
            // FileExtractor: a JSON decoder's position, a JSON file's name
            " column ", ".json",
            // CloseCodes: a stack through a WebSocket's event handler
            "    at WebSocket.", "/ws/lib/websocket.js:");

    private OutputLiterals() {
    }

    static long bit(String literal) {
        return SET.bit(literal);
    }
}
