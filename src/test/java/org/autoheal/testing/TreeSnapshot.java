package org.autoheal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file, folder and link under some trees as it is now (content hash, full mode with the
 * setuid bits, link target): a hostile test takes one before the run and asserts that nothing
 * outside the roots was created, removed or changed, not even a mode. Links are not followed and
 * special files (a FIFO) are never read.
 */
public final class TreeSnapshot {
    private final List<Path> trees;
    private final List<Path> skipped;
    private final Map<String, String> taken;

    private TreeSnapshot(Collection<Path> trees, Collection<Path> skipped) {
        this.trees = List.copyOf(trees);
        this.skipped = List.copyOf(skipped);
        this.taken = describeAll();
    }

    /** The trees now, leaving out {@code skipped} and everything under it (what AutoHeal may write). */
    public static TreeSnapshot of(Collection<Path> trees, Collection<Path> skipped) {
        return new TreeSnapshot(trees, skipped);
    }

    public static TreeSnapshot of(Path tree) {
        return new TreeSnapshot(List.of(tree), List.of());
    }

    /** The trees are as they were when this snapshot was taken; {@code what} names them in a failure. */
    public void assertUnchanged(String what) {
        assertThat(describeAll()).as(what).isEqualTo(taken);
    }

    private Map<String, String> describeAll() {
        Map<String, String> files = new TreeMap<>();
        for (Path tree : trees) {
            try (Stream<Path> s = Files.walk(tree)) {
                s.filter(p -> skipped.stream().noneMatch(p::startsWith)).forEach(p -> files.put(p.toString(), describe(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String describe(Path p) {
        try {
            if (Files.isSymbolicLink(p)) return "link -> " + Files.readSymbolicLink(p);
            String mode = String.format("%04o", (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return "dir " + mode;
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return "special " + mode;
            return mode + " " + TestHome.sha256(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new IllegalStateException("cannot snapshot " + p + ": " + e, e);
        }
    }
}
