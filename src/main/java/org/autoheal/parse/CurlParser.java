package org.autoheal.parse;

import org.autoheal.facts.ToolchainError;

/**
 * curl's one-line errors: {@code curl: (7) Failed to connect to HOST port PORT ...},
 * {@code curl: (6) Could not resolve host: HOST}, {@code curl: (22) The requested URL returned error: 503}.
 * The type is {@code curl}, the message starts with the exit code in parentheses, as printed.
 */
final class CurlParser implements LanguageParser {
    private static final String PREFIX = "curl: (";

    @Override
    public ParseResult parse(Lines lines, ErrorInput input) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (!line.startsWith(PREFIX)) continue;
            String digits = Names.digitsAt(line, PREFIX.length());
            if (digits.isEmpty() || !line.startsWith(")", PREFIX.length() + digits.length())) continue;
            ToolchainError e = new ToolchainError();
            e.setLanguage("shell");
            Caps.setType(e, "curl");
            String message = line.substring(6);
            e.setMessage(message);
            Caps.detail(e, "curl_exit", digits);
            connect(e, message);
            int resolve = message.indexOf("Could not resolve host: ");
            if (resolve >= 0) host(e, Names.trimToken(message.substring(resolve + 24).strip()));
            int status = message.indexOf("returned error: ");
            if (status >= 0) e.setHttpStatus(httpStatus(Names.digitsAt(message, status + 16)));
            Integer errno = Errnos.findText(message);
            if (errno != null) {
                e.setErrno(errno);
                e.setCode(Errnos.name(errno));
            }
            e.setOrigin("tool_message");
            return new ParseResult(e, i);
        }
        return null;
    }

    /** {@code Failed to connect to HOST port PORT}. */
    private static void connect(ToolchainError e, String message) {
        int at = message.indexOf("Failed to connect to ");
        if (at < 0) return;
        String[] words = message.substring(at + 21).split(" ", 4);
        if (words.length >= 3 && words[1].equals("port")) {
            host(e, words[0]);
            e.setPort(Names.port(Names.trimToken(words[2])));
        }
    }

    private static void host(ToolchainError e, String host) {
        if (Names.isPathChars(host.replace(":", "").replace("[", "").replace("]", ""))) e.setHost(host);
    }

    static Integer httpStatus(String digits) {
        Integer s = Names.number(digits);
        return s != null && s >= 100 && s <= 599 && digits.length() == 3 ? s : null;
    }
}
