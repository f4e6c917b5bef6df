package org.circuitpress.render.xlsx;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workbook's shared-string table: a log repeats its step and drill names on every row, so
 * each is stored once and cells refer to it by index (smaller files, less to deflate).
 */
final class SharedStrings {
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private int uses;

  int index(String s) {
    uses++;
    return index.computeIfAbsent(s, k -> index.size());
  }

  void write(Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + uses
        + "\" uniqueCount=\"" + index.size() + "\">");
    for (String s : index.keySet()) {
      boolean edge = !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
      w.write(edge ? "<si><t xml:space=\"preserve\">" : "<si><t>");
      w.write(Xml.escape(s));
      w.write("</t></si>");
    }
    w.write("</sst>");
  }
}
