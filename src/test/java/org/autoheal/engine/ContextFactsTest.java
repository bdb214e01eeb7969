package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autoheal.facts.ArgvAddress;
import org.junit.jupiter.api.Test;

class ContextFactsTest {
    /** The argv's addresses with the jar's tables (rules/data/service_schemes.json). */
    private static List<ArgvAddress> addresses(List<String> argv) {
        return ContextFacts.addresses(argv, RuleTables.bundled().known());
    }

    @Test
    void whenArgvHasUrlsAndHostPorts_thenEachBecomesAnAddress_andOtherColonsDoNot() {
        List<ArgvAddress> a = addresses(List.of("python3", "client.py", "--url=ws://127.0.0.1:8765/ws",
                "http://localhost/health", "db.internal:5432", "10.0.0.7:6379", "12:30", "C:x", "/tmp/a:b", "ftp://h:21",
                "localhost:99999", "db.internal:5432"));

        assertThat(a).containsExactly(new ArgvAddress("ws://127.0.0.1:8765/ws", "127.0.0.1", 8765),
                new ArgvAddress("http://localhost/health", "localhost", 80),
                new ArgvAddress(null, "db.internal", 5432), new ArgvAddress(null, "10.0.0.7", 6379));
    }

    @Test
    void aSourceFileAndLineIsNoAddress() {
        assertThat(addresses(List.of("python3", "trace.py", "app.py:12", "src/main.js:40", "redis.internal:6379")))
                .containsExactly(new ArgvAddress(null, "redis.internal", 6379));
    }

    @Test
    void anIpOrLocalhostFollowedByAPortNumberIsAnAddress_aWordAndANumberAreNot() {
        assertThat(addresses(List.of("python3", "client.py", "127.0.0.1", "8080")))
                .containsExactly(new ArgvAddress(null, "127.0.0.1", 8080));
        assertThat(addresses(List.of("perl", "ping.pl", "localhost", "5432")))
                .containsExactly(new ArgvAddress(null, "localhost", 5432));
        assertThat(addresses(List.of("make", "build", "8080"))).isEmpty();
        assertThat(addresses(List.of("tool", "10.0.0.1", "70000"))).isEmpty();
    }

    @Test
    void aPortOptionOrAssignmentWithANumberIsAPort_otherFlagsAndValuesAreNot() {
        assertThat(ContextFacts.ports(List.of("python3", "client.py", "--port", "5432")))
                .containsExactly(new org.autoheal.facts.ArgvPort(5432, "--port 5432"));
        assertThat(ContextFacts.ports(List.of("java", "-jar", "app.jar", "--db-port=5433", "-p", "6379")))
                .extracting(org.autoheal.facts.ArgvPort::port).containsExactly(5433, 6379);
        assertThat(ContextFacts.ports(List.of("DB_PORT=5432", "sh", "wait.sh"))).extracting(org.autoheal.facts.ArgvPort::port).containsExactly(5432);
        assertThat(ContextFacts.ports(List.of("make", "run", "PORT=8080"))).extracting(org.autoheal.facts.ArgvPort::port).containsExactly(8080);
        // mkdir -p, node -p, a port that is no number, a word ending in port that is no option, a lower-case assignment
        assertThat(ContextFacts.ports(List.of("mkdir", "-p", "build"))).isEmpty();
        assertThat(ContextFacts.ports(List.of("node", "-p", "1+1"))).isEmpty();
        assertThat(ContextFacts.ports(List.of("tool", "--port", "70000", "--export", "9000", "--support=3", "port=80"))).isEmpty();
        assertThat(ContextFacts.ports(List.of("tool", "--port", "8080", "--port=8080"))).hasSize(1);
    }

    @Test
    void aDatabaseOrBrokerUrlGivesItsHostAndPort_theSchemesPortWhenItNamesNone_andNoUrl() {
        assertThat(addresses(List.of("java", "Db.java", "jdbc:postgresql://127.0.0.1:15432/app",
                "--broker=amqp://guest:pw@rabbit/vhost", "redis://cache:6380/0", "tcp://h", "mongodb+srv://u@mongo.internal/db")))
                .containsExactly(new ArgvAddress(null, "127.0.0.1", 15432), new ArgvAddress(null, "rabbit", 5672),
                        new ArgvAddress(null, "cache", 6380), new ArgvAddress(null, "mongo.internal", 27017));
    }
}
