package org.circuitpress.input;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;

/**
 * Reads a spreadsheet or CSV file into a {@link Table}, choosing the format by the file's content
 * rather than its name.
 *
 * <p>Every problem becomes a diagnostic, never an exception. A problem with the whole file (it is
 * missing, empty, of the wrong type, damaged, lacks a required column) is an error located at row 0
 * ({@link #isWholeFile}); the caller treats the file as unreadable.
 *
 * <p>Locations name the file by its file name only, so messages read the same wherever the input
 * folder is.
 */
public final class TableReader {
  /**
   * A file of no bytes at all: most often a save, download or copy that did not finish (or a file a
   * cloud drive has not brought down yet), which the trainer can put right by saving it again.
   */
  static final String EMPTY = "the file is empty (0 bytes), as a save, download or copy that did not finish leaves it;"
      + " save or download it again from Excel or Google Sheets";

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] PDF = {'%', 'P', 'D', 'F'};
  /** Pictures and archives that someone may rename to .csv. */
  private static final byte[][] BINARY = {
    {(byte) 0x89, 'P', 'N', 'G'},
    {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
    {'G', 'I', 'F', '8'},
    {'R', 'I', 'F', 'F'},
    {0x1F, (byte) 0x8B},
    {'7', 'z', (byte) 0xBC, (byte) 0xAF},
    {'R', 'a', 'r', '!'},
    {0x7F, 'E', 'L', 'F'}
  };
  /** A sample with NULs and more than one NUL in this many bytes is binary. */
  private static final int NUL_SHARE = 10;
  /** A sample with NULs and more than one other control byte in this many bytes is binary. */
  private static final int CONTROL_SHARE = 20;

  /**
   * Far above any real roster (100,000 clients are about 20 MB of CSV), far below memory trouble.
   */
  static final long MAX_BYTES = 256L << 20;

  private TableReader() {}

  /**
   * Reads the whole table without column checks; see {@link #read(Path, String, Columns,
   * Diagnostics)}.
   */
  public static Optional<Table> read(Path file, String preferredSheet, Diagnostics d) {
    return read(file, preferredSheet, Columns.ANY, d);
  }

  /**
   * Reads the whole table into memory, checking its header against {@code columns}.
   *
   * @param preferredSheet the sheet to read from a workbook, matched like headers; when no sheet
   *     has that name the first visible one is read
   * @return the table, or empty when the file cannot be used (an error has been reported)
   */
  public static Optional<Table> read(
      Path file, String preferredSheet, Columns columns, Diagnostics d) {
    List<Row> rows = new ArrayList<>();
    return scan(file, preferredSheet, columns, d, rows::add)
        .map(t -> t.withRows(rows));
  }

  /**
   * Streams the rows to {@code each} without keeping them, for large files.
   *
   * @return the table's header (its {@code rows} empty), or empty when the file cannot be used;
   *     rows may have been passed to {@code each} before a late problem was found
   */
  public static Optional<Table> scan(
      Path file, String preferredSheet, Columns columns, Diagnostics d, Consumer<Row> each) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    Location whole = Location.ofFile(name);
    try {
      if (Files.isDirectory(file)) {
        d.error(whole, "is a folder, not a file");
        return Optional.empty();
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        d.error(
            whole,
            "the file is "
                + (size >> 20)
                + " MB; input files over "
                + (MAX_BYTES >> 20)
                + " MB are refused (split the roster into several files)");
        return Optional.empty();
      }
      byte[] head = head(file, 8);
      if (head.length == 0) {
        d.error(whole, EMPTY);
        return Optional.empty();
      }
      if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP))
        return xlsx(file, name, preferredSheet, columns, d, each);
      if (startsWith(head, OLE2)) {
        d.error(whole, ole2(file));
        return Optional.empty();
      }
      if (startsWith(head, PDF)) {
        d.error(whole, "is a PDF, not a spreadsheet; give an .xlsx or .csv file");
        return Optional.empty();
      }
      if (looksBinary(file)) {
        d.error(
            whole,
            "is not a spreadsheet or CSV file (it holds binary data); give an .xlsx or .csv file");
        return Optional.empty();
      }
      TableBuilder b = new TableBuilder(name, null, columns, d, each);
      OptionalInt separator = CsvSource.read(file, name, d, b);
      if (separator.isEmpty()) return Optional.empty();
      return b.finish(whole, "the file").map(t -> t.separatedBy((char) separator.getAsInt()));
    } catch (NoSuchFileException | FileNotFoundException e) {
      d.error(whole, "file not found: " + file);
    } catch (AccessDeniedException e) {
      d.error(whole, "cannot read the file: permission denied");
    } catch (IOException e) {
      d.error(whole, "cannot read the file: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** Whether a diagnostic says a whole file could not be used (exit code 2), not just a row. */
  public static boolean isWholeFile(Diagnostic diagnostic) {
    Location l = diagnostic.location();
    return diagnostic.isError() && l.row() == 0 && l.column() < 0 && l.header() == null;
  }

  private static Optional<Table> xlsx(
      Path file,
      String name,
      String preferredSheet,
      Columns columns,
      Diagnostics d,
      Consumer<Row> each) {
    Location whole = Location.ofFile(name);
    Optional<String> notWorkbook = notWorkbook(file);
    if (notWorkbook.isPresent()) {
      d.error(whole, notWorkbook.get());
      return Optional.empty();
    }
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      TableBuilder[] builder = new TableBuilder[1];
      Optional<String> sheet =
          XlsxSource.read(
              pkg,
              name,
              preferredSheet,
              d,
              s -> {
                builder[0] = new TableBuilder(name, s, columns, d, each);
                return builder[0];
              });
      if (sheet.isEmpty()) return Optional.empty();
      return builder[0].finish(
          Location.ofSheet(name, sheet.get()), "the sheet \"" + sheet.get() + "\"");
    } catch (Exception | StackOverflowError e) {
      // POI reports damaged files with many exception types, some unchecked; all mean the same to
      // a trainer: this workbook cannot be read.
      d.error(whole, damaged(e));
      return Optional.empty();
    } finally {
      if (pkg != null) pkg.revert();
    }
  }

  static String damaged(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb") || m.contains("exceed the max")) {
        return "refused to open: a part of this workbook expands to far more data than its size"
                   + " suggests (a \"zip bomb\"); re-save it from a spreadsheet app";
      }
    }
    return "the workbook is damaged or cut off and cannot be read; open it in a spreadsheet app and"
               + " save it again as .xlsx";
  }

  /** What a zip file holds, judged from its directory alone. */
  enum ZipKind { WORKBOOK, STRICT, ODS, WORD, XLSB, OTHER_ZIP }

  /**
   * Looks at the zip's directory (nothing is inflated but a tiny mimetype entry) to tell other
   * zip-based formats from a workbook; {@code WORKBOOK} also when it cannot be listed, so that
   * POI's reading says it is damaged.
   */
  static ZipKind zipKind(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry book = zip.getEntry("xl/workbook.xml");
      if (book != null) {
        // Excel's "Strict Open XML Spreadsheet" names its parts in other namespaces, which the
        // reader does not know; told apart by the workbook part's first bytes.
        try (InputStream in = zip.getInputStream(book)) {
          String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
          if (head.contains("purl.oclc.org/ooxml/spreadsheetml/main")) return ZipKind.STRICT;
        }
        return ZipKind.WORKBOOK;
      }
      if (declares(zip, "spreadsheetml.sheet.main")) return ZipKind.WORKBOOK;
      ZipEntry mime = zip.getEntry("mimetype");
      if (mime != null) {
        try (InputStream in = zip.getInputStream(mime)) {
          String type = new String(in.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII);
          if (type.contains("opendocument.spreadsheet")) return ZipKind.ODS;
        }
      }
      if (zip.getEntry("word/document.xml") != null) return ZipKind.WORD;
      if (zip.getEntry("[Content_Types].xml") == null || zip.getEntry("xl/workbook.bin") == null)
        return ZipKind.OTHER_ZIP;
      return ZipKind.XLSB;
    } catch (IOException | RuntimeException e) {
      return ZipKind.WORKBOOK; // POI then reports it as damaged
    }
  }

  /** How to turn a spreadsheet saved in another format into an .xlsx; empty for other kinds. */
  static Optional<String> saveAsXlsx(ZipKind kind) {
    return switch (kind) {
      case ODS -> Optional.of(
          "is an OpenDocument spreadsheet (.ods); save it as .xlsx (File > Save As > Excel 2007-365)");
      case XLSB -> Optional.of("is a binary Excel workbook (.xlsb); save it as .xlsx (Excel Workbook)");
      case STRICT -> Optional.of("is saved as a Strict Open XML Spreadsheet, which is not read; save it as an"
          + " ordinary .xlsx (File > Save As > Excel Workbook)");
      default -> Optional.empty();
    };
  }

  private static Optional<String> notWorkbook(Path file) {
    ZipKind kind = zipKind(file);
    return switch (kind) {
      case WORKBOOK -> Optional.empty();
      case WORD -> Optional.of("is a Word document, not a spreadsheet; give an .xlsx or .csv file");
      case OTHER_ZIP -> Optional.of("is a zip file but not an Excel workbook; give an .xlsx or .csv file");
      default -> saveAsXlsx(kind);
    };
  }

  /** Whether [Content_Types].xml (its first 64 KB) names a content type. */
  private static boolean declares(ZipFile zip, String type) throws IOException {
    ZipEntry types = zip.getEntry("[Content_Types].xml");
    if (types == null) return false;
    try (InputStream in = zip.getInputStream(types)) {
      return new String(in.readNBytes(1 << 16), java.nio.charset.StandardCharsets.UTF_8)
          .contains(type);
    }
  }

  /** An OLE2 container: a password-protected .xlsx, an old .xls, or another Office file. */
  private static String ole2(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo")) {
        return "the workbook is protected with a password; remove the password (File > Info >"
                   + " Protect Workbook) and save it again";
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return "is an old binary Excel file (.xls); open it and save it as .xlsx (Excel Workbook)";
      }
      return "is an Office file but not a spreadsheet; give an .xlsx or .csv file";
    } catch (IOException | RuntimeException e) {
      return "is an old-style Office file that is damaged; save it as .xlsx";
    }
  }

  static byte[] head(Path file, int n) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    }
  }

  /**
   * Whether the file is binary rather than text: a picture, archive or other file renamed .csv.
   * Text holds next to no control bytes, binary formats many; a NUL or other control character
   * pasted into one cell of a real CSV file is a problem of that cell (cleaned and reported there
   * by the table layer), not of the file.
   */
  static boolean looksBinary(Path file) throws IOException {
    byte[] b = head(file, 8192);
    boolean utf16 =
        b.length >= 2
            && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    if (utf16) return false;
    for (byte[] magic : BINARY) if (startsWith(b, magic)) return true;
    int nuls = 0;
    int control = 0;
    for (byte x : b) {
      if (x == 0) nuls++;
      else if (x > 0 && x < 0x20 && x != '\t' && x != '\n' && x != '\r' && x != '\f') control++;
    }
    // Text without NULs may hold a stray control character or two; mostly control bytes is not text.
    if (nuls == 0) return control * 2 > b.length;
    // Many NULs: UTF-16 without a byte-order mark, or a binary format. A few in otherwise clean
    // text: stray characters in a cell. Binary data has other control bytes all through it.
    return nuls * NUL_SHARE > b.length || control * CONTROL_SHARE > b.length - nuls;
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) return false;
    for (int i = 0; i < magic.length; i++) if (head[i] != magic[i]) return false;
    return true;
  }
}
