package org.autoheal.facts;

/**
 * Context: a JSON file of the toolchain (its {@code files}, or a {@code .json} argument inside its
 * roots) that fails to parse, where the decoder stopped. {@code path} is relative to the
 * toolchain's workdir (what a strategy takes), {@code shown} relative to the home (what health
 * prints); {@code position} is the 0-based character offset, as Python's {@code (char N)} and
 * Node's {@code at position N}.
 */
public record BrokenJsonFile(String path, String shown, Integer line, Integer column, Integer position, String message) {

    /** The error's decoder stopped where this file fails: same line and column, or same character. */
    public boolean atPositionOf(ToolchainError e) {
        Integer eLine = number(e.detail("json_line"));
        Integer eColumn = number(e.detail("json_column"));
        if (eLine != null && eColumn != null && eLine.equals(line) && eColumn.equals(column)) return true;
        Integer eChar = number(e.detail("json_char"));
        if (eChar == null) eChar = number(e.detail("json_position"));
        return eChar != null && eChar.equals(position);
    }

    /** Same line only: decoders differ on the column of a bad token ({@code True} at its start or end). */
    public boolean onLineOf(ToolchainError e) {
        Integer eLine = number(e.detail("json_line"));
        return eLine != null && eLine.equals(line);
    }

    /** The error states no position at all, so any broken file of the toolchain fits as well as any other. */
    public static boolean noPositionIn(ToolchainError e) {
        return e.detail("json_line") == null && e.detail("json_char") == null && e.detail("json_position") == null;
    }

    public String where() {
        return "line " + line + ", column " + column + (position == null ? "" : ", char " + position);
    }

    private static Integer number(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) return null;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return null;
        return Integer.valueOf(s);
    }
}
