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
            String line = lines.stripped(i);
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
            if (digits.equals("26") || digits.equals("37")) e.setPath(uploaded(input.command()));
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

    /** The local file curl was to send: {@code -F name=@FILE}, {@code -d @FILE}, {@code --data-binary @FILE}, {@code -T FILE}. */
    private static String uploaded(java.util.List<String> argv) {
        if (argv == null) return null;
        for (int i = 1; i < Math.min(argv.size(), 64); i++) {
            String a = argv.get(i);
            String next = i + 1 < argv.size() ? argv.get(i + 1) : null;
            String file = null;
            if ((a.equals("-T") || a.equals("--upload-file")) && next != null) file = next;
            else if (next != null && a.startsWith("-") && (a.startsWith("-F") || a.startsWith("-d") || a.startsWith("--data") || a.startsWith("--form"))) {
                int at = next.indexOf('@');
                if (at >= 0 && (at == 0 || next.charAt(at - 1) == '=')) file = next.substring(at + 1);
            }
            if (file != null) {
                int semi = file.indexOf(';');   // -F "file=@x.pdf;type=application/pdf"
                if (semi > 0) file = file.substring(0, semi);
                if (Names.isPathChars(file)) return file;
            }
        }
        return null;
    }

    static Integer httpStatus(String digits) {
        Integer s = Names.number(digits);
        return s != null && s >= 100 && s <= 599 && digits.length() == 3 ? s : null;
    }
}
