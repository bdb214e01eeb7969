package org.autoheal.process;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a Strategy source against the test classpath and packs it as a plugin jar with its services file. */
final class PluginJars {
    private PluginJars() {
    }

    static Path build(Path work, Path source, String serviceClass, Path jar) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
        Path classes = Files.createDirectories(work.resolve("classes-" + jar.getFileName()));
        StringWriter diagnostics = new StringWriter();
        var fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        boolean ok = javac.getTask(diagnostics, fm, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none"),
                null, fm.getJavaFileObjects(source.toFile())).call();
        if (!ok) throw new IllegalStateException("plugin source did not compile: " + diagnostics);
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "META-INF/services/org.autoheal.strategy.Strategy", (serviceClass + "\n").getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    put(out, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(bytes);
        out.closeEntry();
    }
}
