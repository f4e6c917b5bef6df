package org.circuitpress.input;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;
import org.circuitpress.model.Words;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an .xlsx file with POI's streaming (SAX) path, so a roster of 100,000 rows
 * never becomes a DOM of 100,000 rows: only the shared strings and the current row are held.
 */
final class XlsxSource {
  private static final int MAX_LISTED = 5;
  /**
   * What a formula cell without a saved result is reported as when it is read as empty, in a table
   * ({@link TableBuilder}) and in a returned log.
   */
  static final String NO_SAVED_RESULT =
      "the formula in this cell has no saved result, so it is read as empty; open the file in a"
          + " spreadsheet app and save it again";

  /** How to store a workbook's real formula results. LibreOffice keeps the saved ones unless told. */
  static final String RECALCULATE = "open the file in Excel or Google Sheets and save it again (in"
      + " LibreOffice, first Data > Calculate > Recalculate Hard)";

  /** The same for a formula whose saved result the workbook marks as to be recalculated. */
  static final String STALE_RESULT =
      "the workbook asks for its formulas to be recalculated when it is opened, so the result saved in"
          + " this cell may not be the real one and it is read as empty; " + RECALCULATE;

  /** What a cell showing an error such as #N/A is reported as when it is read as empty. */
  static String showsError(String error) {
    return "the cell shows the error " + error + ", so it is read as empty";
  }

  private XlsxSource() {}

  /** A sheet as listed in workbook.xml. */
  record SheetRef(String name, String relId, boolean hidden) {}

  /**
   * The workbook's sheet list, its date system, and whether it asks to be recalculated when
   * opened ({@code <calcPr fullCalcOnLoad="1"/>}): then no formula's saved result is trusted.
   */
  record Book(List<SheetRef> sheets, boolean date1904, boolean recalculate) {}

  /** The sheet read and a remark on why, for the several-sheets warning. */
  record Choice(SheetRef sheet, String why) {}

  /**
   * Reads the chosen sheet into the sink.
   *
   * @return the sheet name read, or empty when no sheet could be chosen (already reported)
   */
  static Optional<String> read(
      OPCPackage pkg, String name, String preferredSheet, Diagnostics d, SinkFactory sinks)
      throws Exception {
    XSSFReader reader = new XSSFReader(pkg);
    Book book = book(reader);
    Optional<Choice> choice = choose(book.sheets(), preferredSheet);
    if (choice.isEmpty()) {
      d.error(
          Location.ofFile(name),
          book.sheets().isEmpty()
              ? "the workbook has no sheets"
              : "the workbook has only hidden sheets; unhide the sheet to read (right-click a sheet"
                    + " tab, Unhide)");
      return Optional.empty();
    }
    SharedText strings = SharedText.read(pkg);
    DateStyles styles = dateStyles(pkg);
    boolean byName = preferredSheet != null && Names.header(choice.get().sheet().name()).equals(Names.header(preferredSheet));
    if (!byName) choice = Optional.of(withHeader(choice.get(), preferredSheet, book, reader, strings, styles,
        sinks.sink(null)));
    SheetRef sheet = choice.get().sheet();
    if (book.sheets().size() > 1) {
      // The sheet named as documented is read without doubt: a note (other sheets are a place to
      // keep clients who stopped). A first sheet taken for want of one is a guess: a warning.
      boolean named = preferredSheet != null && Names.header(sheet.name()).equals(Names.header(preferredSheet));
      String text = "the workbook has "
              + book.sheets().size()
              + " sheets ("
              + listSheets(book.sheets())
              + "); read \""
              + sheet.name()
              + "\" "
              + choice.get().why();
      if (named) d.info(Location.ofSheet(name, sheet.name()), text);
      else d.warning(Location.ofSheet(name, sheet.name()), text
          + alsoWithHeader(sheet, preferredSheet, book, reader, strings, styles, sinks.sink(null)));
    }
    TableBuilder sink = sinks.sink(sheet.name());
    sink.date1904(book.date1904());
    if (sink.wantsLinks()) sink.hyperlinks(hyperlinks(pkg, reader, sheet.relId()));
    SheetHandler handler =
        new SheetHandler(strings, styles, book.date1904(), book.recalculate(), false, sink);
    try (InputStream in = reader.getSheet(sheet.relId())) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(in));
    } catch (Stop stop) {
      // the sink asked to stop: the header was unusable, already reported
    }
    // a title merged above the header, which many rosters have, gets no warning: the sheet is not read again for it
    List<String> warned = handler.merged.stream().filter(r -> !aboveHeader(r, sink)).toList();
    Map<String, MergedValues.Hidden> hidden =
        warned.isEmpty() ? Map.of() : MergedValues.of(reader, sheet.relId(), warned);
    handler.reportMerged(name, sheet.name(), d, sink, warned, hidden);
    return Optional.of(sheet.name());
  }

  /**
   * The first visible sheet, taken for want of one with the usual name, when its first rows name a
   * required column; else the first other visible sheet whose first rows do (a workbook whose first
   * sheet holds instructions, and the clients the second): reading the first would refuse the file
   * for a header it does not have. The first sheet still, when no sheet has such a header.
   */
  private static Choice withHeader(Choice first, String preferred, Book book, XSSFReader reader, SharedText strings, DateStyles styles,
      TableBuilder spec) throws Exception {
    if (book.sheets().stream().filter(s -> !s.hidden()).count() < 2 || hasHeader(first.sheet(), book, reader, strings,
        styles, spec)) {
      return first;
    }
    for (SheetRef s : book.sheets()) {
      if (s.hidden() || s == first.sheet() || !hasHeader(s, book, reader, strings, styles, spec)) continue;
      return new Choice(s, "because its first rows name the columns " + String.join(", ", spec.requiredColumns())
          + " and those of the first visible sheet, \"" + first.sheet().name() + "\", do not"
          + (preferred == null ? "" : "; name it \"" + preferred + "\" to be sure"));
    }
    return first;
  }

  /**
   * For the warning on a sheet taken for want of one with the usual name: the other visible sheets
   * whose first rows name most of the required columns too, which are not read (a chain's roster kept as one
   * sheet per gym would otherwise make the first gym's programs alone, with exit code 0); "" when
   * there are none. A sheet of drills or programs looked up beside the clients, that names a column
   * or two of theirs ("name", "program"), is not one of them.
   */
  private static String alsoWithHeader(SheetRef read, String preferred, Book book, XSSFReader reader,
      SharedText strings, DateStyles styles, TableBuilder spec) throws Exception {
    List<String> others = new ArrayList<>();
    for (SheetRef s : book.sheets()) {
      if (!s.hidden() && s != read && hasHeader(s, book, reader, strings, styles, spec::namesMostRequiredColumns)) {
        others.add("\"" + s.name() + "\"");
      }
    }
    if (others.isEmpty()) return "";
    boolean roster = RosterReader.SHEET.equals(preferred);
    return ". " + (others.size() == 1 ? "The sheet " + others.get(0) + " has a header row too, and its rows are not"
            : "The sheets " + Words.and(others) + " have a header row too, and their rows are not")
        + " read: only one sheet of a workbook is. Put every " + (roster ? "client" : "row") + " on one sheet"
        + (roster ? " (with a gym column saying where each trains, for a chain that keeps a sheet per gym)" : "")
        + (preferred == null ? "" : ", or name the sheet to read \"" + preferred + "\"");
  }

  /** Whether one of a sheet's first rows (as many as a title may take, and the header) names a required column. */
  private static boolean hasHeader(SheetRef sheet, Book book, XSSFReader reader, SharedText strings,
      DateStyles styles, TableBuilder spec) throws Exception {
    return hasHeader(sheet, book, reader, strings, styles, spec::namesARequiredColumn);
  }

  /** Whether one of a sheet's first rows (as many as a title may take, and the header) is one {@code header} takes. */
  private static boolean hasHeader(SheetRef sheet, Book book, XSSFReader reader, SharedText strings,
      DateStyles styles, Predicate<List<RawCell>> header) throws Exception {
    if (sheet.relId() == null) return false;
    boolean[] found = {false};
    int[] rows = {0};
    SheetHandler handler = new SheetHandler(strings, styles, book.date1904(), book.recalculate(), false, (row, cells) -> {
      if (cells.stream().allMatch(c -> Cells.isBlank(c.text()))) return true;
      found[0] = header.test(cells);
      return !found[0] && ++rows[0] <= TableBuilder.MAX_TITLE_ROWS;
    });
    try (InputStream in = reader.getSheet(sheet.relId())) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(in));
    } catch (Stop stop) {
      // enough rows seen
    } catch (IllegalArgumentException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      return false; // listed in the workbook but not in the file: no header there
    }
    return found[0];
  }

  /** The most cells one hyperlink range is read for ("A2:A10000" is rare; a whole column is not). */
  private static final int MAX_LINKED_CELLS = 100_000;

  /**
   * The web addresses of the links behind the sheet's cells ({@link TableBuilder#cellKey}): a
   * sheet lists them in its {@code <hyperlinks>} element, after its rows, each naming its address
   * by a relationship of the sheet's part. Empty, without reading the sheet, when the sheet has no
   * link to an address outside the workbook (links within the workbook are not read).
   */
  static Map<Long, String> hyperlinks(OPCPackage pkg, XSSFReader reader, String relId)
      throws Exception {
    org.apache.poi.openxml4j.opc.PackagePart part = sheetPart(pkg, relId);
    if (part == null) return Map.of();
    Map<String, String> targets = new HashMap<>();
    for (org.apache.poi.openxml4j.opc.PackageRelationship r : part.getRelationships()) {
      if (r.getRelationshipType().endsWith("/hyperlink")
          && r.getTargetMode() == org.apache.poi.openxml4j.opc.TargetMode.EXTERNAL) {
        targets.put(r.getId(), r.getTargetURI().toString());
      }
    }
    if (targets.isEmpty()) return Map.of();
    Map<Long, String> out = new HashMap<>();
    DefaultHandler h =
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes a) {
            if (!local.equals("hyperlink")) return;
            String ref = a.getValue("ref");
            String target = targets.get(relationshipId(a));
            if (ref == null || target == null) return;
            String[] ends = ref.split(":");
            try {
              CellReference from = new CellReference(ends[0]);
              CellReference to = new CellReference(ends[ends.length - 1]);
              long cells = (long) (to.getRow() - from.getRow() + 1) * (to.getCol() - from.getCol() + 1);
              if (cells <= 0 || cells > MAX_LINKED_CELLS) return;
              for (int r = from.getRow(); r <= to.getRow(); r++) {
                for (int c = from.getCol(); c <= to.getCol(); c++) {
                  out.putIfAbsent(TableBuilder.cellKey(r + 1, c), target);
                }
              }
            } catch (RuntimeException e) {
              // a reference POI cannot read: that link is not read, the cell keeps its text
            }
          }
        };
    try (InputStream in = reader.getSheet(relId)) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(h);
      xml.parse(new InputSource(in));
    }
    return out;
  }

  /** The part of the sheet the workbook names by {@code relId}; null when there is none. */
  private static org.apache.poi.openxml4j.opc.PackagePart sheetPart(OPCPackage pkg, String relId)
      throws Exception {
    var core = pkg.getRelationshipsByType(
        org.apache.poi.openxml4j.opc.PackageRelationshipTypes.CORE_DOCUMENT);
    if (core.isEmpty()) {
      core = pkg.getRelationshipsByType(
          org.apache.poi.openxml4j.opc.PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    if (core.isEmpty() || relId == null) return null;
    org.apache.poi.openxml4j.opc.PackagePart workbook = pkg.getPart(core.getRelationship(0));
    if (workbook == null) return null;
    org.apache.poi.openxml4j.opc.PackageRelationship rel = workbook.getRelationship(relId);
    return rel == null ? null : workbook.getRelatedPart(rel);
  }

  /** The workbook's date styles; none when it has no styles part (every number stays a number). */
  static DateStyles dateStyles(OPCPackage pkg) throws Exception {
    List<org.apache.poi.openxml4j.opc.PackagePart> parts =
        pkg.getPartsByContentType(org.apache.poi.xssf.usermodel.XSSFRelation.STYLES.getContentType());
    if (parts.isEmpty()) return DateStyles.NONE;
    try (InputStream in = parts.get(0).getInputStream()) {
      return DateStyles.read(in);
    }
  }

  /** Creates the sink once the sheet's name is known (cell locations carry it). */
  interface SinkFactory {
    TableBuilder sink(String sheet);
  }

  static Optional<Choice> choose(List<SheetRef> sheets, String preferred) {
    if (preferred != null) {
      for (SheetRef s : sheets) {
        if (!s.hidden() && Names.header(s.name()).equals(Names.header(preferred))) {
          return Optional.of(new Choice(s, "because it is named \"" + preferred + "\""));
        }
      }
    }
    boolean hiddenPreferred =
        preferred != null
            && sheets.stream()
                .anyMatch(
                    s -> s.hidden() && Names.header(s.name()).equals(Names.header(preferred)));
    String why =
        preferred == null
            ? "because it is the first visible sheet"
            : hiddenPreferred
                ? "because it is the first visible sheet (the sheet named \""
                    + preferred
                    + "\" is hidden and was skipped)"
                : "because it is the first visible sheet and no sheet is named \""
                    + preferred
                    + "\"";
    return sheets.stream().filter(s -> !s.hidden()).findFirst().map(s -> new Choice(s, why));
  }

  private static String listSheets(List<SheetRef> sheets) {
    List<String> names = new ArrayList<>();
    for (SheetRef s : sheets) names.add(s.hidden() ? s.name() + " (hidden)" : s.name());
    return String.join(", ", names);
  }

  /**
   * The sheets a workbook file lists, hidden ones included, in its order; empty when it cannot be
   * opened (reading it says why).
   */
  static List<SheetRef> sheets(java.nio.file.Path file) {
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ);
      return book(new XSSFReader(pkg)).sheets();
    } catch (Exception e) {
      return List.of();
    } finally {
      if (pkg != null) pkg.revert();
    }
  }

  static Book book(XSSFReader reader)
      throws IOException, SAXException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
    List<SheetRef> sheets = new ArrayList<>();
    boolean[] date1904 = {false};
    boolean[] recalculate = {false};
    DefaultHandler h =
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes a) {
            if (local.equals("sheet")) {
              String state = a.getValue("state");
              String relId = relationshipId(a);
              sheets.add(
                  new SheetRef(
                      a.getValue("name"), relId, state != null && !state.equals("visible")));
            } else if (local.equals("workbookPr")) {
              String v = a.getValue("date1904");
              date1904[0] = "1".equals(v) || "true".equals(v);
            } else if (local.equals("calcPr")) {
              String v = a.getValue("fullCalcOnLoad");
              recalculate[0] = "1".equals(v) || "true".equals(v);
            }
          }
        };
    try (InputStream in = reader.getWorkbookData()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(h);
      xml.parse(new InputSource(in));
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException(e);
    }
    return new Book(sheets, date1904[0], recalculate[0]);
  }

  /** The sheet's r:id, whichever relationships namespace (transitional or strict) it uses. */
  private static String relationshipId(Attributes a) {
    for (int i = 0; i < a.getLength(); i++) {
      if (a.getLocalName(i).equals("id") && a.getURI(i).contains("relationships")) return a.getValue(i);
    }
    return null;
  }

  /** Thrown through the SAX parser when the sink wants no more rows. */
  static final class Stop extends SAXException {
    Stop() {
      super("stop");
    }
  }

  /** Whether merged {@code range} ({@code A1:F1}) starts above the header row, as a title does. */
  private static boolean aboveHeader(String range, TableBuilder sink) {
    try {
      return sink.aboveHeader(new CellReference(range.split(":")[0]).getRow() + 1);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Collects the cells of one row at a time from a worksheet's XML. */
  static final class SheetHandler extends DefaultHandler {
    private final SharedText strings;
    private final DateStyles styles;
    private final boolean date1904;
    private final boolean recalculate;
    private final boolean asShown;
    private final RowSink sink;
    final List<String> merged = new ArrayList<>();
    /** Made for the first number with a format other than General. */
    private DataFormatter formatter;

    private List<RawCell> cells = new ArrayList<>();
    private int rowNumber;
    private int nextRow = 1;
    private int nextColumn;
    private String ref;
    private String type;
    private int style;
    private boolean formula;
    /** Inside the cell's {@code <f>}, its text so far, and its {@code t} and {@code si} attributes. */
    private boolean inFormula;
    private final StringBuilder formulaText = new StringBuilder();
    private String formulaType;
    private String sharedIndex;
    /**
     * The HYPERLINK calls of the shared formulas read so far, by their {@code si}: a formula filled
     * down is stored once, in its first cell, and the cells below name it by index only.
     */
    private final Map<String, HyperlinkFormula> sharedLinks = new HashMap<>();
    /** What the current cell's formula says of a link's address; null when it is no HYPERLINK call. */
    private HyperlinkFormula link;
    /** Whether the cell has a {@code <v>} element, empty or not. */
    private boolean hasValue;
    private boolean inValue;
    private boolean inInline;
    /** Inside a {@code <t>} of an inline string, and inside a phonetic run (not shown text). */
    private boolean inText;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();

    /**
     * @param recalculate the workbook asks to be recalculated when opened: every formula cell is
     *     {@link Unreadable#STALE_RESULT}, whatever result it saved
     * @param asShown a number's text as its cell's number format shows it ({@code 12.50} under
     *     {@code 0.00}), for messages that quote what a client sees; otherwise its digits as
     *     General shows them ({@code 12.5})
     */
    SheetHandler(SharedText strings, DateStyles styles, boolean date1904, boolean recalculate,
        boolean asShown, RowSink sink) {
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
      this.recalculate = recalculate;
      this.asShown = asShown;
      this.sink = sink;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      switch (local) {
        case "row" -> {
          String r = a.getValue("r");
          rowNumber = r == null ? nextRow : Integer.parseInt(r);
          cells = new ArrayList<>();
          nextColumn = 0;
          String hidden = a.getValue("hidden");
          if ("1".equals(hidden) || "true".equals(hidden)) sink.hiddenRow(rowNumber);
        }
        case "c" -> {
          ref = a.getValue("r");
          type = a.getValue("t");
          String s = a.getValue("s");
          style = s == null ? 0 : Integer.parseInt(s);
          formula = false;
          hasValue = false;
          value.setLength(0);
          inline.setLength(0);
        }
        case "v" -> {
          inValue = true;
          hasValue = true;
        }
        case "f" -> {
          formula = true;
          inFormula = true;
          formulaText.setLength(0);
          formulaType = a.getValue("t");
          sharedIndex = a.getValue("si");
        }
        case "is" -> inInline = true;
        case "t" -> inText = inInline;
        case "rPh" -> inPhonetic = inInline;
        case "mergeCell" -> merged.add(a.getValue("ref"));
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) value.append(ch, start, length);
      else if (inText && !inPhonetic) inline.append(ch, start, length);
      else if (inFormula) formulaText.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      switch (local) {
        case "v" -> inValue = false;
        case "f" -> inFormula = false;
        case "is" -> inInline = false;
        case "t" -> inText = false;
        case "rPh" -> inPhonetic = false;
        case "c" -> endCell();
        case "row" -> {
          nextRow = rowNumber + 1;
          if (!sink.row(rowNumber, cells)) throw new Stop();
        }
        default -> {}
      }
    }

    private void endCell() {
      // Some writers leave out the reference; a cell then follows the previous one. So does a
      // cell whose reference names no column a sheet can have.
      int column = ref == null ? -1 : column(ref);
      if (column < 0 || column > MAX_COLUMN) column = nextColumn;
      nextColumn = column + 1;
      link = formula ? hyperlinkFormula() : null;
      String v = value.toString();
      if ("inlineStr".equals(type)) {
        add(column, SharedText.decode(inline.toString()), null);
      } else if (formula && recalculate) {
        add(column, "", Unreadable.STALE_RESULT);
      } else if (formula && v.isEmpty() && !("str".equals(type) && hasValue)) {
        // the table layer reports it: a warning, or an error under a column that matters. A text
        // result may be empty: Excel saves =IF(A2="","",A2) on an empty A2 as t="str", <v></v>.
        add(column, "", Unreadable.NO_SAVED_RESULT);
      } else if (v.isEmpty()) {
        return;
      } else if ("s".equals(type)) {
        add(column, strings.get(Integer.parseInt(v.trim())), null);
      } else if ("str".equals(type)) {
        add(column, v, null);
      } else if ("b".equals(type)) {
        boolean b = v.trim().equals("1");
        add(column, b ? "TRUE" : "FALSE", b);
      } else if ("e".equals(type)) {
        add(column, "", Unreadable.showing(v.strip()));
      } else if ("d".equals(type)) {
        Fields.DateParse p = Fields.parseDate(v);
        if (p.date() != null) add(column, p.date().toString(), p.date());
        else add(column, v, null);
      } else {
        number(column, v);
      }
    }

    /**
     * The current cell's HYPERLINK call: read from its formula, or, for a cell of a shared formula
     * that stores no text of its own, from the formula's first cell (text in quotes does not change
     * from cell to cell as references do).
     */
    private HyperlinkFormula hyperlinkFormula() {
      boolean shared = "shared".equals(formulaType) && sharedIndex != null;
      if (formulaText.length() == 0) return shared ? sharedLinks.get(sharedIndex) : null;
      HyperlinkFormula h = HyperlinkFormula.of(formulaText.toString());
      if (shared && h != null) sharedLinks.put(sharedIndex, h);
      else if (shared) sharedLinks.remove(sharedIndex);
      return h;
    }

    /** The last column a sheet can have (XFD). */
    private static final int MAX_COLUMN = 16383;

    /**
     * The 0-based column of a reference such as "AB12" or "ab12" (CellReference parses with a
     * regex); -1 when it starts with no letter, and past {@link #MAX_COLUMN} when it has too many.
     */
    static int column(String ref) {
      int col = 0;
      for (int i = 0; i < ref.length() && col <= MAX_COLUMN + 1; i++) {
        char c = Character.toUpperCase(ref.charAt(i));
        if (c >= 'A' && c <= 'Z') col = col * 26 + (c - 'A' + 1);
        else if (c != '$') break;
      }
      return col - 1;
    }

    private void number(int column, String v) {
      double n;
      try {
        n = Double.parseDouble(v.trim());
      } catch (NumberFormatException e) {
        add(column, v, null);
        return;
      }
      if (isDateStyle(style) && DateUtil.isValidExcelDate(n)) {
        if (n < 1) {
          // A serial under 1 is a time of day without a date (12:00 is 0.5); read as a date it
          // would be the day before 1900-01-01.
          LocalTime time = DateUtil.getLocalDateTime(n, date1904, true).toLocalTime();
          add(column, time.toString(), time);
        } else {
          // the day a spreadsheet shows: 23:59:59.6 is still that day, not rounded into the next
          LocalDate day = DateUtil.getLocalDateTime(n, date1904, false).toLocalDate();
          String shown = asShown ? shown(n, style, styles.dateFormat(style)) : null;
          add(column, shown == null ? day.toString() : shown, day);
        }
      } else {
        String text = NumberToTextConverter.toText(n);
        DateStyles.Format format = styles.format(style);
        String shown = format == null ? null : shown(n, style, format);
        // 70% typed in a cell is 0.7 shown as 70%: the percentage is what was typed, not display;
        // decimals of zero are the format's (0.00% shows 70.00%), not typed
        if (!asShown && shown != null && percent(format)) add(column, ZERO_DECIMALS.matcher(shown).replaceFirst("$1"), n);
        else if (!asShown) add(column, text, n, zeroPadded(text, shown));
        else if (shown != null) add(column, shown, n);
        else add(column, general(n, text), n);
      }
    }

    /** The decimals of a percentage that are all zero ({@code 70.00%}), and the sign after them. */
    private static final Pattern ZERO_DECIMALS = Pattern.compile("\\.0+(\\s*%)");

    /** Whether a number format shows a percentage: a {@code %} outside its quoted text. */
    private static boolean percent(DateStyles.Format f) {
      return f.code() != null && f.code().replaceAll("\"[^\"]*\"", "").contains("%");
    }

    /**
     * The shown text when it is the digits with leading zeros ("00123" for 123), else null. Only
     * that reading is kept: a thousands separator or decimals ("1,001", "1001.00") are display,
     * and taking them would change an id that earlier runs already used for a folder.
     */
    private static String zeroPadded(String digits, String shown) {
      if (shown == null || shown.length() <= digits.length() || !shown.endsWith(digits)) return null;
      if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) return null;
      for (int i = 0; i < shown.length() - digits.length(); i++) if (shown.charAt(i) != '0') return null;
      return shown;
    }

    /**
     * How the number is displayed under its style's number format {@code f}: 123 formatted {@code
     * 00000} shows {@code 00123}, which is what an id column means; null when {@code f} is null.
     */
    private String shown(double n, int style, DateStyles.Format f) {
      if (f == null) return null;
      if (formatter == null) formatter = new DataFormatter(Locale.ROOT);
      try {
        return formatter.formatRawCellContents(n, f.id(), f.code(), date1904);
      } catch (RuntimeException e) {
        return null; // a format POI cannot apply: the digits are the best reading
      }
    }

    /**
     * A number as a spreadsheet's General format shows it in a cell: at most about eleven
     * characters ({@code 1.23457E+12}, {@code 12.3456789}). A whole number of up to eleven digits
     * is its digits, and needs no formatter.
     */
    private String general(double n, String digits) {
      if (n == Math.rint(n) && Math.abs(n) < 1e11) return digits;
      if (formatter == null) formatter = new DataFormatter(Locale.ROOT);
      return formatter.formatRawCellContents(n, 0, "General", date1904);
    }

    private void add(int column, String text, Object typed) {
      add(column, text, typed, null);
    }

    private void add(int column, String text, Object typed, String shown) {
      cells.add(new RawCell(column, text, typed, shown, link, formula));
    }

    private boolean isDateStyle(int index) {
      return styles.isDate(index);
    }

    /**
     * One warning per merged range of {@code warned} (a few listed, the rest counted), each also the
     * warning of every client whose row the range covers ({@link TableBuilder#warnRows}); the ranges
     * of a title above the header row are not among them.
     */
    void reportMerged(String file, String sheet, Diagnostics d, TableBuilder sink, List<String> warned,
        Map<String, MergedValues.Hidden> hidden) {
      for (String range : merged) {
        String[] ends = range.split(":");
        if (ends.length != 2) continue;
        CellReference from = new CellReference(ends[0]);
        CellReference to = new CellReference(ends[1]);
        sink.mergedHeader(range, from.getRow() + 1, from.getCol(), to.getCol());
      }
      CellWarnings ranges = new CellWarnings(MAX_LISTED,
          n -> n + (n == 1 ? " more merged range" : " more merged ranges"));
      for (String range : warned) {
        String[] ends = range.split(":");
        CellReference first = new CellReference(ends[0]);
        int last = ends.length == 2 ? new CellReference(ends[1]).getRow() : first.getRow();
        sink.warnRows(ranges, first.getRow() + 1, last + 1, first.getCol(),
            MergedValues.warning(range, first.formatAsString(false), hidden.getOrDefault(range, MergedValues.NONE)));
      }
      ranges.finish(d, Location.ofSheet(file, sheet));
    }
  }
}
