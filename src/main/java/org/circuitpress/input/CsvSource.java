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
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
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
  private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  private CsvSource() {}

  /**
   * @return the character that separates the file's cells (',', ';' or a tab), or empty when the
   *     file could not be read to its end (already reported)
   */
  static OptionalInt read(Path file, String name, Diagnostics d, TableBuilder sink) throws IOException {
    Location whole = Location.ofFile(name);
    byte[] head = TableReader.head(file, 4);
    int bom = 0;
    Charset cs = StandardCharsets.UTF_8;
    boolean mixed = false;
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      bom = 3;
      // Excel's "CSV UTF-8" writes the mark; a line pasted from elsewhere may still hold
      // Windows-1252 bytes, which are named cell by cell instead of becoming "�"
      mixed = encoding(file) != Encoding.UTF_8;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      bom = 2;
      cs = StandardCharsets.UTF_16LE;
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      bom = 2;
      cs = StandardCharsets.UTF_16BE;
    } else {
      Encoding e = encoding(file);
      if (e == Encoding.WINDOWS_1252) {
        // Excel's plain "CSV" on Windows writes the ANSI code page; reading it that way keeps the
        // accents instead of replacing them with question marks.
        cs = WINDOWS_1252;
        d.warning(
            whole,
            "the file is not UTF-8; read it as Windows-1252. Save it as \"CSV UTF-8\" to be sure"
                + " accents are read right");
      } else if (e == Encoding.MAC_ROMAN) {
        // Excel for Mac's "CSV (Macintosh)" writes Mac Roman with lines ending in a carriage
        // return alone; read as Windows-1252, "Zoë" would print as "Zo‘"
        cs = MAC_ROMAN;
        d.warning(
            whole,
            "the file is not UTF-8; its lines end as Excel for Mac's \"CSV (Macintosh)\" ends them, so it is read"
                + " as that format's Mac Roman. Save it as \"CSV UTF-8\" to be sure accents are read right");
      } else if (e == Encoding.MIXED) {
        mixed = true;
      }
    }
    String first = firstLine(file, bom, cs);
    // Excel writes and honours a "sep=;" line before the header; it is not a row of the sheet.
    boolean sepLine = first != null && first.length() == 5 && first.startsWith("sep=");
    char delimiter = sepLine ? first.charAt(4) : delimiter(first);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(bom);
      Reader reader =
          new BufferedReader(mixed ? new Lenient(in) : new InputStreamReader(in, cs), 1 << 16);
      NotUtf8 notUtf8 = mixed ? new NotUtf8(d, sink) : null;
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        int skip = sepLine ? 1 : 0;
        Iterator<CSVRecord> records = parser.iterator();
        int headerSize = -1;
        int fullRows = 0;
        boolean allFull = true;
        while (records.hasNext()) {
          CSVRecord rec = records.next();
          if (rec.getRecordNumber() <= skip) continue;
          int row = (int) rec.getRecordNumber() - skip;
          boolean blank = rec.stream().allMatch(String::isBlank);
          if (headerSize >= 0 && !blank) {
            if (!records.hasNext() && allFull && fullRows > 0 && rec.size() < headerSize
                && !endsWithLineBreak(file, cs)) {
              // Every row before it has all the header's columns, this last one stops short with
              // no line break after it: the file was cut off while saved or copied, and the cells
              // it lost (limitations, say) would read as empty.
              sink.refuseNextRow("the file ends in the middle of this row (it has " + rec.size() + " of the "
                  + headerSize + " columns and no line break after it); was the file cut off while it was saved"
                  + " or copied? This row is skipped; if it is whole, end it with a line break");
            }
            allFull &= rec.size() >= headerSize;
            fullRows++;
          }
          if (!sink.row(row, cells(rec, row, notUtf8))) return OptionalInt.of(delimiter);
          if (headerSize < 0 && sink.hasHeader()) {
            // up to the last named column: a trailing empty header cell names nothing
            headerSize = rec.size();
            while (headerSize > 0 && rec.get(headerSize - 1).isBlank()) headerSize--;
          }
        }
      } finally {
        if (notUtf8 != null) notUtf8.finish(whole);
      }
    } catch (UncheckedIOException e) {
      d.error(whole, badQuoting(e));
      return OptionalInt.empty();
    }
    return OptionalInt.of(delimiter);
  }

  /** Whether the file's last character is a line break, in its encoding. */
  private static boolean endsWithLineBreak(Path file, Charset cs) throws IOException {
    try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
      long size = ch.size();
      if (size == 0) return true;
      java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(2, size));
      ch.position(size - tail.capacity());
      while (tail.hasRemaining() && ch.read(tail) > 0) {
        // read the last bytes
      }
      byte[] t = tail.array();
      byte last = t[t.length - 1];
      if (cs.equals(StandardCharsets.UTF_16LE)) {
        return t.length == 2 && last == 0 && (t[0] == '\n' || t[0] == '\r');
      }
      if (cs.equals(StandardCharsets.UTF_16BE)) return t.length == 2 && t[0] == 0 && (last == '\n' || last == '\r');
      return last == '\n' || last == '\r';
    }
  }

  private static List<RawCell> cells(CSVRecord rec, int row, NotUtf8 notUtf8) {
    List<RawCell> out = new ArrayList<>(rec.size());
    for (int i = 0; i < rec.size(); i++) {
      String v = rec.get(i);
      if (notUtf8 != null && v.indexOf(Lenient.MARK) >= 0) {
        v = v.replace(String.valueOf(Lenient.MARK), "");
        notUtf8.found(row, i, v);
      }
      if (!v.isEmpty()) out.add(new RawCell(i, v, null));
    }
    return out;
  }

  /** How a file without a byte-order mark is encoded. */
  enum Encoding {
    UTF_8,
    /** UTF-8 with a few bytes that are not, such as a line pasted from a Windows-1252 file. */
    MIXED,
    WINDOWS_1252,
    /** Not UTF-8, with lines ending in a carriage return alone, as Excel for Mac's "CSV (Macintosh)". */
    MAC_ROMAN
  }

  /**
   * UTF-8 when every byte sequence is; Windows-1252 when none of its letters beyond ASCII are
   * UTF-8; otherwise mixed: a UTF-8 file (more valid UTF-8 letters than invalid bytes) with a few
   * bytes from elsewhere, read as UTF-8 so its correctly written accents stay right. A file that
   * would be Windows-1252 but whose lines end in a carriage return alone, never a line feed, is
   * Mac Roman: Windows writes a carriage return and a line feed.
   */
  static Encoding encoding(Path file) throws IOException {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    long invalid = 0;
    long valid = 0;
    boolean cr = false;
    boolean lf = false;
    try (var ch = Files.newByteChannel(file)) {
      while (true) {
        int n = ch.read(bytes);
        bytes.flip();
        for (int i = bytes.position(); i < bytes.limit(); i++) {
          byte b = bytes.get(i);
          cr |= b == '\r';
          lf |= b == '\n';
        }
        while (true) {
          CoderResult res = dec.decode(bytes, chars, n < 0);
          if (res.isError()) {
            invalid++;
            bytes.position(bytes.position() + res.length());
            continue;
          }
          valid += nonAscii(chars);
          if (res.isOverflow()) continue;
          break;
        }
        if (n < 0) {
          dec.flush(chars);
          break;
        }
        bytes.compact();
      }
    }
    if (invalid == 0) return Encoding.UTF_8;
    if (valid >= invalid) return Encoding.MIXED;
    return cr && !lf ? Encoding.MAC_ROMAN : Encoding.WINDOWS_1252;
  }

  /** Counts the decoded characters beyond ASCII (each came from a multi-byte sequence) and clears. */
  private static int nonAscii(CharBuffer chars) {
    chars.flip();
    int n = 0;
    while (chars.hasRemaining()) {
      char c = chars.get();
      if (c >= 0x80 && !Character.isLowSurrogate(c)) n++;
    }
    chars.clear();
    return n;
  }

  /**
   * Decodes UTF-8, reading each byte that is not part of valid UTF-8 as Windows-1252 (a pasted
   * "Ren\u00e9e" from a Windows file is then still "Renée") and putting {@link #MARK} before it,
   * so the cell can be named in a warning.
   */
  static final class Lenient extends Reader {
    /** A private-use character; taken out of every cell again. */
    static final char MARK = '\uE000';

    private static final char[] WINDOWS = new String(all(), WINDOWS_1252).toCharArray();
    private final InputStream in;
    private final CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean done;

    Lenient(InputStream in) {
      this.in = in;
      bytes.flip();
      chars.flip();
    }

    private static byte[] all() {
      byte[] b = new byte[256];
      for (int i = 0; i < 256; i++) b[i] = (byte) i;
      return b;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) return 0;
      while (!chars.hasRemaining()) {
        if (done) return -1;
        fill();
      }
      int n = Math.min(len, chars.remaining());
      chars.get(buf, off, n);
      return n;
    }

    private void fill() throws IOException {
      chars.clear();
      if (!eof) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) eof = true;
        else bytes.position(bytes.position() + n);
        bytes.flip();
      }
      while (true) {
        CoderResult res = dec.decode(bytes, chars, eof);
        if (res.isError()) {
          if (chars.remaining() < 2 * res.length()) break;
          for (int i = 0; i < res.length(); i++) {
            chars.put(MARK).put(WINDOWS[bytes.get() & 0xFF]);
          }
          continue;
        }
        if (res.isUnderflow() && eof) {
          dec.flush(chars);
          done = true;
        }
        break;
      }
      chars.flip();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * The cells that held bytes that are not UTF-8, each named in a warning (the first few; the rest
   * are counted, as the table counts its cells, {@link CellWarnings}).
   */
  private static final class NotUtf8 {
    private static final int MAX_LISTED = 20;
    private final Diagnostics d;
    private final TableBuilder sink;
    private final CellWarnings cells = new CellWarnings(MAX_LISTED,
        n -> n + " more cells are not written in UTF-8 and were read as Windows-1252");

    NotUtf8(Diagnostics d, TableBuilder sink) {
      this.d = d;
      this.sink = sink;
    }

    void found(int row, int column, String text) {
      sink.warn(cells, sink.cell(row, column), () -> "this cell is not written in UTF-8 like the rest of the file;"
          + " read it as Windows-1252, giving " + Fields.quote(Cells.clean(text).text()) + ". Check it, and save the"
          + " file as \"CSV UTF-8\" to be sure accents are read right");
    }

    void finish(Location whole) {
      cells.finish(d, whole);
    }
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

  /**
   * The line that decides the separator: the first non-blank one, or null; but when title lines
   * come before the header ({@link TableBuilder#MAX_TITLE_ROWS} at most), the first line whose
   * separator appears as often in the line after it, where the table starts: a title
   * ("Harbour Street, December") does not agree with the header below it, while a header and its
   * first row do, whatever other separators a row's text holds ("foam roller; band; step"
   * unquoted in a comma file). Without such a pair, the first line with a separator. Excel's
   * {@code sep=} line, when first, is returned as it is.
   */
  private static String firstLine(Path file, int bom, Charset cs) throws IOException {
    // Whole records, not lines: a quoted cell may hold line breaks (Alt+Enter in Excel), and the
    // text inside it must not be counted as separators.
    List<String> lines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(bom);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, cs));
      StringBuilder record = null;
      boolean quoted = false;
      int read = 0;
      for (String line; lines.size() < TableBuilder.MAX_TITLE_ROWS + 2 && read < MAX_PROBE_LINES
          && (line = r.readLine()) != null; read++) {
        if (record == null) {
          if (Cells.isBlank(line)) continue;
          record = new StringBuilder(line);
        } else {
          record.append('\n').append(line);
        }
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) == '"') quoted = !quoted;
        if (!quoted) {
          lines.add(record.toString().strip());
          record = null;
        }
      }
      if (record != null) lines.add(record.toString().strip());
    }
    if (lines.isEmpty()) return null;
    if (lines.get(0).startsWith("sep=")) return lines.get(0);
    for (int i = 0; i + 1 < lines.size(); i++) {
      int[] here = separators(lines.get(i));
      int most = here[0] >= here[1] && here[0] >= here[2] ? 0 : here[1] >= here[2] ? 1 : 2;
      if (here[most] > 0 && separators(lines.get(i + 1))[most] == here[most]) return lines.get(i);
    }
    for (String line : lines) {
      int[] n = separators(line);
      if (n[0] + n[1] + n[2] > 0) return line;
    }
    return lines.get(0);
  }

  /** How many lines are read at most to find where the table starts (a quote left open reads on). */
  private static final int MAX_PROBE_LINES = 200;

  /** Commas, semicolons and tabs in {@code line}, outside quotes. */
  private static int[] separators(String line) {
    int[] n = new int[3];
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') quoted = !quoted;
      else if (!quoted && c == ',') n[0]++;
      else if (!quoted && c == ';') n[1]++;
      else if (!quoted && c == '\t') n[2]++;
    }
    return n;
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
}
