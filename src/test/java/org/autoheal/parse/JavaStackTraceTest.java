package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.autoheal.facts.ToolchainError;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real stack traces printed by this JVM, parsed as a toolchain's Java output would be. */
@Tag(Tags.PROCESS)
class JavaStackTraceTest {
    @TempDir
    Path dir;

    private static ToolchainError parse(Throwable t, String prefix) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return ErrorParsers.parse(new ErrorInput("java", List.of("java", "Tool.java"), 1, prefix + w));
    }

    @Test
    void cannotRunProgram_givesPathExecAndErrno() throws Exception {
        Path script = Files.writeString(dir.resolve("deploy.sh"), "echo hi\n");   // not executable
        IOException failure = null;
        try {
            new ProcessBuilder(script.toString()).start().destroy();
        } catch (IOException e) {
            failure = e;
        }
        assertThat(failure).as("a file without the execute bit cannot start").isNotNull();
        ToolchainError e = parse(failure, "Exception in thread \"main\" ");
        assertThat(e.getLanguage()).isEqualTo("java");
        assertThat(e.getType()).isEqualTo("java.io.IOException");
        assertThat(e.getPath()).isEqualTo(script.toString());
        assertThat(e.getSyscall()).isEqualTo("exec");
        assertThat(e.getErrno()).isEqualTo(13);
        assertThat(e.getCode()).isEqualTo("EACCES");
        assertThat(e.getTypes()).contains("IOException");
    }

    @Test
    void causedByChain_keepsOuterTypeAndFindsThePathInTheCause() {
        Throwable root;
        try {
            Files.readString(dir.resolve("config/app.properties"));
            throw new AssertionError("the file must be missing");
        } catch (IOException e) {
            root = new IllegalStateException("cannot load settings", new RuntimeException("wrapped", e));
        }
        ToolchainError e = parse(root, "starting\n");
        assertThat(e.getType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(e.getMessage()).isEqualTo("cannot load settings");
        assertThat(e.getTypes()).contains("NoSuchFileException", "java.lang.RuntimeException", "RuntimeException");
        assertThat(e.getChain()).hasSize(2).first().isEqualTo("java.lang.RuntimeException: wrapped");
        assertThat(e.getPath()).endsWith("config/app.properties");
        assertThat(e.getFile()).isEqualTo("JavaStackTraceTest.java");
        assertThat(e.getLine()).isPositive();
    }

    @Test
    void connectionRefused_givesErrnoAndCode() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ConnectException refused = null;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        } catch (ConnectException e) {
            refused = e;
        }
        assertThat(refused).isNotNull();
        ToolchainError e = parse(refused, "connecting to 127.0.0.1:" + port + "\nException in thread \"main\" ");
        assertThat(e.getType()).isEqualTo("java.net.ConnectException");
        assertThat(e.getErrno()).isEqualTo(111);
        assertThat(e.getCode()).isEqualTo("ECONNREFUSED");
        assertThat(e.getHost()).isEqualTo("127.0.0.1");
        assertThat(e.getPort()).isEqualTo(port);
    }
}
