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
        switch (simple) {
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
