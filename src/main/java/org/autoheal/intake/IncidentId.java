package org.autoheal.intake;

/** Incident ids from a URL: letters, digits, '-', '_' and '.', at most 128, never "." or "..". */
final class IncidentId {
    private IncidentId() {
    }

    static boolean valid(String id) {
        if (id.isEmpty() || id.length() > 128 || id.equals(".") || id.equals("..")) return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            if (!ok) return false;
        }
        return true;
    }
}
