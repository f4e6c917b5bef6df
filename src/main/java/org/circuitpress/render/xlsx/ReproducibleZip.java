package org.circuitpress.render.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * POI stamps every zip entry with the clock. This copies a finished workbook entry by entry,
 * still compressed (nothing is deflated twice), with every entry dated {@code day} at midnight,
 * so the same program gives the same bytes on every run.
 */
final class ReproducibleZip {
  private ReproducibleZip() {}

  static void copy(byte[] zip, LocalDate day, OutputStream out) throws IOException {
    // zip entries hold local date-time fields: compute the instant whose local fields are
    // midnight of that day, so the bytes do not depend on the machine's time zone
    long time = day.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
    try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      ZipArchiveOutputStream zos = new ZipArchiveOutputStream(out);
      for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
        ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
        copy.setMethod(e.getMethod());
        copy.setCrc(e.getCrc());
        copy.setSize(e.getSize());
        copy.setCompressedSize(e.getCompressedSize());
        copy.setTime(time);
        try (InputStream raw = in.getRawInputStream(e)) {
          zos.addRawArchiveEntry(copy, raw);
        }
      }
      zos.finish();
    }
  }
}
