package org.circuitpress.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of a workbook show a number as a date, read from {@code xl/styles.xml} with
 * SAX: the number format of each cell style ({@code cellXfs}) and the workbook's own formats
 * ({@code numFmts}), judged by POI's {@link DateUtil#isADateFormat}, as POI's {@code StylesTable}
 * would. That model is built with XMLBeans, whose schema loading cost about a tenth of a second
 * of every run, a good part of a one-client run's start.
 */
final class DateStyles {
  static final DateStyles NONE = new DateStyles(List.of(), Map.of());

  /** The number format id of each cell style, by the style's index. */
  private final List<Integer> formatOfStyle;
  private final Map<Integer, String> customFormats;
  private final Map<Integer, Boolean> known = new HashMap<>();

  private DateStyles(List<Integer> formatOfStyle, Map<Integer, String> customFormats) {
    this.formatOfStyle = formatOfStyle;
    this.customFormats = customFormats;
  }

  static DateStyles read(InputStream stylesXml) throws IOException, SAXException {
    List<Integer> formats = new ArrayList<>();
    Map<Integer, String> custom = new HashMap<>();
    DefaultHandler h = new DefaultHandler() {
      private boolean inCellXfs;

      @Override
      public void startElement(String uri, String local, String qName, Attributes a) {
        switch (local) {
          case "cellXfs" -> inCellXfs = true;
          case "xf" -> {
            if (inCellXfs) formats.add(number(a.getValue("numFmtId")));
          }
          case "numFmt" -> {
            String code = a.getValue("formatCode");
            if (code != null) custom.put(number(a.getValue("numFmtId")), code);
          }
          default -> { }
        }
      }

      @Override
      public void endElement(String uri, String local, String qName) {
        if (local.equals("cellXfs")) inCellXfs = false;
      }
    };
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(h);
      xml.parse(new InputSource(stylesXml));
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException(e);
    }
    return new DateStyles(formats, custom);
  }

  /** An absent or odd id is the general format, 0, as in a spreadsheet app. */
  private static int number(String s) {
    if (s == null) return 0;
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The number format of a cell style that is neither General, Text nor a date format, as {@code
   * (id, code)}; null for those. A number under it may be shown otherwise than its digits ({@code
   * 00123}).
   */
  Format format(int style) {
    if (style <= 0 || style >= formatOfStyle.size() || isDate(style)) return null;
    int id = formatOfStyle.get(style);
    String code = customFormats.get(id);
    if (code == null) code = BuiltinFormats.getBuiltinFormat(id);
    // a number in a cell formatted as text (a log's white cells are) shows as in General
    if (id == 0 || code == null || code.equalsIgnoreCase("General") || code.equals("@")) return null;
    return new Format(id, code);
  }

  /** The date format of a cell style, such as {@code d-mmm}; null when it has none. */
  Format dateFormat(int style) {
    if (!isDate(style)) return null;
    int id = formatOfStyle.get(style);
    String code = customFormats.get(id);
    if (code == null) code = BuiltinFormats.getBuiltinFormat(id);
    return code == null ? null : new Format(id, code);
  }

  /** A number format: its id in the workbook and its code, such as {@code 00000}. */
  record Format(int id, String code) {}

  /** True when the cell style of this index formats numbers as dates; style 0 never does. */
  boolean isDate(int style) {
    if (style <= 0 || style >= formatOfStyle.size()) return false;
    return known.computeIfAbsent(style, i -> {
      int id = formatOfStyle.get(i);
      String code = customFormats.get(id);
      if (code == null) code = BuiltinFormats.getBuiltinFormat(id);
      return DateUtil.isADateFormat(id, code);
    });
  }
}
