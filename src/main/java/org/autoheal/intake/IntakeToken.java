package org.autoheal.intake;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer token every intake request must carry: 32 random bytes in {@code state/intake.token},
 * created with mode 0600 in the same call that creates the file, so only the home's owner can
 * report errors. The file is never followed as a link: a token that is a symlink, not a regular
 * file, not owned by this user or hard-linked elsewhere is refused ({@link Refused}), and its
 * target is neither read nor changed.
 */
public final class IntakeToken {
    private static final Logger LOG = LoggerFactory.getLogger(IntakeToken.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int MAX_BYTES = 4096;

    private final byte[] token;

    private IntakeToken(String token) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    public static Path file(Path stateDir) {
        return stateDir.resolve("intake.token");
    }

    /** Reads the token, or creates it (0600) when there is none; a token others can read is narrowed to 0600. */
    public static IntakeToken loadOrCreate(Path stateDir) throws IOException {
        Files.createDirectories(stateDir);
        Path f = file(stateDir);
        try {
            create(f);
        } catch (FileAlreadyExistsException e) {
            // there is one (or a link, even a dangling one): checked below, never followed
        }
        String t = read(f).strip();
        if (t.length() < 16) throw new Refused(f, "holds no usable token (under 16 characters)");
        return new IntakeToken(t);
    }

    /** O_CREAT|O_EXCL with the mode: fails on any existing name, a symlink included, and is never wider than 0600. */
    private static void create(Path f) throws IOException {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        byte[] text = (Base64.getUrlEncoder().withoutPadding().encodeToString(raw) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (SeekableByteChannel out = Files.newByteChannel(f, Set.<OpenOption>of(CREATE_NEW, WRITE, NOFOLLOW_LINKS),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
            out.write(ByteBuffer.wrap(text));
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            Files.deleteIfExists(f); // a half-written token would be refused on every start
            throw e;
        }
        LOG.info("created the intake token in {} (mode 0600)", f);
    }

    private static String read(Path f) throws IOException {
        PosixFileAttributes a = Files.readAttributes(f, PosixFileAttributes.class, NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) throw new Refused(f, "is a symbolic link");
        if (!a.isRegularFile()) throw new Refused(f, "is not a regular file");
        int uid = (Integer) Files.getAttribute(f, "unix:uid", NOFOLLOW_LINKS);
        long me = new com.sun.security.auth.module.UnixSystem().getUid();
        if (uid != me) throw new Refused(f, "is owned by uid " + uid + ", not by this user (uid " + me + ")");
        if ((Integer) Files.getAttribute(f, "unix:nlink", NOFOLLOW_LINKS) != 1) throw new Refused(f, "has other hard links");
        if (!a.permissions().equals(OWNER_ONLY)) {
            LOG.warn("{} was {}; narrowed it to 0600", f, PosixFilePermissions.toString(a.permissions()));
            Files.getFileAttributeView(f, PosixFileAttributeView.class, NOFOLLOW_LINKS).setPermissions(OWNER_ONLY);
        }
        ByteBuffer buf = ByteBuffer.allocate(MAX_BYTES);
        try (SeekableByteChannel in = Files.newByteChannel(f, Set.<OpenOption>of(READ, NOFOLLOW_LINKS))) {
            int n;
            do {
                n = in.read(buf);
            } while (n > 0 && buf.hasRemaining());
        }
        if (!buf.hasRemaining()) throw new Refused(f, "is over " + MAX_BYTES + " bytes");
        return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
    }

    /** Constant-time check of an {@code Authorization: Bearer …} header. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(token, given);
    }

    /** A token file AutoHeal will not use; the message says why and what to do. */
    public static final class Refused extends IOException {
        Refused(Path f, String why) {
            super(f + " " + why + "; AutoHeal uses only a regular file of its own there (mode 0600, owned by you): "
                    + "remove it and start again to get a new token");
        }
    }
}
