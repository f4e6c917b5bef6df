package org.circuitpress.input;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the binary files of the malformed-input corpus (the text cases are written by hand). */
final class CorpusFiles {
  static final Object[] HEADER = {
    "client_id",
    "name",
    "program",
    "start_date",
    "level",
    "equipment",
    "limitations",
    "units",
    "paper",
    "notes"
  };
  static final Object[][] GOOD = {
    {
      "g01",
      "Zoë Martin",
      "upper-back-mobility",
      LocalDate.of(2026, 12, 1),
      "beginner",
      "foam roller; band light/medium/heavy",
      null,
      "kg",
      "A4",
      null
    },
    {
      "g02",
      "Łukasz Kowalski",
      "upper-back-mobility",
      LocalDate.of(2026, 12, 2),
      "intermediate",
      "foam roller; kettlebell 8/12/16 kg",
      null,
      "kg",
      "A4",
      null
    },
    {
      "g03",
      "Ana Núñez",
      "upper-back-mobility",
      LocalDate.of(2026, 12, 3),
      "advanced",
      null,
      "shoulder",
      "lb",
      "Letter",
      null
    }
  };

  private CorpusFiles() {}

  static void writeAll(Path corpus) throws IOException {
    oldXls(corpus.resolve("12-old-binary-xls/roster.xls"));
    encrypted(corpus.resolve("13-password-protected-xlsx/roster.xlsx"));
    truncated(corpus.resolve("14-truncated-xlsx/roster.xlsx"));
    zipBomb(corpus.resolve("15-zip-bomb/roster.xlsx"));
    formulas(corpus.resolve("16-formulas/roster.xlsx"));
    merged(corpus.resolve("17-merged-cells/roster.xlsx"));
    hiddenSheet(corpus.resolve("18-hidden-sheet/roster.xlsx"));
    severalSheets(corpus.resolve("19-several-sheets/roster.xlsx"));
    for (String c :
        new String[] {
          "25-missing-image", "26-corrupt-image", "27-enormous-image", "28-image-outside-folder"
        }) {
      smallPng(corpus.resolve(c + "/images/ok.png"));
    }
    corruptPng(corpus.resolve("26-corrupt-image/images/broken.png"));
    enormousPng(corpus.resolve("27-enormous-image/images/huge.png"));
  }

  /** A valid beginner on the upper-back template, kg and A4; values may be formulas ("=..."). */
  private static Object[] client(String id, Object name, Object startDate, Object notes) {
    return new Object[] {
      id, name, "upper-back-mobility", startDate, "beginner", null, null, "kg", "A4", notes
    };
  }

  static XSSFWorkbook goodWorkbook(String sheet) {
    XSSFWorkbook wb = new XSSFWorkbook();
    Xlsx.fill(wb, wb.createSheet(sheet), rows());
    return wb;
  }

  private static Object[][] rows(Object[]... extra) {
    Object[][] all = new Object[1 + GOOD.length + extra.length][];
    all[0] = HEADER;
    System.arraycopy(GOOD, 0, all, 1, GOOD.length);
    System.arraycopy(extra, 0, all, 1 + GOOD.length, extra.length);
    return all;
  }

  static void oldXls(Path file) throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      Xlsx.fill(wb, wb.createSheet("Clients"), rows());
      write(file, wb::write);
    }
  }

  static void encrypted(Path file) throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = goodWorkbook("Clients")) {
      wb.write(plain);
    }
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("circuit");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(plain.toByteArray());
      } catch (java.security.GeneralSecurityException e) {
        throw new IOException(e);
      }
      write(file, fs::writeFilesystem);
    }
  }

  static void truncated(Path file) throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = goodWorkbook("Clients")) {
      wb.write(whole);
    }
    byte[] b = whole.toByteArray();
    write(file, out -> out.write(b, 0, b.length * 3 / 5));
  }

  /**
   * A valid workbook whose sheet XML is padded with 60 MB of spaces: about 60 KB on disk, far
   * beyond POI's limit of 100x expansion, so it must be refused before it is inflated.
   */
  static void zipBomb(Path file) throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = goodWorkbook("Clients")) {
      wb.write(whole);
    }
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipInputStream in =
            new ZipInputStream(new java.io.ByteArrayInputStream(whole.toByteArray()));
        ZipOutputStream out = new ZipOutputStream(bomb)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] data = in.readAllBytes();
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(0);
        out.putNextEntry(copy);
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
          out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1 << 20];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 60; i++) out.write(spaces);
          out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(data);
        }
        out.closeEntry();
      }
    }
    write(file, out -> out.write(bomb.toByteArray()));
  }

  /** Formulas with saved results, and one (g04's notes) saved without a result. */
  static void formulas(Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sh = wb.createSheet("Clients");
      Xlsx.fill(
          wb,
          sh,
          rows(
              client("g04", "=\"Mia \"&\"Schulz\"", "=DATE(2026,12,4)", "=\"Knee \"&\"surgery 2025\""),
              client("g05", "Tom Weber", LocalDate.of(2026, 12, 5), null)));
      var dateStyle = sh.getRow(1).getCell(3).getCellStyle();
      sh.getRow(4).getCell(3).setCellStyle(dateStyle);
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      ev.evaluateFormulaCell(sh.getRow(4).getCell(1));
      ev.evaluateFormulaCell(sh.getRow(4).getCell(3));
      write(file, wb::write);
    }
  }

  /** Notes merged over two rows, and a name merged over two rows (the second row loses it). */
  static void merged(Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sh = wb.createSheet("Clients");
      Xlsx.fill(
          wb,
          sh,
          rows(
              client("g04", "Mia Schulz", LocalDate.of(2026, 12, 4), "Shared note for two clients"),
              client("g05", null, LocalDate.of(2026, 12, 5), null)));
      sh.addMergedRegion(CellRangeAddress.valueOf("J5:J6"));
      sh.addMergedRegion(CellRangeAddress.valueOf("B5:B6"));
      write(file, wb::write);
    }
  }

  static void hiddenSheet(Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Xlsx.fill(
          wb,
          wb.createSheet("Clients"),
          new Object[][] {
            HEADER,
            {
              "old1",
              "Old Client",
              "upper-back-mobility",
              LocalDate.of(2025, 1, 6),
              "beginner",
              null,
              null,
              "kg",
              "A4",
              null
            }
          });
      Xlsx.fill(wb, wb.createSheet("December"), rows());
      wb.setSheetHidden(0, true);
      wb.setActiveSheet(1);
      wb.setFirstVisibleTab(1);
      write(file, wb::write);
    }
  }

  static void severalSheets(Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Xlsx.fill(
          wb,
          wb.createSheet("Read me"),
          new Object[][] {{"How to fill in the roster"}, {"One client per row."}});
      Xlsx.fill(wb, wb.createSheet("Clients"), rows());
      Xlsx.fill(wb, wb.createSheet("Archive"), new Object[][] {HEADER});
      write(file, wb::write);
    }
  }

  static void smallPng(Path file) throws IOException {
    BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 16; x++) img.setRGB(x, x, 0x1F4E79);
    write(file, out -> ImageIO.write(img, "png", out));
  }

  /** A PNG signature and header, then bytes that are not image data. */
  static void corruptPng(Path file) throws IOException {
    byte[] ok = png(64, 64);
    byte[] broken = java.util.Arrays.copyOf(ok, ok.length);
    for (int i = 40; i < broken.length - 12; i++) broken[i] = (byte) (i * 31);
    write(file, out -> out.write(broken));
  }

  /** A tiny file whose header claims 50,000 x 50,000 pixels (10 GB once decoded). */
  static void enormousPng(Path file) throws IOException {
    pngOfSize(file, 50_000, 50_000);
  }

  /** A tiny file whose header claims the given size. */
  static void pngOfSize(Path file, int w, int h) throws IOException {
    write(file, out -> out.write(png(w, h)));
  }

  /** A minimal PNG: header of the given size and one small, too-short IDAT. */
  private static byte[] png(int w, int h) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(b);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(ihdr);
    d.writeInt(w);
    d.writeInt(h);
    d.write(new byte[] {8, 2, 0, 0, 0});
    chunk(out, "IHDR", ihdr.toByteArray());
    Deflater def = new Deflater();
    def.setInput(new byte[1 + 3 * Math.min(w, 64)]);
    def.finish();
    byte[] z = new byte[256];
    int n = def.deflate(z);
    chunk(out, "IDAT", java.util.Arrays.copyOf(z, n));
    chunk(out, "IEND", new byte[0]);
    return b.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    out.writeInt(data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }

  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  static void write(Path file, Writer w) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      w.write(out);
    }
  }
}
