package org.autoheal.facts;

/**
 * Context: a port the argv gives without a host: {@code --port 5432}, {@code -p 6379}, {@code --db-port=5432},
 * {@code PORT=8080 node app.js} (an assignment word before the program, or make's {@code run PORT=8080}).
 * {@code given} is how the argv wrote it, for the candidate's source.
 */
public record ArgvPort(int port, String given) {
}
