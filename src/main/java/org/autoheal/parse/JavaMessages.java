package org.autoheal.parse;

import org.autoheal.facts.ToolchainError;

/** Reads paths, errno and the failed operation out of the messages of Java exceptions. */
final class JavaMessages {
    private static final String RUN = "Cannot run program \"";

    private JavaMessages() {
    }

    /** Fills what {@code type: message} states, leaving fields already set by an outer exception. */
    static void extract(ToolchainError e, String type, String message) {
        if (message == null) return;
        String simple = type.substring(type.lastIndexOf('.') + 1);
        int run = message.indexOf(RUN);
        if (run >= 0) {
            cannotRun(e, message, run);
            return;
        }
        jsonPosition(e, message);
        switch (simple) {
            case "UnknownHostException" -> {
                // the message is the host, sometimes followed by the resolver's words
                String host = message.split("[:\\s]", 2)[0];
                if (e.getHost() == null && Names.isPathChars(host) && host.indexOf('/') < 0 && host.indexOf('.') > 0) e.setHost(host);
            }
            case "NoSuchFileException", "AccessDeniedException", "FileAlreadyExistsException",
                 "NotDirectoryException", "DirectoryNotEmptyException", "FileSystemLoopException" -> {
                int arrow = message.indexOf(" -> ");
                setPath(e, arrow < 0 ? message : message.substring(0, arrow));
                if (e.getErrno() == null && simple.equals("NoSuchFileException")) errno(e, 2);
                if (e.getErrno() == null && simple.equals("AccessDeniedException")) errno(e, 13);
            }
            case "FileNotFoundException" -> {
                int open = message.lastIndexOf(" (");
                if (open > 0 && message.endsWith(")")) {
                    setPath(e, message.substring(0, open));
                    if (e.getErrno() == null) errno(e, Errnos.ofText(message.substring(open + 2, message.length() - 1)));
                } else {
                    setPath(e, message);
                }
            }
            default -> {
                if (e.getErrno() == null) errno(e, Errnos.findText(message));
            }
        }
    }

    private static final java.util.regex.Pattern[] JSON_POSITIONS = {
        // Jackson: "[Source: …; line: 4, column: 1]" (the last one is the error's; an earlier one is a start marker)
        java.util.regex.Pattern.compile("line: (\\d{1,9}), column: (\\d{1,9})\\]"),
        // Gson: "at line 3 column 4 path $.a"
        java.util.regex.Pattern.compile("at line (\\d{1,9}) column (\\d{1,9})"),
        // org.json: "at 15 [character 16 line 1]"
        java.util.regex.Pattern.compile("\\[character (\\d{1,9}) line (\\d{1,9})\\]"),
    };

    /** The JSON parser's position (Jackson, Gson, org.json) as the json_line / json_column details. */
    private static void jsonPosition(ToolchainError e, String message) {
        if (e.detail("json_line") != null || message.length() > 4000) return;
        for (int p = 0; p < JSON_POSITIONS.length; p++) {
            java.util.regex.Matcher m = JSON_POSITIONS[p].matcher(message);
            String line = null;
            String column = null;
            while (m.find()) {
                line = p == 2 ? m.group(2) : m.group(1);
                column = p == 2 ? m.group(1) : m.group(2);
            }
            if (line != null) {
                Caps.detail(e, "json_line", String.valueOf(Names.number(line)));
                Caps.detail(e, "json_column", String.valueOf(Names.number(column)));
                return;
            }
        }
    }

    /**
     * ProcessBuilder's {@code Cannot run program "protoc": error=2, ...} quoted in a program's own line ("ERROR codegen:
     * Cannot run program ..."): the program as the path, exec as the syscall (session 14).
     */
    static void cannotRunQuoted(ToolchainError e, String line) {
        int run = line.indexOf(RUN);
        if (run >= 0) cannotRun(e, line, run);
    }

    /** {@code Cannot run program "x" (in directory "d"): error=13, Permission denied}. */
    private static void cannotRun(ToolchainError e, String message, int run) {
        int q = message.indexOf('"', run + RUN.length());
        if (q < 0) return;
        setPath(e, message.substring(run + RUN.length(), q));
        if (e.getSyscall() == null) e.setSyscall("exec");
        int err = message.indexOf("error=", q);
        if (err >= 0 && e.getErrno() == null) errno(e, Names.number(Names.digitsAt(message, err + 6)));
    }

    private static void setPath(ToolchainError e, String path) {
        if (e.getPath() == null && Names.isPrintedPath(path)) e.setPath(path.strip());
    }

    private static void errno(ToolchainError e, Integer errno) {
        if (errno == null) return;
        e.setErrno(errno);
        if (e.getCode() == null) e.setCode(Errnos.name(errno));
    }
}
