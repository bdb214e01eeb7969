package org.autoheal.parse;

import org.autoheal.facts.ToolchainError;

/** Host and port of a URL, read by hand (authority up to the path, no user info, default ports). */
final class Urls {

    private Urls() {
    }

    /** Fills host and port from the URL when the text did not state them (or stated only the same host). */
    static void fillHostPort(ToolchainError e) {
        String host = host(e.getUrl());
        if (host == null) return;
        Integer port = port(e.getUrl());
        if (e.getHost() == null) {
            e.setHost(host);
            e.setPort(port);
        } else if (e.getPort() == null && host.equals(e.getHost())) {
            e.setPort(port);
        }
    }

    static String host(String url) {
        String auth = authority(url);
        if (auth == null) return null;
        int colon = auth.lastIndexOf(':');
        String host = colon < 0 || auth.endsWith("]") ? auth : auth.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        return !host.isEmpty() && Names.isPathChars(host.replace(":", "")) ? host : null;
    }

    /** The port written in the URL, else the scheme's default (80 for ws/http, 443 for wss/https). */
    static Integer port(String url) {
        String auth = authority(url);
        if (auth == null) return null;
        int colon = auth.lastIndexOf(':');
        if (colon >= 0 && !auth.endsWith("]")) return Names.port(auth.substring(colon + 1));
        return url.startsWith("wss:") || url.startsWith("https:") ? 443 : 80;
    }

    private static String authority(String url) {
        if (url == null) return null;
        int scheme = url.indexOf("://");
        if (scheme < 0) return null;
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) end++;
        String auth = url.substring(start, end);
        int at = auth.lastIndexOf('@');
        return at >= 0 ? auth.substring(at + 1) : auth;
    }
}
