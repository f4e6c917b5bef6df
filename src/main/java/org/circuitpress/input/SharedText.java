package org.circuitpress.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings as plain text, read with SAX: what POI's
 * {@code ReadOnlySharedStringsTable.getItemAt(i).getString()} gives (the runs of an entry joined,
 * phonetic runs left out, {@code _xHHHH_} escapes decoded), without making each entry a rich-text
 * object of POI's XMLBeans model, whose schema loading cost about a tenth of a second of every
 * run.
 */
final class SharedText {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private final List<String> strings;

  private SharedText(List<String> strings) {
    this.strings = strings;
  }

  static SharedText read(OPCPackage pkg) throws IOException, SAXException {
    List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) return new SharedText(List.of());
    try (InputStream in = parts.get(0).getInputStream()) {
      return read(in);
    }
  }

  static SharedText read(InputStream in) throws IOException, SAXException {
    Handler h = new Handler();
    PushbackInputStream body = new PushbackInputStream(in, 1);
    int first = body.read();
    if (first != -1) {
      body.unread(first);
      try {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(h);
        xml.parse(new InputSource(body));
      } catch (javax.xml.parsers.ParserConfigurationException e) {
        throw new IOException(e);
      }
    }
    return new SharedText(h.strings);
  }

  /** The text of entry {@code i}; an index out of the table is an IndexOutOfBoundsException. */
  String get(int i) {
    return decode(strings.get(i));
  }

  int size() {
    return strings.size();
  }

  /** {@code _x000D_} and the like stand for characters XML cannot hold as they are. */
  static String decode(String value) {
    if (!value.contains("_x")) return value;
    Matcher m = ESCAPE.matcher(value);
    StringBuilder sb = new StringBuilder();
    int at = 0;
    while (m.find()) {
      sb.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
      at = m.end();
    }
    return at == 0 ? value : sb.append(value, at, value.length()).toString();
  }

  /** Joins the {@code t} texts of each {@code si}, skipping those inside phonetic runs. */
  private static final class Handler extends DefaultHandler {
    final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inT;
    private boolean inPhonetic;

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      if (uri != null && !uri.equals(MAIN)) return;
      switch (local) {
        case "si" -> text.setLength(0);
        case "t" -> inT = true;
        case "rPh" -> inPhonetic = true;
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (uri != null && !uri.equals(MAIN)) return;
      switch (local) {
        case "si" -> strings.add(text.toString());
        case "t" -> inT = false;
        case "rPh" -> inPhonetic = false;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inT && !inPhonetic) text.append(ch, start, length);
    }
  }
}
