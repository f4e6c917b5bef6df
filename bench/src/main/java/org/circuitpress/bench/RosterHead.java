package org.circuitpress.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.circuitpress.model.Client;

/**
 * {@code Bench head ROSTER M DIR LIBRARY TEMPLATES}: copies a roster the benchmark did not make
 * (a trainer's own, or one kept for checking) into {@code DIR/roster.csv} or {@code DIR/roster.xlsx},
 * keeping its header and first {@code M} data rows ({@code M} = 0 keeps them all), cells as they
 * are. Then reads the copy as the product does and prints {@code clients K} (the clients it
 * reads) and {@code first ID} (the first of them), which {@code bench/run --roster} uses for its
 * client count and its one-client run.
 *
 * <p>The header is taken to be the first row; in a workbook every sheet is cut to {@code M + 1}
 * rows, so the roster sheet is cut wherever it is.
 */
final class RosterHead {
  private RosterHead() {}

  static void main(String[] args) throws Exception {
    Path src = Path.of(args[0]);
    int keep = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    Files.createDirectories(dir);
    String name = src.getFileName().toString().toLowerCase(Locale.ROOT);
    Path copy;
    if (name.endsWith(".csv")) {
      copy = dir.resolve("roster.csv");
      csv(src, keep, copy);
    } else if (name.endsWith(".xlsx")) {
      copy = dir.resolve("roster.xlsx");
      xlsx(src, keep, copy);
    } else {
      throw new IllegalArgumentException(src + ": expected a .csv or .xlsx roster");
    }
    List<Client> clients = Contenders.readerAndPlanner(Path.of(args[3]), Path.of(args[4])).read(copy);
    System.out.println("clients " + clients.size());
    System.out.println("first " + (clients.isEmpty() ? "" : clients.get(0).id()));
  }

  /**
   * The file's text up to the first record past {@code keep}, as it is: the records are found by
   * a CSV parser (quoted line breaks stay inside their record), the text is not rewritten, so a
   * semicolon-separated file, a byte-order mark or another encoding is kept byte for byte.
   */
  private static void csv(Path src, int keep, Path copy) throws IOException {
    String text = Files.readString(src, StandardCharsets.ISO_8859_1);
    int end = text.length();
    if (keep > 0) {
      try (Reader in = new StringReader(text); CSVParser records = CSVFormat.DEFAULT.parse(in)) {
        for (CSVRecord r : records) {
          if (r.getRecordNumber() == keep + 2) {
            end = (int) r.getCharacterPosition();
            break;
          }
        }
      }
    }
    Files.writeString(copy, text.substring(0, end), StandardCharsets.ISO_8859_1);
  }

  private static void xlsx(Path src, int keep, Path copy) throws IOException {
    try (InputStream in = Files.newInputStream(src); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      if (keep > 0) {
        for (Sheet s : wb) {
          for (int i = s.getLastRowNum(); i > keep; i--) {
            Row r = s.getRow(i);
            if (r != null) s.removeRow(r);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(copy)) {
        wb.write(out);
      }
    }
  }
}
