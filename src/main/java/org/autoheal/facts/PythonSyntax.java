package org.autoheal.facts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Python's compound-statement keywords, said once: the missing-colon diagnosis in rules/syntax.drl and fix_syntax's
 * colon fix both read them from here.
 */
public final class PythonSyntax {
    /** Keywords that open a compound statement whose header ends with ':' ({@code async} may come before some). */
    public static final List<String> COMPOUND_KEYWORDS =
            List.of("def", "class", "if", "elif", "else", "for", "while", "try", "except", "finally", "with");
    private static final Pattern HEADER_WITHOUT_COLON =
            Pattern.compile("\\s*(" + String.join("|", COMPOUND_KEYWORDS) + "|async)\\b[^:]*");

    private PythonSyntax() {
    }

    /** The line starts with a compound-statement keyword (or {@code async}) as a whole word and has no ':' at all. */
    public static boolean headerWithoutColon(String codeLine) {
        return codeLine != null && HEADER_WITHOUT_COLON.matcher(codeLine).matches();
    }
}
