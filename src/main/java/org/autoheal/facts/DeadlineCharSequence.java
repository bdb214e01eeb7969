package org.autoheal.facts;

/**
 * A CharSequence that aborts regex matching past a deadline. java.util.regex reads its input
 * through charAt, so checking the clock there bounds even catastrophic backtracking.
 */
final class DeadlineCharSequence implements CharSequence {
    private final CharSequence text;
    private final long deadline;
    private final String what;
    private int reads;

    public DeadlineCharSequence(CharSequence text, long deadlineNanos, String what) {
        this.text = text;
        this.deadline = deadlineNanos;
        this.what = what;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
            throw new RegexTimeoutException(what);
        }
        return text.charAt(index);
    }

    @Override
    public int length() { return text.length(); }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineCharSequence(text.subSequence(start, end), deadline, what);
    }

    @Override
    public String toString() { return text.toString(); }

    /** Thrown when a pattern runs past its time budget; names the pattern. */
    public static final class RegexTimeoutException extends RuntimeException {
        public RegexTimeoutException(String pattern) {
            super("pattern '" + pattern + "' ran past its time budget (catastrophic backtracking?)");
        }
    }
}
