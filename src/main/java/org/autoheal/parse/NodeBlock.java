package org.autoheal.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What follows a Node.js error head: {@code at} frames and the {@code { key: value }} property
 * block, including nested {@code [cause]: Error: ...} errors with their own properties.
 */
final class NodeBlock {
    private static final int MAX_BLOCK_LINES = 400;
    private static final String CAUSE = "[cause]: ";
    private static final String EMITTED = "Emitted 'error' event on ";
    /** An AggregateError's list of errors ({@code Promise.any}, Node's dual-stack connect): each one a cause. */
    static final String ERRORS = "[errors]: [";

    final Map<String, String> props = new LinkedHashMap<>();
    final Map<String, String> causeProps = new LinkedHashMap<>();
    final List<NodeError> causes = new ArrayList<>();
    /** A cause's own frames went through JSON.parse (its SyntaxError is a JSON document's). */
    boolean causeJsonParse;
    private boolean inErrors;
    private boolean pointedCause;
    private String[] pointer;
    /** File, line (and column) of the source pointer Node printed over a SyntaxError cause; null when none. */
    String[] syntaxAt;
    /** The object that emitted an unhandled 'error' event ({@code WebSocket}, {@code ClientRequest}); null when none. */
    String emitter;
    int end;

    /** Reads frames and the block after the head at line {@code at}. */
    static NodeBlock read(Lines lines, int at) {
        NodeBlock b = new NodeBlock();
        b.end = at;
        boolean inBlock = lines.get(at).endsWith(" {");
        for (int i = at + 1; i < lines.size() && i < at + MAX_BLOCK_LINES; i++) {
            String line = lines.get(i);
            if (inBlock) {
                b.end = i;
                if (line.equals("}")) break;
                b.entry(line);
            } else if (NodeParser.isFrame(line)) {
                b.end = i;
                inBlock = line.endsWith(" {");
            } else if (line.startsWith(EMITTED) && line.endsWith(" instance at:") && b.emitter == null) {
                // "Emitted 'error' event on WebSocket instance at:": the emitter's frames and the property block follow
                String name = line.substring(EMITTED.length(), line.length() - " instance at:".length());
                if (Names.isIdentifier(name)) b.emitter = name;
                b.end = i;
            } else if (line.startsWith("Node.js v") || (b.end > at && !line.isBlank() && Lines.indent(line) == 0)) {
                break;
            }
        }
        return b;
    }

    /** {@code  key: value,} at indent 2 belongs to the error; deeper ones to its causes. */
    private void entry(String line) {
        String t = line.strip();
        if (t.startsWith(CAUSE)) {
            NodeError cause = NodeError.head(t.substring(CAUSE.length()));
            if (cause != null && causes.size() < Caps.MAX_LIST) causes.add(cause);
            // "[cause]: file:///app/x.mjs:1", its source line and caret, then "  SyntaxError: ...": the head follows
            pointedCause = cause == null;
            if (pointedCause) pointer = NodeParser.splitLocation(t.substring(CAUSE.length()));
            return;
        }
        if (pointedCause) {
            NodeError cause = NodeError.head(t);
            if (cause != null) {
                pointedCause = false;
                if (causes.size() < Caps.MAX_LIST) causes.add(cause);
                if (pointer != null && "SyntaxError".equals(cause.name()) && syntaxAt == null) syntaxAt = pointer;
                return;
            }
            if (t.startsWith("at ")) pointedCause = false;
            if (Lines.indent(line) == 2) return;   // the cause's source line and caret, not properties
        }
        if (t.startsWith(ERRORS)) {
            inErrors = true;
            return;
        }
        if (t.startsWith("at ")) {
            if (t.contains(" JSON.parse ")) causeJsonParse = true;
            return;
        }
        if (inErrors && Lines.indent(line) >= 4) {
            // "    Error: connect ECONNREFUSED 127.0.0.1:5432": one of the AggregateError's errors
            NodeError listed = NodeError.head(t);
            if (listed != null) {
                if (causes.size() < Caps.MAX_LIST) causes.add(listed);
                return;
            }
        }
        int colon = t.indexOf(": ");
        if (colon <= 0) return;
        String key = t.substring(0, colon);
        if (!Names.isIdentifier(key)) return;
        String value = t.substring(colon + 2).strip();
        if (value.endsWith(",")) value = value.substring(0, value.length() - 1);
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) value = value.substring(1, value.length() - 1);
        Map<String, String> target = Lines.indent(line) == 2 ? props : causeProps;
        if (target.size() < Caps.MAX_DETAILS) target.putIfAbsent(key, value);
    }

    /** A property of the error, else of its causes. */
    String get(String key) {
        String v = props.get(key);
        return v != null ? v : causeProps.get(key);
    }

    boolean has(String key) {
        return props.containsKey(key) || causeProps.containsKey(key);
    }
}
