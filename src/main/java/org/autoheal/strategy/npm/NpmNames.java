package org.autoheal.strategy.npm;

import java.util.Optional;
import java.util.regex.Pattern;
import org.autoheal.strategy.pip.PackageNames;

/**
 * npm package names, which come from error text and are hostile: only names npm accepts for a
 * new package pass (lower case, URL-safe, optional {@code @scope/}, at most 214 characters), so a
 * name is never an option, a path, a URL, a git or tarball spec or shell syntax.
 */
public final class NpmNames {
    public static final int MAX_LENGTH = 214;
    private static final Pattern NAME = Pattern.compile("(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*");
    // npm reads a spec ending like an archive as a local tarball
    private static final Pattern ARCHIVE = Pattern.compile(".*\\.(tgz|tar|tar\\.gz|zip)");

    private NpmNames() {
    }

    /** Why {@code name} is not a bare npm package name, or empty when it is one. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) return Optional.of("the package name is empty");
        if (name.length() > MAX_LENGTH) {
            return Optional.of("package name is " + name.length() + " characters long (at most " + MAX_LENGTH + ")");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("package name " + quote(name) + " is not an npm package name (lower-case letters, digits,"
                    + " '.', '_', '~', '-', optionally @scope/; starting with a letter or digit)");
        }
        if (ARCHIVE.matcher(name).matches()) {
            return Optional.of("package name " + quote(name) + " looks like a tarball, which npm would install from a local file");
        }
        return Optional.empty();
    }

    /**
     * The package a specifier loads from: {@code lodash/fp} gives {@code lodash},
     * {@code @scope/pkg/sub} gives {@code @scope/pkg}. Not validated.
     */
    public static String packageOf(String specifier) {
        String[] parts = specifier.split("/", 3);
        if (specifier.startsWith("@") && parts.length >= 2) return parts[0] + "/" + parts[1];
        return parts[0];
    }

    /** Display-safe, bounded rendering of untrusted text. */
    public static String quote(String text) {
        return PackageNames.quote(text);
    }
}
