package org.circuitpress.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;

/** Reads a CSV file (UTF-8 with or without BOM, UTF-16 with BOM; comma, semicolon or tab). */
final class CsvSource {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  private CsvSource() {}

  /**
   * @return false when the file could not be read to its end (already reported)
   */
  static boolean read(Path file, String name, Diagnostics d, RowSink sink) throws IOException {
    Location whole = Location.ofFile(name);
    byte[] head = TableReader.head(file, 4);
    int bom = 0;
    Charset cs = StandardCharsets.UTF_8;
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      bom = 3;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      bom = 2;
      cs = StandardCharsets.UTF_16LE;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      bom = 2;
      cs = StandardCharsets.UTF_16BE;
    } else if (!isUtf8(file)) {
      // Excel's plain "CSV" on Windows writes the ANSI code page; reading it that way keeps the
      // accents instead of replacing them with question marks.
      cs = WINDOWS_1252;
      d.warning(
          whole,
          "the file is not UTF-8; read it as Windows-1252. Save it as \"CSV UTF-8\" to be sure"
              + " accents are read right");
    }
    String first = firstLine(file, bom, cs);
    // Excel writes and honours a "sep=;" line before the header; it is not a row of the sheet.
    boolean sepLine = first != null && first.length() == 5 && first.startsWith("sep=");
    char delimiter = sepLine ? first.charAt(4) : delimiter(first);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(bom);
      Reader reader = new BufferedReader(new InputStreamReader(in, cs), 1 << 16);
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        int skip = sepLine ? 1 : 0;
        for (CSVRecord rec : parser) {
          if (rec.getRecordNumber() <= skip) continue;
          if (!sink.row((int) rec.getRecordNumber() - skip, cells(rec))) return true;
        }
      }
    } catch (UncheckedIOException e) {
      d.error(whole, badQuoting(e));
      return false;
    }
    return true;
  }

  private static List<RawCell> cells(CSVRecord rec) {
    List<RawCell> out = new ArrayList<>(rec.size());
    for (int i = 0; i < rec.size(); i++) {
      String v = rec.get(i);
      if (!v.isEmpty()) out.add(new RawCell(i, v, null));
    }
    return out;
  }

  private static String badQuoting(UncheckedIOException e) {
    String msg = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
    Matcher m = LINE.matcher(msg);
    String near = m.find() ? " near line " + m.group(1) : "";
    if (msg.contains("EOF")) {
      return "a quoted field"
          + near
          + " is never closed: check for a missing \" (the file may also be cut off)";
    }
    return "a quoted field"
        + near
        + " has text after its closing quote: put the whole value in quotes and double any \""
        + " inside it";
  }

  /** The first non-blank line, or null. */
  private static String firstLine(Path file, int bom, Charset cs) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(bom);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, cs));
      String line;
      while ((line = r.readLine()) != null && line.isBlank()) {
        // the header is the first non-blank line
      }
      return line == null ? null : line.strip();
    }
  }

  /** The separator used most in the header line, outside quotes: comma, semicolon or tab. */
  static char delimiter(String line) {
    if (line == null) return ',';
    int commas = 0;
    int semis = 0;
    int tabs = 0;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') quoted = !quoted;
      else if (!quoted && c == ',') commas++;
      else if (!quoted && c == ';') semis++;
      else if (!quoted && c == '\t') tabs++;
    }
    if (semis > commas && semis >= tabs) return ';';
    if (tabs > commas && tabs > semis) return '\t';
    return ',';
  }

  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    try (var ch = Files.newByteChannel(file)) {
      while (true) {
        int n = ch.read(bytes);
        bytes.flip();
        var res = dec.decode(bytes, chars, n < 0);
        if (res.isError()) return false;
        chars.clear();
        bytes.compact();
        if (n < 0) return !dec.flush(chars).isError();
      }
    }
  }
}
