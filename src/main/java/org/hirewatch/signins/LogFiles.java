package org.hirewatch.signins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Opening a log so that its SHA-256 is computed on the same read that parses it. */
final class LogFiles {
    private LogFiles() {
    }

    static DigestInputStream open(Path file) throws IOException {
        try {
            return new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Reads what the parser left (trailing blank lines) and returns the hash of the whole file. */
    static String finish(DigestInputStream in) throws IOException {
        byte[] buf = new byte[8192];
        while (in.read(buf) >= 0) {
            // only hashing
        }
        return HexFormat.of().formatHex(in.getMessageDigest().digest());
    }

    static InputStream skipBom(InputStream in) throws IOException {
        java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
        byte[] b = new byte[3];
        int n = p.readNBytes(b, 0, 3);
        if (!(n == 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF)) {
            p.unread(b, 0, n);
        }
        return p;
    }
}
