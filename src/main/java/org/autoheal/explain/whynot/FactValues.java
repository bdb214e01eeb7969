package org.autoheal.explain.whynot;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a constraint was evaluated on: for each name it reads, the fact's property
 * ({@code jsonFile} → {@code getJsonFile()}), a query method with literal arguments
 * ({@code detail("json_line")}, {@code is("JSONDecodeError")}), or a bound variable's property
 * ({@code $e.position}). Only public getters and methods of the fact are called, as the rule itself
 * would; values are shown bounded, with control characters escaped.
 */
final class FactValues {
    private static final int MAX_SHOWN = 120;
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern TOKEN = Pattern.compile("(\\$?[A-Za-z_][\\w$]*)(?:\\.([A-Za-z_][\\w$]*))?(\\s*\\()?");
    private static final Pattern LITERAL_ARGS = Pattern.compile("\\s*(\"(?:[^\"\\\\]|\\\\.)*\"(?:\\s*,\\s*\"(?:[^\"\\\\]|\\\\.)*\")*)?\\s*\\)");
    private static final Set<String> WORDS = Set.of("null", "true", "false", "in", "not", "contains", "matches", "memberOf",
            "soundslike", "str", "this", "excludes", "after", "before", "instanceof", "new");

    private FactValues() {
    }

    /** Name as written → value shown, for what {@code expression} reads of {@code fact} and of the bound variables. */
    static Map<String, String> of(Object fact, String expression, Map<String, Object> bound) {
        Map<String, String> out = new LinkedHashMap<>();
        if (fact == null || expression == null) return out;
        String code = expression;
        Matcher m = TOKEN.matcher(code);
        int from = 0;
        List<int[]> strings = new ArrayList<>();
        Matcher s = STRING.matcher(code);
        while (s.find()) strings.add(new int[] {s.start(), s.end()});
        while (from < code.length() && m.find(from)) {
            from = m.end();
            if (inside(strings, m.start()) || (m.start() > 0 && ".$".indexOf(code.charAt(m.start() - 1)) >= 0 && !m.group(1).startsWith("$"))) continue;
            String name = m.group(1);
            String member = m.group(2);
            boolean call = m.group(3) != null;
            if (WORDS.contains(name)) continue;
            if (name.startsWith("$")) {
                Object v = bound.get(name);
                if (v != null && member != null && !call) property(v, member).ifPresent(x -> out.putIfAbsent(name + "." + member, x));
                continue;
            }
            if (member != null) continue; // a static call or a global (known.causeOf…): not a value of this fact
            if (call) {
                Matcher args = LITERAL_ARGS.matcher(code);
                if (!args.find(m.end()) || args.start() != m.end()) continue;
                String written = name + "(" + (args.group(1) == null ? "" : args.group(1)) + ")";
                call(fact, name, literals(args.group(1))).ifPresent(x -> out.putIfAbsent(written, x));
                from = args.end();
            } else {
                property(fact, name).ifPresent(x -> out.putIfAbsent(name, x));
            }
        }
        return out;
    }

    private static boolean inside(List<int[]> ranges, int at) {
        for (int[] r : ranges) if (at >= r[0] && at < r[1]) return true;
        return false;
    }

    private static List<String> literals(String args) {
        List<String> out = new ArrayList<>();
        if (args == null) return out;
        Matcher m = STRING.matcher(args);
        while (m.find()) out.add(m.group().substring(1, m.group().length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
        return out;
    }

    private static java.util.Optional<String> property(Object fact, String name) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : new String[] {"get" + cap, "is" + cap, name}) {
            java.util.Optional<String> v = call(fact, getter, List.of());
            if (v.isPresent()) return v;
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> call(Object fact, String name, List<String> args) {
        for (Method method : fact.getClass().getMethods()) {
            if (!method.getName().equals(name) || method.getParameterCount() != args.size() || Modifier.isStatic(method.getModifiers())
                    || method.getReturnType() == void.class || method.getDeclaringClass() == Object.class) continue;
            if (!List.of(method.getParameterTypes()).stream().allMatch(t -> t == String.class || t == Object.class || t == CharSequence.class)) continue;
            try {
                return java.util.Optional.of(shown(method.invoke(fact, args.toArray())));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return java.util.Optional.of("(" + e.getClass().getSimpleName() + ")");
            }
        }
        return java.util.Optional.empty();
    }

    /** A value as a rule author reads it: strings quoted, bounded, control characters escaped. */
    static String shown(Object v) {
        if (v == null) return "null";
        String s = v instanceof CharSequence ? "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : String.valueOf(v);
        s = s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replaceAll("\\p{Cntrl}", "?");
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…(" + s.length() + " chars)";
    }
}
