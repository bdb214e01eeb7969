package org.autoheal.parse;

import java.util.Locale;
import java.util.Map;

/**
 * URL schemes of services that are not web servers (databases, brokers, caches) and their usual ports:
 * {@code postgresql://app@db:5432/orders}, {@code jdbc:mysql://db/shop}, {@code amqp://guest@rabbit//}. Such a URL names
 * the server a program connects to as well as an http URL does; read for its host and port only (the {@code url}
 * detail stays a ws/http one).
 */
public final class ServiceSchemes {
    private static final Map<String, Integer> USUAL_PORT = Map.ofEntries(
            Map.entry("postgres", 5432), Map.entry("postgresql", 5432), Map.entry("mysql", 3306), Map.entry("mariadb", 3306),
            Map.entry("redis", 6379), Map.entry("rediss", 6379), Map.entry("amqp", 5672), Map.entry("amqps", 5671),
            Map.entry("mongodb", 27017), Map.entry("nats", 4222), Map.entry("mqtt", 1883), Map.entry("memcached", 11211),
            Map.entry("ldap", 389), Map.entry("sqlserver", 1433), Map.entry("clickhouse", 9000), Map.entry("tcp", -1));

    private ServiceSchemes() {
    }

    /** The scheme's usual port, -1 for a scheme that has none ({@code tcp}), null for a scheme that is no such service. */
    public static Integer usualPort(String scheme) {
        if (scheme == null) return null;
        String s = scheme.toLowerCase(Locale.ROOT);
        if (s.endsWith("+srv")) s = s.substring(0, s.length() - 4);
        return USUAL_PORT.get(s);
    }
}
