package org.autoheal.strategy.json;

import java.util.ArrayList;
import java.util.List;

import org.autoheal.strategy.json.ParsedValue.Arr;
import org.autoheal.strategy.json.ParsedValue.Member;
import org.autoheal.strategy.json.ParsedValue.Obj;
import org.autoheal.strategy.json.Token.Type;

/**
 * Recursive-descent reader over {@link TolerantLexer} tokens that accepts the known slips
 * (trailing and missing commas, a comma after the whole value, a colon missing between a key
 * and its value, unquoted keys, Python literals, brackets left open at end of file), recording
 * each as an edit of just the tokens involved, and refuses everything that would need a guess:
 * doubled commas, missing values, a key followed by no value, mismatched brackets, text after
 * the value. Duplicate keys are kept as they are: they are valid JSON, loaders keep the last
 * value, and editing around them changes nothing about that.
 */
final class TolerantParser {
    private final TolerantLexer lexer;
    private final Fixes fixes;
    private final int maxDepth;
    private final boolean closeAtEnd;

    /** @param closeAtEnd close brackets still open at end of file; when false, such a file is refused */
    TolerantParser(TolerantLexer lexer, Fixes fixes, int maxDepth, boolean closeAtEnd) {
        this.lexer = lexer;
        this.fixes = fixes;
        this.maxDepth = maxDepth;
        this.closeAtEnd = closeAtEnd;
    }

    ParsedValue parseDocument() throws UnrepairableJsonException {
        Token first = lexer.next();
        if (first.type() == Type.EOF) {
            throw refuse("no JSON value found: the text is empty or holds only whitespace and comments", first);
        }
        ParsedValue value = parseValue(first, 0);
        Token after = lexer.next();
        if (after.type() == Type.COMMA && lexer.peek().type() == Type.EOF) {
            fixes.add(after.start(), after.end(), "", "removed comma after the end of the top-level value");
            after = lexer.next();
        }
        if (after.type() != Type.EOF) {
            throw refuse("unexpected " + after.describe() + " after the end of the top-level value, which started at "
                    + first.line() + ":" + first.column() + "; a JSON file holds exactly one value", after);
        }
        return value;
    }

    private ParsedValue parseValue(Token t, int depth) throws UnrepairableJsonException {
        return switch (t.type()) {
            case BEGIN_OBJECT -> parseObject(t, depth + 1);
            case BEGIN_ARRAY -> parseArray(t, depth + 1);
            case STRING -> new ParsedValue.Str(t.text());
            case NUMBER -> new ParsedValue.Num(t.text());
            case WORD -> literal(t);
            case EOF -> throw refuse("a value is missing at end of file", t);
            default -> throw refuse("expected a value but found " + t.describe(), t);
        };
    }

    private ParsedValue parseObject(Token open, int depth) throws UnrepairableJsonException {
        checkDepth(open, depth);
        List<Member> members = new ArrayList<>();
        Token comma = null; // a comma not yet followed by a member
        int valueEnd = 0; // where the last member ended
        while (true) {
            Token t = lexer.next();
            switch (t.type()) {
                case END_OBJECT, EOF -> {
                    close(open, t, comma);
                    return new Obj(members);
                }
                case STRING, WORD -> {
                    boolean commaMissing = !members.isEmpty() && comma == null;
                    if (commaMissing) missingComma(valueEnd);
                    if (t.type() == Type.WORD) {
                        fixes.add(t.start(), t.end(), "\"" + t.text() + "\"", "quoted unquoted key " + Token.printable(t.text()));
                    }
                    String key = t.text();
                    Token colon = lexer.peek();
                    if (colon.type() == Type.COLON) {
                        lexer.next();
                    } else if (colon.startsValue() && !commaMissing) {
                        // a key and then a value: a colon is the only thing that can go between them. Not when the
                        // comma before the key is missing too: {"k": "apple "bee" carrot"} is one string with bare
                        // quotes inside, not "apple ", a key bee and " carrot"
                        fixes.add(t.end(), t.end(), ":", "inserted missing ':' after key " + Token.printable(key));
                    } else {
                        throw refuse("expected ':' after key " + Token.quote(key) + " but found " + colon.describe(), colon);
                    }
                    ParsedValue value = parseValue(lexer.next(), depth);
                    members.add(new Member(key, value));
                    valueEnd = lexer.consumedEnd();
                    comma = lexer.peek().type() == Type.COMMA ? lexer.next() : null;
                }
                case COMMA -> throw refuse(members.isEmpty() ? "unexpected ',' right after '{'"
                        : "two commas in a row: a member is missing between them", t);
                case END_ARRAY -> throw mismatched(open, t);
                default -> throw refuse("expected a key in quotes but found " + t.describe(), t);
            }
        }
    }

    private ParsedValue parseArray(Token open, int depth) throws UnrepairableJsonException {
        checkDepth(open, depth);
        List<ParsedValue> elements = new ArrayList<>();
        Token comma = null;
        int valueEnd = 0;
        while (true) {
            Token t = lexer.next();
            if (t.type() == Type.END_ARRAY || t.type() == Type.EOF) {
                close(open, t, comma);
                return new Arr(elements);
            }
            if (t.type() == Type.COMMA) {
                throw refuse(elements.isEmpty() ? "unexpected ',' right after '['"
                        : "two commas in a row: an element is missing between them", t);
            }
            if (t.type() == Type.END_OBJECT) throw mismatched(open, t);
            if (!t.startsValue()) throw refuse("expected a value, ',' or ']' but found " + t.describe(), t);
            if (!elements.isEmpty() && comma == null) missingComma(valueEnd);
            elements.add(parseValue(t, depth));
            valueEnd = lexer.consumedEnd();
            comma = lexer.peek().type() == Type.COMMA ? lexer.next() : null;
        }
    }

    /**
     * Ends a container at its closing bracket or at end of file. A comma right before it is
     * removed (with the blanks after it when the bracket follows on the same line); a bracket
     * left open at end of file is closed right after the last token.
     */
    private void close(Token open, Token end, Token comma) throws UnrepairableJsonException {
        if (end.type() == Type.EOF && !closeAtEnd) {
            throw refuse("the " + open.describe() + " opened at " + open.line() + ":" + open.column()
                    + " is never closed", end);
        }
        if (comma != null) {
            int to = comma.end();
            if (end.type() != Type.EOF && lexer.onlyBlanksBetween(comma.end(), end.start())) to = end.start();
            fixes.add(comma.start(), to, "", "removed trailing comma");
        }
        if (end.type() == Type.EOF) {
            String closer = open.type() == Type.BEGIN_OBJECT ? "}" : "]";
            fixes.add(lexer.consumedEnd(), lexer.consumedEnd(), closer, "closed the " + open.describe() + " opened at "
                    + open.line() + ":" + open.column() + " with " + closer + " at end of file");
        }
    }

    private void missingComma(int at) {
        fixes.add(at, at, ",", "inserted missing comma");
    }

    private ParsedValue literal(Token t) throws UnrepairableJsonException {
        switch (t.text()) {
            case "true": return new ParsedValue.Bool(true);
            case "false": return new ParsedValue.Bool(false);
            case "null": return new ParsedValue.Null();
            case "True": python(t, "true"); return new ParsedValue.Bool(true);
            case "False": python(t, "false"); return new ParsedValue.Bool(false);
            case "None": python(t, "null"); return new ParsedValue.Null();
            case "NaN", "Infinity": throw TolerantLexer.noJsonEquivalent(t.text(), t.line(), t.column());
            default: throw refuse("unquoted word " + Token.printable(t.text())
                    + " is not a JSON value; put it in double quotes if it is meant as a string", t);
        }
    }

    private void python(Token t, String json) {
        fixes.add(t.start(), t.end(), json, "replaced Python literal " + t.text() + " with " + json);
    }

    private void checkDepth(Token open, int depth) throws UnrepairableJsonException {
        if (depth > maxDepth) {
            throw refuse("brackets nest deeper than " + maxDepth + " levels; refusing to repair such a file", open);
        }
    }

    private static UnrepairableJsonException mismatched(Token open, Token close) {
        return refuse("found " + close.describe() + " but the " + open.describe() + " opened at " + open.line() + ":"
                + open.column() + " is still open; the brackets do not match", close);
    }

    private static UnrepairableJsonException refuse(String reason, Token at) {
        return new UnrepairableJsonException(reason, at.line(), at.column());
    }
}
