package org.circuitpress.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One of N slices of a roster, {@code --shard K/N}. A client belongs to the shard picked by a
 * SHA-256 of its id, so every machine agrees without talking to the others and the split does not
 * depend on the JVM ({@code String.hashCode} is not a contract across versions) or on row order.
 *
 * @param index 1-based, as the user types it
 */
public record Shard(int index, int count) {
  public Shard {
    if (count < 1) throw new IllegalArgumentException("the shard count must be 1 or more");
    if (index < 1 || index > count) {
      throw new IllegalArgumentException("the shard number must be between 1 and " + count);
    }
  }

  /** Parses {@code K/N}; the message of the exception says what was expected. */
  public static Shard parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length != 2) throw new IllegalArgumentException("expected K/N such as 2/8, got \"" + text + "\"");
    try {
      return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected K/N such as 2/8, got \"" + text + "\"");
    }
  }

  public boolean contains(String clientId) {
    return Long.remainderUnsigned(stableHash(clientId), count) == index - 1;
  }

  /** The first 8 bytes of SHA-256 over the UTF-8 id. */
  static long stableHash(String id) {
    byte[] digest = sha256(id);
    long h = 0;
    for (int i = 0; i < 8; i++) h = (h << 8) | (digest[i] & 0xFF);
    return h;
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** {@code shard-2-of-8}, used in the names of this shard's summary and report. */
  public String label() {
    return "shard-" + index + "-of-" + count;
  }
}
