package org.autoheal.service;

import java.time.Duration;
import org.autoheal.config.ProbeSpec;

/**
 * Probes a service once, as a program: {@code ProbeMain SERVICE tcp HOST PORT | http URL |
 * websocket URL}. Exit 0 when it answers, 1 when it does not (the reason on stderr, after
 * {@code autoheal probe: service NAME is down:}), 2 on bad usage. The watch daemon runs it as the
 * "toolchain" of a service no toolchain depends on, so a service that is down reproduces its
 * failure, is diagnosed by the rules, healed and verified like any toolchain.
 */
public final class ProbeMain {
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private ProbeMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        ProbeSpec spec;
        try {
            spec = spec(args);
        } catch (IllegalArgumentException e) {
            System.err.println("autoheal probe: " + e.getMessage());
            System.err.println("usage: ProbeMain SERVICE tcp HOST PORT | SERVICE http URL | SERVICE websocket URL");
            return 2;
        }
        ProbeResult r = Probes.of(spec).check(TIMEOUT);
        if (r.up()) {
            System.out.println("autoheal probe: service " + args[0] + " is up: " + r.detail());
            return 0;
        }
        System.err.println("autoheal probe: service " + args[0] + " is down: " + r.detail());
        return 1;
    }

    static ProbeSpec spec(String[] args) {
        if (args.length < 3) throw new IllegalArgumentException("expected a service name, a probe type and its target");
        return switch (args[1]) {
            case "tcp" -> {
                if (args.length != 4) throw new IllegalArgumentException("tcp needs HOST PORT");
                try {
                    yield ProbeSpec.tcp(args[2], Integer.parseInt(args[3]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("tcp port is not a number: " + Texts.clip(args[3], 20));
                }
            }
            case "http", "websocket" -> {
                if (args.length != 3) throw new IllegalArgumentException(args[1] + " needs one URL");
                yield new ProbeSpec(args[1], null, null, args[2], null);
            }
            default -> throw new IllegalArgumentException("unknown probe type '" + Texts.clip(args[1], 40) + "'");
        };
    }
}
