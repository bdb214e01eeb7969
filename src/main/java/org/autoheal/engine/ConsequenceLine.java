package org.autoheal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.jci.CompilationProblem;

/**
 * Where in a rule's {@code then} part a compile error is. Drools reports every consequence error at
 * the {@code rule} header line. The line is found from what the message names: for MVEL the line
 * that starts with an operator ("Missing left node": MVEL ended the statement at the line before);
 * the method or name it could not resolve (MVEL or javac); MVEL's "Near" text; last, javac's own
 * line (it agrees with the file's only for simple consequences).
 */
final class ConsequenceLine {
    private static final Pattern OPERATOR_FIRST = Pattern.compile("^(\\+|-(?!-)|\\*|/(?![/*])|%|&&|\\|\\||\\?|:|==|!=|<|>)");
    private static final Pattern METHOD = Pattern.compile("\\.([$A-Za-z_][\\w$]*)\\(");
    private static final Pattern NAME = Pattern.compile("(?:name|field|property|variable|identifier)\\s*:?\\s*([$A-Za-z_][\\w$.]*)");
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\.(.*?)\\.\\.\\.\\.}]");

    private ConsequenceLine() {
    }

    /** {line, column} in the file for a consequence error, or null when the error is not one or cannot be placed. */
    static int[] locate(KnowledgeBuilderError e, String source) {
        if (source == null || !(e instanceof DescrBuildError d) || !(d.getDescr() instanceof RuleDescr rule)) return null;
        String[] lines = source.split("\n", -1);
        int then = rule.getConsequenceLine();
        if (then < 1 || then > lines.length) return null;
        int end = then;
        while (end < lines.length && !lines[end - 1].strip().equals("end")) end++;
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (!aboutTheThenPart(message, lines, then, end)) return null;
        int compilerLine = 0;
        if (e instanceof RuleBuildError rb && rb.getObject() instanceof CompilationProblem[] problems && problems.length > 0) {
            message = "[Error: " + problems[0].getMessage() + "]";
            compilerLine = problems[0].getStartLine();
        }
        if (message.contains("Missing left node")) {
            for (int i = then; i < end; i++) {
                if (OPERATOR_FIRST.matcher(lines[i].strip()).find()) return new int[] {i + 1, lines[i].indexOf(lines[i].strip()) + 1};
            }
        }
        for (String token : named(message)) {
            Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w$])");
            for (int i = then - 1; i < end; i++) {
                String code = i == then - 1 ? afterThen(lines[i]) : lines[i];
                Matcher m = word.matcher(code);
                if (m.find()) return new int[] {i + 1, lines[i].length() - code.length() + m.start() + 1};
            }
        }
        int[] near = near(message, lines, then, end);
        if (near != null) return near;
        // javac's line agrees with the file's for simple consequences only: the last resort
        return compilerLine > then && compilerLine <= end ? new int[] {compilerLine, 0} : null;
    }

    /**
     * MVEL names the code it analysed: an attribute's ({@code salience( … )}) is not the then part, and
     * its error stays on the header where Drools puts it.
     */
    private static boolean aboutTheThenPart(String message, String[] lines, int then, int end) {
        String prefix = "Unable to Analyse Expression ";
        int at = message.indexOf(prefix);
        int stop = message.indexOf(":\n[Error", at + 1);
        if (at < 0 || stop < 0) return true;
        String analysed = squeeze(message.substring(at + prefix.length(), stop).replace("drools.", "")).replace(";", "");
        StringBuilder code = new StringBuilder();
        for (int i = then - 1; i < end; i++) code.append(squeeze(i == then - 1 ? afterThen(lines[i]) : lines[i]).replace(";", ""));
        return code.indexOf(analysed.substring(0, Math.min(20, analysed.length()))) >= 0;
    }

    /** Methods and names the message says it could not resolve, most specific first. */
    private static List<String> named(String message) {
        int at = message.indexOf("[Error:");
        String error = at < 0 ? message : message.substring(at, Math.max(at, message.indexOf(']', at)));
        List<String> out = new ArrayList<>();
        Matcher m = METHOD.matcher(error);
        while (m.find()) out.add(0, m.group(1)); // the last one is the unresolved method
        Matcher n = NAME.matcher(error);
        while (n.find()) {
            String name = n.group(1);
            out.add(name.substring(name.lastIndexOf('.') + 1));
        }
        // Java's "The method wiht(String, int) is undefined": the name before the first '('
        Matcher j = Pattern.compile("\\b([$A-Za-z_][\\w$]*)\\(").matcher(error);
        if (j.find()) out.add(j.group(1));
        return out.stream().filter(s -> !s.isEmpty() && !s.equals("insert")).distinct().toList();
    }

    /** The line holding MVEL's "Near" snippet (compared without spaces and without the {@code drools.} it adds). */
    private static int[] near(String message, String[] lines, int then, int end) {
        Matcher m = NEAR.matcher(message.replace('\n', ' '));
        if (!m.find()) return null;
        String snippet = squeeze(m.group(1).replace("drools.", ""));
        if (snippet.length() < 4) return null;
        StringBuilder text = new StringBuilder();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = then - 1; i < end; i++) {
            String code = squeeze(i == then - 1 ? afterThen(lines[i]) : lines[i]);
            text.append(code);
            for (int k = 0; k < code.length(); k++) lineOf.add(i + 1);
        }
        int found = text.indexOf(snippet);
        if (found < 0) {
            // the snippet may start inside a word MVEL cut ("ls.insert("): try its tail
            int dot = snippet.indexOf('.');
            found = dot > 0 && dot < 4 ? text.indexOf(snippet.substring(dot + 1)) : -1;
        }
        return found < 0 ? null : new int[] {lineOf.get(found), 0};
    }

    private static String afterThen(String line) {
        int at = line.indexOf("then");
        return at < 0 ? "" : line.substring(at + 4);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
