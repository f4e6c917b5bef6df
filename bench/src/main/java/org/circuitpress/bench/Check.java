package org.circuitpress.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The output check of {@code bench/run --check}: every client of the roster has a handout and a
 * log under the output folder, each handout opens and its text holds the client's name, each log
 * opens and names the breathing drill that starts the circuit. Says nothing about time.
 */
final class Check {
  private Check() {}

  /** Returns the problems found; empty means the outputs are right. */
  static List<String> outputs(Path out, List<String[]> roster) throws IOException {
    Map<String, String> names = roster.stream().collect(Collectors.toMap(r -> r[0], r -> r[1]));
    List<String> problems = new ArrayList<>();
    List<Path> handouts = find(out, "handout.pdf");
    List<Path> logs = find(out, "log.xlsx");
    if (handouts.size() != roster.size()) problems.add(out + ": " + handouts.size() + " handouts for " + roster.size() + " clients");
    if (logs.size() != roster.size()) problems.add(out + ": " + logs.size() + " logs for " + roster.size() + " clients");
    for (Path h : handouts) {
      String id = h.getParent().getFileName().toString();
      try (PDDocument d = Loader.loadPDF(h.toFile())) {
        String text = new PDFTextStripper().getText(d);
        if (d.getNumberOfPages() < 2) problems.add(h + ": " + d.getNumberOfPages() + " page(s)");
        String name = names.get(id);
        if (name == null) problems.add(h + ": no client " + id + " in the roster");
        else if (!text.contains(name)) problems.add(h + ": the name " + name + " is not in the text");
        if (!text.contains("Week 1") && !text.contains("WEEK 1")) problems.add(h + ": no week 1");
      } catch (IOException e) {
        problems.add(h + ": does not open: " + e.getMessage());
      }
    }
    for (Path l : logs) {
      try (InputStream in = Files.newInputStream(l); XSSFWorkbook wb = new XSSFWorkbook(in)) {
        if (wb.getNumberOfSheets() < 1) problems.add(l + ": no sheet");
        else if (!mentions(wb, "breath")) problems.add(l + ": no breathing drill in the log");
      } catch (IOException | RuntimeException e) {
        problems.add(l + ": does not open: " + e.getMessage());
      }
    }
    return problems;
  }

  private static boolean mentions(XSSFWorkbook wb, String word) {
    for (Sheet s : wb) {
      if (mentions(s, word)) return true;
    }
    return false;
  }

  private static boolean mentions(Sheet s, String word) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && c.getStringCellValue().toLowerCase(java.util.Locale.ROOT).contains(word)) return true;
      }
    }
    return false;
  }

  private static List<Path> find(Path out, String name) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(p -> p.getFileName().toString().equals(name)).sorted().toList();
    }
  }

  static int report(List<String> problems, String what, int clients, PrintStream err) {
    problems.stream().limit(20).forEach(p -> err.println("check: " + p));
    if (problems.size() > 20) err.println("check: ... and " + (problems.size() - 20) + " more");
    err.println("check " + what + ": " + (problems.isEmpty() ? "ok, " + clients + " clients" : problems.size() + " problem(s)"));
    return problems.isEmpty() ? 0 : 1;
  }
}
