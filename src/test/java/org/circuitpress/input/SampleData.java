package org.circuitpress.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Names;

/**
 * Writes the sample workbooks {@code input/roster.xlsx} and {@code input/exercises.xlsx} from the
 * CSV files beside them, with real typed cells (date cells for start_date, numbers for counts), a
 * bold frozen header and sized columns, and the binary files of the malformed-input corpus ({@link
 * CorpusFiles}).
 *
 * <p>Rerun after editing a sample CSV, from the project root (or run this class from an IDE with
 * the project root as the working directory):
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.circuitpress.input.SampleData
 * </pre>
 *
 * The files are committed; {@code SampleDataTest} fails when a workbook no longer matches its CSV.
 */
public final class SampleData {
  /** Columns written as date cells and as number cells, by sheet. */
  static final Set<String> DATE_COLUMNS = Set.of("startdate");

  static final Set<String> NUMBER_COLUMNS = Set.of("weeks", "sessionsperweek");
  static final LocalDate FIXED_DATE = LocalDate.of(2026, 11, 1);

  private SampleData() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Path input = root.resolve("input");
    toXlsx(input.resolve("csv/roster.csv"), input.resolve("roster.xlsx"), RosterReader.SHEET);
    if (Files.exists(input.resolve("csv/exercises.csv"))) {
      toXlsx(input.resolve("csv/exercises.csv"), input.resolve("exercises.xlsx"), LibraryReader.SHEET);
    }
    logo(input.resolve("logo.png"));
    CorpusFiles.writeAll(root.resolve("src/test/resources/corpus"));
  }

  /** The made-up gym's logo for {@code input/branding.csv}: a kettlebell shape, no text. */
  static void logo(Path file) throws IOException {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(240, 240, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new java.awt.Color(0x2E6F57));
    g.fillOval(30, 78, 180, 156);
    g.fillRect(70, 218, 100, 16);
    g.setStroke(new java.awt.BasicStroke(24));
    g.drawArc(58, 14, 124, 130, 20, 140);
    g.drawLine(67, 60, 64, 100);
    g.drawLine(173, 60, 176, 100);
    g.dispose();
    Files.createDirectories(file.toAbsolutePath().getParent());
    javax.imageio.ImageIO.write(img, "png", file.toFile());
  }

  /** Writes the CSV's rows as one sheet of typed cells. */
  static void toXlsx(Path csv, Path xlsx, String sheet) throws IOException {
    Diagnostics d = new Diagnostics();
    Table t = TableReader.read(csv, null, d).orElseThrow(() -> new IOException(d.all().toString()));
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb, sheet, t);
      save(wb, xlsx);
    }
  }

  static XSSFSheet fill(XSSFWorkbook wb, String name, Table t) {
    XSSFSheet sh = wb.createSheet(name);
    CellStyle bold = wb.createCellStyle();
    Font f = wb.createFont();
    f.setBold(true);
    bold.setFont(f);
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    var header = sh.createRow(0);
    int[] widths = new int[t.headers().size()];
    for (int c = 0; c < t.headers().size(); c++) {
      var cell = header.createCell(c);
      cell.setCellValue(t.headers().get(c));
      cell.setCellStyle(bold);
      widths[c] = t.headers().get(c).length();
    }
    for (Row row : t.rows()) {
      var r = sh.createRow(row.location().row() - 1);
      for (int c = 0; c < t.headers().size(); c++) {
        String key = Names.header(t.headers().get(c));
        Optional<Cell> cell = row.cell(t.headers().get(c));
        if (cell.isEmpty()) continue;
        String text = cell.get().text();
        var out = r.createCell(c);
        if (DATE_COLUMNS.contains(key) && Fields.parseDate(text).date() != null) {
          out.setCellValue(Fields.parseDate(text).date());
          out.setCellStyle(date);
        } else if (NUMBER_COLUMNS.contains(key) && Fields.parseNumber(text).isPresent()) {
          out.setCellValue(Fields.parseNumber(text).get());
        } else {
          out.setCellValue(text);
        }
        widths[c] = Math.max(widths[c], text.length());
      }
    }
    for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
    sh.createFreezePane(0, 1);
    return sh;
  }

  /** Saves with a fixed creation date, so regenerating unchanged data gives the same content. */
  static void save(XSSFWorkbook wb, Path file) throws IOException {
    wb.getProperties()
        .getCoreProperties()
        .setCreated(Optional.of(Date.from(FIXED_DATE.atStartOfDay().toInstant(ZoneOffset.UTC))));
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }
}
