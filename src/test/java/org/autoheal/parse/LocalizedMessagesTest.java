package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Programs that print their messages in another language (gettext's LANGUAGE, glibc's translated strerror) give the
 * same facts as in English: the errno, the path, the program bash did not find, the address psql could not reach.
 * Real programs run with {@code LANGUAGE=xx LC_ALL=C.UTF-8}; English output is never rewritten.
 */
class LocalizedMessagesTest {
    @TempDir
    Path dir;

    /** Runs argv in the folder with the message language {@code lang}; the combined output, parsed. */
    private ToolchainError run(String lang, String... argv) throws IOException, InterruptedException {
        Run.requireOnPath(argv[0]);
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("LANGUAGE", lang);
        Process p = pb.start();
        p.getOutputStream().close();
        String text;
        try (InputStream in = p.getInputStream()) {
            text = ErrorText.read(in, ErrorText.DEFAULT_MAX_BYTES);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return ErrorParsers.parse(new ErrorInput(argv[0], List.of(argv), p.exitValue(), text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "it", "pt_BR", "ru", "pl", "nl", "ja", "zh_CN", "cs", "sv", "tr", "uk"})
    void aMissingFile_isEnoentWithItsPath(String lang) throws Exception {
        ToolchainError e = run(lang, "cat", "config.yml");
        assertThat(e.getErrno()).isEqualTo(2);
        assertThat(e.getCode()).isEqualTo("ENOENT");
        assertThat(e.getPath()).isEqualTo("config.yml");
        // the program printed a translation; the rules see the English it stands for
        assertThat(e.detail("messages_language")).isEqualTo(lang);
        assertThat(e.getRaw()).contains("No such file or directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "es", "fr", "zh_CN"})
    void aFolderThatCannotBeCreatedInAFileAndAQuotedPath_areRead(String lang) throws Exception {
        Files.writeString(dir.resolve("cache"), "a file, not a folder\n");
        ToolchainError e = run(lang, "mkdir", "cache/thumbs");   // ENOTDIR, the path in the language's quotes
        assertThat(e.getErrno()).isEqualTo(20);
        assertThat(e.getPath()).isEqualTo("cache/thumbs");
    }

    @Test
    void aScriptWithoutItsExecuteBit_isEacces() throws Exception {
        Files.writeString(dir.resolve("deploy.sh"), "#!/bin/sh\necho deploy\n");
        ToolchainError e = run("de", "bash", "-c", "./deploy.sh");
        assertThat(e.getErrno()).isEqualTo(13);
        assertThat(e.getPath()).isEqualTo("./deploy.sh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "es", "ja", "zh_CN", "ru"})
    void bashsCommandNotFound_namesTheProgram(String lang) throws Exception {
        Files.writeString(dir.resolve("setup.sh"), "#!/bin/bash\nset -e\nnot-a-real-tool-xyz install\n");
        ToolchainError e = run(lang, "bash", "setup.sh");
        assertThat(e.getType()).isEqualTo("command not found");
        assertThat(e.detail("program")).isEqualTo("not-a-real-tool-xyz");
        // bash prints "行 3:" in Japanese and Chinese where its catalogs say "%d 行: " and "第 %d 行：": no line there
        if (!lang.equals("ja") && !lang.equals("zh_CN")) assertThat(e.getLine()).isEqualTo(3);
    }

    @Test
    void makesMissingRule_namesTheTarget() throws Exception {
        Files.writeString(dir.resolve("Makefile"), "app: src/main.c\n\tcc -o app src/main.c\n");
        ToolchainError e = run("zh_CN", "make");
        assertThat(e.getType()).isEqualTo("no rule to make target");
        assertThat(e.getPath()).isEqualTo("src/main.c");
    }

    @Test
    void psqlRefused_givesTheAddress() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ToolchainError e = run("fr", "psql", "-h", "127.0.0.1", "-p", String.valueOf(port), "-c", "select 1");
        assertThat(e.getErrno()).isEqualTo(111);
        assertThat(e.getHost()).isEqualTo("127.0.0.1");
        assertThat(e.getPort()).isEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja_JP", "zh_CN"})
    void javacInAJapaneseOrChineseLocale_isASyntaxErrorAtItsLine(String locale) throws Exception {
        // javac's messages follow the process locale (not LANGUAGE): build one in the folder
        Run.requireOnPath("localedef");
        Run.requireOnPath("javac");
        Files.createDirectories(dir.resolve("loc"));
        Process def = new ProcessBuilder("localedef", "-i", locale, "-f", "UTF-8", "loc/" + locale + ".UTF-8")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        def.getInputStream().readAllBytes();
        def.waitFor(60, TimeUnit.SECONDS);
        Files.writeString(dir.resolve("Main.java"), "public class Main {\n    public static void main(String[] a) {\n"
                + "        int x = 1\n        System.out.println(x);\n    }\n}\n");
        ProcessBuilder pb = new ProcessBuilder("javac", "Main.java").directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LOCPATH", dir.resolve("loc").toString());
        pb.environment().put("LC_ALL", locale + ".UTF-8");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        ToolchainError e = ErrorParsers.parse(new ErrorInput("javac", List.of("javac", "Main.java"), p.exitValue(), text));
        assertThat(e.detail("messages_language")).isEqualTo(locale.substring(0, 2).equals("ja") ? "ja" : "zh_CN");
        assertThat(e.getFile()).isEqualTo("Main.java");
        assertThat(e.getLine()).isEqualTo(3);
        assertThat(e.getMessage()).contains("';' expected");
    }

    @Test
    void aStrerrorTextIsNeverReadAsAFormat() {
        // Japanese EACCES ends like javac's "%s expected" ("%sがありません"): it stays EACCES
        ToolchainError e = ErrorParsers.parse(ErrorInput.of(null, "report.sh: 行 4: out/report.txt: 許可がありません\n"));
        assertThat(e.getErrno()).isEqualTo(13);
        assertThat(e.getPath()).isEqualTo("out/report.txt");
    }

    @Test
    void translatedLinesWithoutAnErrorText_stayAsPrinted() {
        // a warning and a summary in Italian and Russian: no strerror text, no known format, nothing to read
        String text = "tar: Rimozione di \"/\" iniziale dai nomi dei membri\nнечего коммитить, нет изменений в рабочем каталоге\n";
        assertThat(Localized.read(text).text()).isEqualTo(text);
        assertThat(Localized.read(text).languages()).isEmpty();
    }

    @Test
    void everyEnglishCaptureOfTheCorpus_isReadAsPrinted() {
        for (String set : List.of("seed", "captured")) {
            for (Corpus.Case c : Corpus.cases(set)) {
                if (c.file().contains("/l_")) continue;   // fresh20: programs that print in another language
                assertThat(Localized.read(c.text()).languages()).as(c.file()).isEmpty();
            }
        }
    }
}
