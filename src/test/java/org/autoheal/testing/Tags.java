package org.autoheal.testing;

/**
 * JUnit tags for the tests a developer leaves out of a quick run ({@code mvn -B -o test -Pfast}
 * excludes all three; {@code mvn -B verify} runs everything). A test class carries each tag that
 * applies to what it starts itself or through AutoHeal in this JVM; an untagged class starts no
 * program and finishes in a few seconds. jqwik property classes take {@code net.jqwik.api.Tag}
 * with the same names (JUnit's {@code @Tag} does not reach the jqwik engine).
 */
public final class Tags {
    /** Starts programs other than a JVM: toolchains, python3, node, npm, pip, sh, services, git. */
    public static final String PROCESS = "process";
    /** Starts a JVM: autoheal as a child process ({@code java -cp …}, {@code bin/autoheal}) or a Java tool. */
    public static final String JVM = "jvm";
    /** Starts nothing but runs long in this JVM: jqwik fuzzing and property tests, deadlines that must pass, load, repeated rule compilation. */
    public static final String SLOW = "slow";

    private Tags() {
    }
}
