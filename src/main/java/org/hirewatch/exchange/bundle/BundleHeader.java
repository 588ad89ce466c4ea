package org.hirewatch.exchange.bundle;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hirewatch.exchange.bundle.BundleException.Reason;

/**
 * The clear-text start of a bundle file: magic, format version, key derivation (PBKDF2-HMAC-SHA256, iterations,
 * salt), the GCM nonce and a key check. All of it is the GCM's associated data, so a changed header byte fails
 * authentication like a changed ciphertext byte does. Big-endian:
 * <pre>
 * "HWBUNDLE" | u16 format | u8 kdf (1 = PBKDF2-HMAC-SHA256) | u32 iterations | u8 n + salt[n] | u8 m + nonce[m]
 *            | key check[32]
 * </pre>
 * The key check (an HMAC under a second derived key) tells a wrong passphrase from a damaged bundle; testing a guess
 * against it costs the same slow derivation as testing it against the ciphertext.
 */
record BundleHeader(int formatVersion, int iterations, byte[] salt, byte[] nonce, byte[] keyCheck) {
    static final byte[] MAGIC = "HWBUNDLE".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 1;
    static final int KDF_PBKDF2_SHA256 = 1;
    /** A header asking for more would keep an import busy for minutes before failing. */
    static final int MAX_ITERATIONS = 20_000_000;
    static final int KEY_CHECK_LENGTH = 32;

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeShort(formatVersion);
            out.writeByte(KDF_PBKDF2_SHA256);
            out.writeInt(iterations);
            out.writeByte(salt.length);
            out.write(salt);
            out.writeByte(nonce.length);
            out.write(nonce);
            out.write(keyCheck);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The header at the start of {@code file} and its length; refuses what this version cannot read. */
    static Parsed parse(byte[] file) {
        if (file.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new BundleException(Reason.NOT_A_BUNDLE);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(file);
            in.position(MAGIC.length);
            int version = Short.toUnsignedInt(in.getShort());
            if (version > FORMAT_VERSION) {
                throw new BundleException(Reason.NEWER_FORMAT, version, FORMAT_VERSION);
            }
            int kdf = Byte.toUnsignedInt(in.get());
            int iterations = in.getInt();
            byte[] salt = new byte[Byte.toUnsignedInt(in.get())];
            in.get(salt);
            byte[] nonce = new byte[Byte.toUnsignedInt(in.get())];
            in.get(nonce);
            byte[] check = new byte[KEY_CHECK_LENGTH];
            in.get(check);
            if (version < 1 || kdf != KDF_PBKDF2_SHA256 || iterations < 1 || iterations > MAX_ITERATIONS
                    || salt.length < 16 || nonce.length != 12) {
                throw new BundleException(Reason.DAMAGED, "header");
            }
            return new Parsed(new BundleHeader(version, iterations, salt, nonce, check), in.position());
        } catch (java.nio.BufferUnderflowException e) {
            throw new BundleException(Reason.DAMAGED, e, "header");
        }
    }

    record Parsed(BundleHeader header, int length) {
    }
}
