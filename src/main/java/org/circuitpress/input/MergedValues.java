package org.circuitpress.input;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The values a sheet keeps under its merged ranges. Excel keeps only a merged range's top-left
 * value, but LibreOffice, told to keep the contents of the hidden cells when merging, saves the
 * others too, where nobody sees them. They are read like any other cell, so the warning about the
 * range must not say they are read as empty. The sheet is read again for them only when it has
 * merged ranges, which most sheets do not.
 */
final class MergedValues {
  /** What one range hides: how many cells other than its first hold a value, and the first of them. */
  record Hidden(int count, String first) {}

  static final Hidden NONE = new Hidden(0, null);

  private MergedValues() {}

  /** The hidden values of each of {@code ranges} (as the sheet writes them, {@code B3:C4}) that hides any. */
  static Map<String, Hidden> of(XSSFReader reader, String relId, List<String> ranges) throws Exception {
    List<String> names = new ArrayList<>();
    List<CellRangeAddress> areas = new ArrayList<>();
    for (String range : ranges) {
      if (range == null || !range.contains(":")) continue;
      try {
        areas.add(CellRangeAddress.valueOf(range));
        names.add(range);
      } catch (IllegalArgumentException e) {
        // a reference that names no cells: the warning about the range says what it can
      }
    }
    Map<String, Hidden> out = new HashMap<>();
    if (areas.isEmpty()) return out;
    // rows below the last range hide nothing: the read stops there (a roster of 10,000 rows with a
    // range merged near its top is not read to its end)
    int lastRow = areas.stream().mapToInt(CellRangeAddress::getLastRow).max().getAsInt();
    DefaultHandler h = new DefaultHandler() {
      private String ref;
      private boolean inText;
      private boolean filled;

      @Override
      public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
        if (local.equals("row") && below(a.getValue("r"))) {
          throw new Past();
        } else if (local.equals("c")) {
          ref = a.getValue("r");
          filled = false;
        } else if (local.equals("v") || local.equals("t")) {
          inText = true;
        }
      }

      @Override
      public void characters(char[] ch, int start, int length) {
        for (int i = start; inText && !filled && i < start + length; i++) filled = !Character.isWhitespace(ch[i]);
      }

      @Override
      public void endElement(String uri, String local, String qName) {
        if (local.equals("v") || local.equals("t")) inText = false;
        else if (local.equals("c") && filled && ref != null) hidden(ref);
      }

      /** Whether a row numbered {@code r} (from 1, as the sheet writes it) is below every range. */
      private boolean below(String r) {
        try {
          return r != null && Integer.parseInt(r) - 1 > lastRow;
        } catch (NumberFormatException e) {
          return false;
        }
      }

      private void hidden(String cell) {
        CellReference at;
        try {
          at = new CellReference(cell);
        } catch (IllegalArgumentException e) {
          return; // the sheet's reader places such a cell as it can; it is under no range it can name
        }
        for (int i = 0; i < areas.size(); i++) {
          CellRangeAddress a = areas.get(i);
          boolean first = at.getRow() == a.getFirstRow() && at.getCol() == a.getFirstColumn();
          if (first || !a.isInRange(at.getRow(), at.getCol())) continue;
          out.merge(names.get(i), new Hidden(1, cell), (was, one) -> new Hidden(was.count() + 1, was.first()));
        }
      }
    };
    try (InputStream in = reader.getSheet(relId)) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(h);
      xml.parse(new InputSource(in));
    } catch (Past past) {
      // every row a range covers was read
    }
    return out;
  }

  /** Thrown to end the read below the last range. */
  private static final class Past extends SAXException {
    Past() {
      super("below the merged ranges");
    }
  }

  /** The warning about merged {@code range}, whose top-left cell is {@code first}, given what it hides. */
  static String warning(String range, String first, Hidden hidden) {
    if (hidden.count() == 0) {
      return "cells " + range + " are merged; only " + first + " holds the value and the other cells are read as empty."
          + " Unmerge them and fill each cell";
    }
    String which = hidden.count() == 1 ? hidden.first() + " holds a value of its own"
        : hidden.count() + " of the other cells (" + hidden.first() + " and more) hold values of their own";
    return "cells " + range + " are merged, so only " + first + " shows; " + which + ", hidden by the merge, and "
        + (hidden.count() == 1 ? "it is" : "they are") + " read as saved. Unmerge them to see and check each cell";
  }
}
