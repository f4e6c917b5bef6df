package org.circuitpress.input;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Every sheet of a workbook, read with the streaming reader a roster is read with and held as
 * rows of {@link RawCell}s. Meant for a returned log, a few thousand cells: POI's workbook model
 * built a tree of the whole file first, which took most of the time of reading a filled log.
 */
final class XlsxSheets {
  private XlsxSheets() {}

  /** One sheet: its name and the rows that hold a cell, by 0-based row index. */
  static final class Sheet {
    private final String name;
    private final TreeMap<Integer, Line> rows = new TreeMap<>();

    Sheet(String name) {
      this.name = name;
    }

    String name() {
      return name;
    }

    /** The row at a 0-based index; null when it holds no cell. */
    Line row(int index) {
      return rows.get(index);
    }

    /** The rows that hold a cell, top to bottom. */
    Collection<Line> rows() {
      return rows.values();
    }

    /** The rows below a 0-based index, top to bottom. */
    Collection<Line> rowsAfter(int index) {
      return rows.tailMap(index, false).values();
    }

    void add(int index, List<RawCell> cells) {
      if (cells.isEmpty()) return;
      int width = 0;
      for (RawCell c : cells) width = Math.max(width, c.column() + 1);
      RawCell[] byColumn = new RawCell[width];
      for (RawCell c : cells) byColumn[c.column()] = c;
      rows.put(index, new Line(index, byColumn));
    }
  }

  /** A row's cells by 0-based column. */
  static final class Line {
    private final int index;
    private final RawCell[] cells;

    Line(int index, RawCell[] cells) {
      this.index = index;
      this.cells = cells;
    }

    /** The 0-based row index. */
    int index() {
      return index;
    }

    /** The cell in a 0-based column; null when the file has none there. */
    RawCell cell(int column) {
      return column >= 0 && column < cells.length ? cells[column] : null;
    }

    /** The cells the row has, left to right. */
    List<RawCell> cells() {
      List<RawCell> out = new ArrayList<>();
      for (RawCell c : cells) if (c != null) out.add(c);
      return out;
    }
  }

  /**
   * Reads every sheet, hidden ones included, in the workbook's order; a sheet the workbook lists
   * but the file lacks is left out. A number's or date's text is what its number format shows
   * ({@code 12.50}, {@code 1.23457E+12}, {@code 10-Jul}), beside its typed value.
   *
   * @throws Exception whatever POI or the XML parser throws for a file that is not a readable
   *     workbook; the caller says so in a trainer's words
   */
  static List<Sheet> read(Path path) throws Exception {
    OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
    try {
      XSSFReader reader = new XSSFReader(pkg);
      XlsxSource.Book book = XlsxSource.book(reader);
      SharedText strings = SharedText.read(pkg);
      DateStyles styles = XlsxSource.dateStyles(pkg);
      List<Sheet> sheets = new ArrayList<>();
      for (XlsxSource.SheetRef ref : book.sheets()) {
        Sheet sheet = new Sheet(ref.name());
        XlsxSource.SheetHandler handler =
            new XlsxSource.SheetHandler(
                strings,
                styles,
                book.date1904(),
                book.recalculate(),
                true,
                (row, cells) -> {
                  sheet.add(row - 1, cells);
                  return true;
                });
        if (ref.relId() == null) continue; // a sheet with no part named: nothing to read
        InputStream in;
        try {
          in = reader.getSheet(ref.relId());
        } catch (IllegalArgumentException | InvalidFormatException e) {
          continue; // listed in the workbook but not in the file: as POI's workbook model, skipped
        }
        try (in) {
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(handler);
          xml.parse(new InputSource(in));
        }
        sheets.add(sheet);
      }
      return sheets;
    } finally {
      pkg.revert();
    }
  }
}
