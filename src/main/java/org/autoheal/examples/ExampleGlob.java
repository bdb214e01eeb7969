package org.autoheal.examples;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code rules test NAME-GLOB}: {@code *} any text, {@code ?} one character, matched against
 * the example's name or its file's name without {@code .examples.json} ({@code json_format}).
 */
public final class ExampleGlob {
    private ExampleGlob() {
    }

    public static Predicate<RuleExample> of(String glob) {
        if (glob == null) return e -> true;
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        Pattern p = Pattern.compile(re.toString(), Pattern.DOTALL);
        return e -> p.matcher(e.name()).matches() || p.matcher(base(e.file())).matches();
    }

    private static String base(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(ExampleFiles.SUFFIX) ? name.substring(0, name.length() - ExampleFiles.SUFFIX.length()) : name;
    }
}
