package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options {@code bin/autoheal} picks per command: a one-shot {@code diagnose} compiles at 2x the JIT
 * thresholds (docs/performance.md, sessions 11 and 12), batches and other commands keep C1's defaults, {@code watch}
 * runs C2, and {@code AUTOHEAL_JAVA_OPTS} still comes last. The real launcher runs against a stand-in
 * {@code java} that records its arguments (a jar newer than any source, so nothing is built).
 */
@Tag(Tags.PROCESS)
class LauncherJitOptionsTest {
    private static final String SCALING = "-XX:CompileThresholdScaling=2";
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;
    private Path launcher;
    private Path java;

    @BeforeEach
    void setUp() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        launcher = Files.copy(Path.of("bin/autoheal"), Files.createDirectories(repo.resolve("bin")).resolve("autoheal"));
        Files.writeString(Files.createDirectories(repo.resolve("target")).resolve("autoheal.jar"), "");
        java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args.txt\"\n");
        for (Path p : List.of(launcher, java)) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void oneShotDiagnose_compilesAtTwiceTheThresholds() throws Exception {
        assertThat(run("", "diagnose", "ModuleNotFoundError: No module named 'yaml'")).contains(SCALING, C1_ONLY);
        assertThat(run("", "--home", dir.toString(), "diagnose", "--json", "-")).contains(SCALING, C1_ONLY);
    }

    @Test
    void batchesAndOtherCommands_keepTheDefaultThresholds() throws Exception {
        assertThat(run("", "diagnose", "--batch", "lines.jsonl")).contains(C1_ONLY).doesNotContain(SCALING);
        assertThat(run("", "--home", dir.toString(), "diagnose", "--batch=lines.jsonl")).doesNotContain(SCALING);
        assertThat(run("", "rules", "list")).contains(C1_ONLY).doesNotContain(SCALING);
        assertThat(run("", "--home", "diagnose", "repair", "--last")).doesNotContain(SCALING); // "diagnose" is --home's value
        assertThat(run("", "watch")).doesNotContain(SCALING, C1_ONLY);
    }

    @Test
    void userOptions_comeAfterTheLaunchersAndWin() throws Exception {
        List<String> args = run("-XX:CompileThresholdScaling=1", "diagnose", "x");
        assertThat(args).contains(SCALING);
        assertThat(args.lastIndexOf("-XX:CompileThresholdScaling=1")).isGreaterThan(args.indexOf(SCALING));
    }

    @Test
    void theJdksMajorVersion_comesFromItsReleaseFile_throughSymlinks() throws Exception {
        // the launcher reads JAVA_VERSION itself (no sed, head, grep, dirname: each fork costs a start 1-3 ms)
        Path repo = launcher.getParent().getParent();
        for (String version : List.of("25.0.1", "17.0.13")) {
            Path jdk = Files.createDirectories(dir.resolve("jdk" + version + "/bin"));
            Path real = Files.copy(java, jdk.resolve("java"));
            Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(jdk.resolveSibling("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
            Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("links" + version)).resolve("java"), real);
            boolean aot = version.startsWith("25");
            Path archive = repo.resolve(aot ? "target/autoheal-25.aot" : "target/autoheal.jsa");
            Files.writeString(archive, "");
            Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 10_000)); // no training run
            Files.writeString(repo.resolve(archive + ".for"), // trained for this jar and JDK (the launcher's real paths)
                    repo.resolve("target/autoheal.jar") + " " + jdk.getParent().toRealPath() + " \n");
            List<String> args = run(link, "", "diagnose", "x");
            assertThat(args).contains(aot ? "-XX:AOTCache=" + archive : "-XX:SharedArchiveFile=" + archive);
        }
    }

    @Test
    void java17_trainsAStaticArchive_fromATrainingStartsAndBatchsClassLists() throws Exception {
        // a stand-in JDK 17 that logs every call, writes the class list it is asked for and "dumps" the list it is given
        Path jdk = Files.createDirectories(dir.resolve("jdk17/bin"));
        Files.writeString(jdk.resolveSibling("release"), "JAVA_VERSION=\"17.0.13\"\n");
        Files.writeString(Files.createDirectories(jdk.resolveSibling("lib")).resolve("classlist"), "java/lang/String\n");
        Path logging = jdk.resolve("java");
        Files.writeString(logging, """
                #!/bin/bash
                echo "$*" >> "$(dirname "$0")/calls.txt"
                printf '%s\n' "$@" > "$(dirname "$0")/args.txt"
                for a in "$@"; do
                  case "$a" in
                    -XX:DumpLoadedClassList=*.batchlist) echo java/util/List > "${a#*=}" ;;
                    -XX:DumpLoadedClassList=*) echo java/lang/Object > "${a#*=}" ;;
                    -XX:SharedClassListFile=*) list="${a#*=}" ;;
                    -XX:SharedArchiveFile=*.tmp) [ -z "$FAIL_DUMP" ] && cat "$list" > "${a#*=}" ;;
                  esac
                done
                [ -n "$FAIL_DUMP" ] && [ "$1" = -Xshare:dump ] && exit 1
                exit 0
                """);
        Files.setPosixFilePermissions(logging, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path target = launcher.getParent().getParent().resolve("target");
        Path jar = target.resolve("autoheal.jar");
        Path archive = target.resolve("autoheal.jsa");

        run(logging, "", "diagnose", "x");
        List<String> calls = Files.readAllLines(jdk.resolve("calls.txt"));
        assertThat(calls).hasSize(5);
        assertThat(calls.get(0)).doesNotContain("DumpLoadedClassList", "SharedArchiveFile").contains("-jar " + jar);
        assertThat(calls.get(1)).contains("-XX:DumpLoadedClassList=" + archive + ".classlist", "-jar " + jar);
        assertThat(calls.get(2)).contains("-XX:DumpLoadedClassList=" + archive + ".batchlist", "-jar " + jar, "diagnose --batch -");
        assertThat(calls.get(3)).startsWith("-Xshare:dump -XX:SharedClassListFile=" + archive + ".classlist")
                .contains("-XX:SharedArchiveFile=" + archive + ".tmp", "-cp " + jar); // the path every start gives
        assertThat(calls.get(4)).contains("-XX:SharedArchiveFile=" + archive, "-jar " + jar);
        // the JDK's own list, then the start's, then the batch's
        assertThat(archive).hasContent("java/lang/String\njava/lang/Object\njava/util/List");
        assertThat(Files.exists(target.resolve("autoheal.jsa.classlist"))).isFalse();
        assertThat(Files.exists(target.resolve("autoheal.jsa.batchlist"))).isFalse();
        assertThat(Files.exists(target.resolve("autoheal.jsa.none"))).isFalse();

        // trained once: the next start uses the archive; another build of the JDK (an update in place) trains again
        Files.delete(jdk.resolve("calls.txt"));
        run(logging, "", "diagnose", "x");
        assertThat(Files.readAllLines(jdk.resolve("calls.txt"))).hasSize(1);
        Files.writeString(jdk.resolveSibling("release"), "JAVA_RUNTIME_VERSION=\"17.0.14+7\"\nJAVA_VERSION=\"17.0.14\"\n");
        run(logging, "", "diagnose", "x");
        assertThat(Files.readAllLines(jdk.resolve("calls.txt"))).hasSize(6);
        assertThat(target.resolve("autoheal.jsa.for")).hasContent(jar + " " + jdk.getParent().toRealPath() + " 17.0.14+7");

        // a dump that fails leaves no archive and is not retried at every start
        Files.delete(archive);
        Files.delete(jdk.resolve("calls.txt"));
        run(logging, Map.of("FAIL_DUMP", "1"), "", "diagnose", "x");
        assertThat(Files.exists(archive)).isFalse();
        assertThat(Files.exists(target.resolve("autoheal.jsa.tmp"))).isFalse();
        assertThat(Files.exists(target.resolve("autoheal.jsa.none"))).isTrue();
        assertThat(Files.readAllLines(jdk.resolve("calls.txt")).get(4)).doesNotContain("SharedArchiveFile");
        assertThat(Files.exists(target.resolve("autoheal.jsa.batchlist"))).isFalse();
        run(logging, Map.of("FAIL_DUMP", "1"), "", "diagnose", "x");
        assertThat(Files.readAllLines(jdk.resolve("calls.txt"))).hasSize(6);
    }

    /** The arguments the launcher gave java (its last call: the first run also trains a class-data archive). */
    private List<String> run(String javaOpts, String... args) throws Exception {
        return run(java, javaOpts, args);
    }

    private List<String> run(Path java, String javaOpts, String... args) throws Exception {
        return run(java, Map.of(), javaOpts, args);
    }

    private List<String> run(Path java, Map<String, String> env, String javaOpts, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("AUTOHEAL_JAVA", java.toString());
        pb.environment().put("AUTOHEAL_JAVA_OPTS", javaOpts);
        pb.environment().remove("AUTOHEAL_HEAP");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return Files.readAllLines(java.resolveSibling("args.txt"));
    }
}
