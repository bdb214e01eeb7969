package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;

import org.autoheal.engine.RuleTables;
import org.autoheal.facts.ToolchainError;

/**
 * Turns the raw output of a failed program into one {@link ToolchainError} fact. It extracts what
 * the text states (types, message, file/line, errno, module, path, host/port, URL, ...) and never
 * decides a cause: that is the rules' job. It never throws and never returns null; text that no
 * parser recognises still gives a fact whose message is the last non-blank line.
 */
public final class ErrorParsers {
    private static final List<LanguageParser> OTHER_PARSERS = List.of(
            new JavaParser(), new NodeParser(), new NodeTestChildCrash(), new NodeTestSpecFailure(), new IndentedNodeFailure(), new ShellParser(), new CurlParser());
    /** At most this many signals per output: the lead and the latest others. */
    static final int MAX_SIGNALS = 32;

    private ErrorParsers() {
    }

    /**
     * Reads the parsers' tables now, for {@code text} when it is known (null: not yet): the table of translated
     * messages takes tens of milliseconds to load, which a one-shot command spends on its main thread while that thread
     * waits for the rules anyway; for a text that shows no translated message it is not read at all.
     */
    public static void prepare(String text) {
        Localized.prepare(text == null ? null : ErrorText.bound(text, ErrorText.DEFAULT_MAX_BYTES));
    }

    /** Parses with the default limit of {@link ErrorText#DEFAULT_MAX_BYTES} characters of text. */
    public static ToolchainError parse(ErrorInput in) {
        return parse(in, ErrorText.DEFAULT_MAX_BYTES);
    }

    /** Parses the last {@code maxChars} characters of the input's text. */
    public static ToolchainError parse(ErrorInput in, int maxChars) {
        ErrorInput input = in == null ? new ErrorInput(null, null, null, "") : in;
        if (input.tables() == null) input = input.withTables(RuleTables.bundled().known());
        String text = ErrorText.bound(input.text(), maxChars);
        ToolchainError e;
        try {
            // what a process printed under its runner's prefix (compose's "web-1  | ") is read as it printed it
            text = RunnerPrefix.strip(text);
            // a program that printed its messages in another language is read as the English it stands for
            Localized.Reading english = Localized.read(text);
            text = ExceptionGroups.unbox(english.text());   // Python 3.11's boxed exception groups as plain tracebacks
            e = parseBounded(input, text);
            if (!english.languages().isEmpty()) Caps.detail(e, "messages_language", String.join(",", english.languages()));
        } catch (RuntimeException | StackOverflowError bug) {
            // a parser bug must not lose the failure: keep the raw fact and say what went wrong
            e = base(new ToolchainError(), input, text, Lines.of(text));
            Caps.detail(e, "parse_error", bug + where(bug));
        }
        return Caps.bound(e);
    }

    /** The first frame of this package, so a bug report names the parser that failed. */
    private static String where(Throwable bug) {
        for (StackTraceElement f : bug.getStackTrace()) {
            if (f.getClassName().startsWith(ErrorParsers.class.getPackageName())) return " at " + f;
        }
        return "";
    }

    /**
     * The lead fact is what one fact always was (the error that ends last, the whole output read for
     * its details); every other signal of the output joins it in {@link ToolchainError#getEvidence()}.
     */
    private static ToolchainError parseBounded(ErrorInput input, String text) {
        Lines lines = Lines.of(text);
        List<ParseResult> chained = new ArrayList<>();
        List<ParseResult> found = new ArrayList<>(PythonParser.parseAll(lines, chained));
        ParseResult best = found.isEmpty() ? null : found.get(found.size() - 1);
        for (LanguageParser p : OTHER_PARSERS) {
            ParseResult r = p.parse(lines, input);
            if (r == null) continue;
            found.add(r);
            if (best == null || r.endLine() > best.endLine()) best = r;
        }
        int lastLine = lastNonBlank(lines);
        if (best == null) {
            // no block: the last line's own signal ("ModuleNotFoundError: No module named 'x'" pasted alone,
            // a log or JSON log line) is the lead; only that line, as the lines above it (any noise, of any
            // length) would become part of a block
            ToolchainError own = LogLine.dataRow(lines, lastLine) ? null : LineSignals.of(lines.get(lastLine), input);
            if (own == null && looksLikeBarePythonError(lines.lastNonBlank())) own = LineSignals.text(lines.lastNonBlank(), "bare", input);
            if (own != null) best = new ParseResult(own, lastLine, lastLine);
        }
        Lines ownLines = LogLine.withoutDataRows(lines);   // rows of data a program listed quote errors of other runs
        ToolchainError e = base(best == null ? new ToolchainError() : best.fact(), input, text, best == null ? ownLines : lines);
        NetExtractor.fill(e, ownLines, input);
        FileExtractor.fill(e, ownLines, input.command());
        FileExtractor.jsonFileJustAbove(e, lines, best == null ? lastLine : best.startLine());
        FileExtractor.onlyMentioned(e, lines, best == null ? lastLine : best.startLine(), best == null ? lastLine : best.endLine(), input.command());
        if (e.getJsonFile() == null || e.detail("mentioned_json_file") != null)
            FileExtractor.jsonFileFailedBelow(e, lines, best == null ? lastLine : best.endLine(), true);
        CloseCodes.fill(e, lines);
        e.setPosition((best == null ? lastLine : best.endLine()) + 1);
        List<ToolchainError> evidence = Evidence.collect(e, best, found, chained, lines, input, text);
        FileExtractor.outputJsonFile(evidence, lines);
        if (best == null && evidence.size() > 1) {
            // nothing but the raw last line: the last real signal stands for the output, and the raw
            // fact (details gathered from all lines) is no signal of its own
            List<ToolchainError> signals = new ArrayList<>(evidence);
            signals.remove(e);
            for (int i = 0; i < signals.size(); i++) signals.get(i).setIndex(i);
            ToolchainError last = signals.get(signals.size() - 1);
            last.setEvidence(signals);
            return last;
        }
        e.setEvidence(evidence);
        return e;
    }

    private static int lastNonBlank(Lines lines) {
        for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).isBlank()) return i;
        return 0;
    }

    /** A last line like {@code FooError: message} with a Python-style exception name. */
    static boolean looksLikeBarePythonError(String line) {
        if (line == null) return false;
        int colon = line.indexOf(": ");
        if (colon <= 0 || colon > 100) return false;
        String type = line.substring(0, colon);
        return (type.endsWith("Error") || type.endsWith("Exception")) && type.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_');
    }

    static ToolchainError base(ToolchainError e, ErrorInput input, String text, Lines lines) {
        e.setTool(input.tool());
        e.setExitCode(input.exitCode());
        e.setRaw(text);
        if (input.command() != null) e.setCommand(Caps.cut(String.join(" ", input.command())));
        if (e.getMessage().isEmpty()) e.setMessage(lines.lastNonBlank());
        return e;
    }
}
