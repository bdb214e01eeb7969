package org.autoheal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.autoheal.config.Settings;
import org.autoheal.testing.Tags;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions that hang (a runaway rule, issue 13 finding 5) take the intake's deciders, not the
 * threads that answer the other routes: health keeps answering, and once every decider and queue
 * slot is taken, a report gets 503 at once instead of waiting behind them.
 */
@Tag(Tags.SLOW)
class HungDecisionTest {
    @TempDir Path state;

    @Test
    void whileDecisionsHang_healthAnswers_andAReportPastTheQueueIs503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        IntakeBackend hanging = new IntakeServerTest.Recording() {
            @Override
            public ObjectNode report(ErrorReport r, boolean heal) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.report(r, heal);
            }
        };
        var settings = new Settings.Intake(false, 4096, "never", null);
        try (IntakeServer server = IntakeServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), settings,
                Duration.ofSeconds(10), IntakeToken.loadOrCreate(state), hanging, new Metrics(() -> 0))) {
            String token = Files.readString(IntakeToken.file(state)).strip();
            URI base = URI.create("http://127.0.0.1:" + server.address().getPort());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest report = HttpRequest.newBuilder(base.resolve("/v1/errors")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"tool\":\"build\",\"text\":\"boom\"}")).build();
            int extra = 4;
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < IntakeServer.DECIDERS + IntakeServer.WAITING + extra; i++) {
                sent.add(http.sendAsync(report, HttpResponse.BodyHandlers.ofString()));
            }
            List<CompletableFuture<HttpResponse<String>>> held;
            try {
                // the deciders and the queue fill up; the reports past them are turned away, not queued
                Wait.until(() -> sent.stream().filter(CompletableFuture::isDone).count() >= extra, Duration.ofSeconds(20));
                List<HttpResponse<String>> busy = sent.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join).toList();
                assertThat(busy).hasSize(extra).allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(503);
                    assertThat(r.body()).contains("busy");
                    assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
                });
                held = sent.stream().filter(f -> !f.isDone()).toList();

                long t0 = System.nanoTime();
                var health = http.send(HttpRequest.newBuilder(base.resolve("/v1/health")).header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(503); // the recording backend is never healthy
                assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3000);
                assertThat(held).hasSize(IntakeServer.DECIDERS + IntakeServer.WAITING).noneMatch(CompletableFuture::isDone);
            } finally {
                release.countDown();
            }
            for (var f : held) assertThat(f.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aDecisionLongerThanTheIdleTimeout_isStillAnswered() throws Exception {
        // a heal (pip install, verify) may take minutes: the idle timeout is for silent clients, not slow decisions
        IntakeBackend slow = new IntakeServerTest.Recording() {
            @Override
            public ObjectNode report(ErrorReport r, boolean heal) {
                try {
                    Thread.sleep(2500); // deliberately slow: a decision longer than the idle timeout
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.report(r, heal);
            }
        };
        var settings = new Settings.Intake(false, 4096, "never", null);
        try (IntakeServer server = IntakeServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), settings,
                Duration.ofSeconds(1), IntakeToken.loadOrCreate(state), slow, new Metrics(() -> 0))) {
            String token = Files.readString(IntakeToken.file(state)).strip();
            var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + "/v1/errors"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"tool\":\"build\",\"text\":\"boom\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
    }
}
