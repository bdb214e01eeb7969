package org.autoheal.parse;

import java.util.List;
import java.util.Map;

import org.autoheal.facts.ToolchainError;

/**
 * Size limits for everything a parser puts into a {@link ToolchainError}. Parsers add through these
 * helpers, and {@link #bound} cuts the fields once more at the end, so no input can make a fact big.
 */
final class Caps {
    static final int MAX_FIELD = 1024;
    static final int MAX_LIST = 32;
    static final int MAX_DETAILS = 32;
    static final int MAX_KEY = 64;

    private Caps() {
    }

    static String cut(String s) {
        if (s == null || s.length() <= MAX_FIELD) return s;
        int end = MAX_FIELD;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    /** Sets the outermost type (also added to the types set). */
    static void setType(ToolchainError e, String t) {
        if (t != null && !t.isBlank()) e.setType(cut(t.strip()));
    }

    /** Adds a type of the chain to the types set, full and simple name. */
    static void type(ToolchainError e, String t) {
        if (t != null && !t.isBlank() && e.getTypes().size() < MAX_LIST - 1) e.addType(cut(t.strip()));
    }

    static void add(List<String> list, String value) {
        if (value == null || value.isBlank() || list.size() >= MAX_LIST) return;
        String v = cut(value);
        if (!list.contains(v)) list.add(v);
    }

    static void detail(ToolchainError e, String key, Object value) {
        if (key == null || value == null || e.getDetails().size() >= MAX_DETAILS) return;
        e.putDetail(key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key, cut(String.valueOf(value)));
    }

    /** Final pass: cuts every string field and list of the fact to the limits. */
    static ToolchainError bound(ToolchainError e) {
        e.setTool(cut(e.getTool()));
        e.setLanguage(cut(e.getLanguage()));
        e.setMessage(cut(e.getMessage()));
        e.setFile(cut(e.getFile()));
        e.setCode(cut(e.getCode()));
        e.setModule(cut(e.getModule()));
        e.setPath(cut(e.getPath()));
        e.setHost(cut(e.getHost()));
        e.setUrl(cut(e.getUrl()));
        e.setName(cut(e.getName()));
        e.setFromModule(cut(e.getFromModule()));
        e.setSyscall(cut(e.getSyscall()));
        e.setMode(cut(e.getMode()));
        e.setCodeLine(cut(e.getCodeLine()));
        e.setJsonFile(cut(e.getJsonFile()));
        e.setCommand(cut(e.getCommand()));
        for (List<String> list : List.of(e.getOtherModules(), e.getMentionedFiles(), e.getChain())) {
            if (list.size() > MAX_LIST) list.subList(MAX_LIST, list.size()).clear();
            list.replaceAll(Caps::cut);
        }
        Map<String, String> details = e.getDetails();
        details.replaceAll((k, v) -> cut(v));
        return e;
    }
}
