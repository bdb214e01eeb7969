package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autoheal.facts.ArgvAddress;
import org.junit.jupiter.api.Test;

class ContextFactsTest {
    @Test
    void whenArgvHasUrlsAndHostPorts_thenEachBecomesAnAddress_andOtherColonsDoNot() {
        List<ArgvAddress> a = ContextFacts.addresses(List.of("python3", "client.py", "--url=ws://127.0.0.1:8765/ws",
                "http://localhost/health", "db.internal:5432", "10.0.0.7:6379", "12:30", "C:x", "/tmp/a:b", "ftp://h:21",
                "localhost:99999", "db.internal:5432"));

        assertThat(a).containsExactly(new ArgvAddress("ws://127.0.0.1:8765/ws", "127.0.0.1", 8765),
                new ArgvAddress("http://localhost/health", "localhost", 80),
                new ArgvAddress(null, "db.internal", 5432), new ArgvAddress(null, "10.0.0.7", 6379));
    }

    @Test
    void aSourceFileAndLineIsNoAddress() {
        assertThat(ContextFacts.addresses(List.of("python3", "trace.py", "app.py:12", "src/main.js:40", "redis.internal:6379")))
                .containsExactly(new ArgvAddress(null, "redis.internal", 6379));
    }

    @Test
    void anIpOrLocalhostFollowedByAPortNumberIsAnAddress_aWordAndANumberAreNot() {
        assertThat(ContextFacts.addresses(List.of("python3", "client.py", "127.0.0.1", "8080")))
                .containsExactly(new ArgvAddress(null, "127.0.0.1", 8080));
        assertThat(ContextFacts.addresses(List.of("perl", "ping.pl", "localhost", "5432")))
                .containsExactly(new ArgvAddress(null, "localhost", 5432));
        assertThat(ContextFacts.addresses(List.of("make", "build", "8080"))).isEmpty();
        assertThat(ContextFacts.addresses(List.of("tool", "10.0.0.1", "70000"))).isEmpty();
    }

    @Test
    void aDatabaseOrBrokerUrlGivesItsHostAndPort_theSchemesPortWhenItNamesNone_andNoUrl() {
        assertThat(ContextFacts.addresses(List.of("java", "Db.java", "jdbc:postgresql://127.0.0.1:15432/app",
                "--broker=amqp://guest:pw@rabbit/vhost", "redis://cache:6380/0", "tcp://h", "mongodb+srv://u@mongo.internal/db")))
                .containsExactly(new ArgvAddress(null, "127.0.0.1", 15432), new ArgvAddress(null, "rabbit", 5672),
                        new ArgvAddress(null, "cache", 6380), new ArgvAddress(null, "mongo.internal", 27017));
    }
}
