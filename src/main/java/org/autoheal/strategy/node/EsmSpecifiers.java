package org.autoheal.strategy.node;

import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module specifiers of a JavaScript file's import statements: {@code import … from 'S'},
 * {@code export … from 'S'}, {@code import 'S'} and {@code import('S')}. Only the string
 * literal of a matching statement is ever replaced; a line commented out with {@code //} is left.
 */
final class EsmSpecifiers {
    private static final Pattern SPECIFIER =
            Pattern.compile("(\\bfrom\\s*|\\bimport\\s*\\(?\\s*)(['\"])([^'\"\\n\\\\]{1,1024})\\2");
    /** What a replacement specifier may contain: a relative path, no quotes, backslashes or spaces. */
    private static final Pattern SAFE = Pattern.compile("\\.\\.?/[A-Za-z0-9_./~+@-]{1,1024}");

    private EsmSpecifiers() {
    }

    static boolean isSafeRelative(String specifier) {
        return specifier != null && SAFE.matcher(specifier).matches() && !specifier.contains("//");
    }

    /** The source with every relative specifier {@code wanted} accepts replaced by {@code replacement}; same text when none. */
    static String replace(String source, Predicate<String> wanted, String replacement) {
        Matcher m = SPECIFIER.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String spec = m.group(3);
            boolean relative = spec.startsWith("./") || spec.startsWith("../");
            String text = relative && wanted.test(spec) && !commentedOut(source, m.start())
                    ? m.group(1) + m.group(2) + replacement + m.group(2) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when {@code specifier}, taken from {@code folder}, is {@code target}. */
    static Predicate<String> resolvingTo(Path folder, Path target) {
        return spec -> folder.resolve(spec).normalize().equals(target);
    }

    private static boolean commentedOut(String source, int at) {
        int lineStart = source.lastIndexOf('\n', at) + 1;
        return source.substring(lineStart, at).contains("//");
    }
}
