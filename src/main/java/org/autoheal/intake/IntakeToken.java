package org.autoheal.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * created with mode 0600 on first start so only the home's owner can report errors.
 */
public final class IntakeToken {
    private static final Logger LOG = LoggerFactory.getLogger(IntakeToken.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            Files.createFile(f, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(f, fresh + "\n");
            LOG.info("created the intake token in {} (mode 0600)", f);
        } catch (FileAlreadyExistsException e) {
            if (!Files.getPosixFilePermissions(f).equals(OWNER_ONLY)) {
                LOG.warn("{} was readable by others; narrowed it to 0600", f);
                Files.setPosixFilePermissions(f, OWNER_ONLY);
            }
        }
        String t = Files.readString(f, StandardCharsets.US_ASCII).strip();
        if (t.length() < 16) throw new IOException(f + " holds no usable token (under 16 characters); delete it to get a new one");
        return new IntakeToken(t);
    }

    /** Constant-time check of an {@code Authorization: Bearer …} header. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(token, given);
    }
}
