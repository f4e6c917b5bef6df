package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {
  @TempDir Path dir;
  final Diagnostics d = new Diagnostics();

  private Path csv(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private List<String> lines() {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  @Test
  void readsCommaCsvWithQuotedFieldsAndLocations() throws IOException {
    Path f =
        csv(
            "roster.csv",
            "Client ID,Name,Notes\nc1,\"Núñez, Ana\",\"says \"\"hi\"\"\"\n\n c2 ,Zoë,\n");
    Table t = TableReader.read(f, null, d).orElseThrow();
    assertThat(lines()).isEmpty();
    assertThat(t.file()).isEqualTo("roster.csv");
    assertThat(t.sheet()).isNull();
    assertThat(t.headers()).containsExactly("Client ID", "Name", "Notes");
    assertThat(t.rows()).hasSize(2);
    Row r1 = t.rows().get(0);
    assertThat(r1.text("client_id")).isEqualTo("c1");
    assertThat(r1.text("name")).isEqualTo("Núñez, Ana");
    assertThat(r1.text("notes")).isEqualTo("says \"hi\"");
    assertThat(r1.at("name").toString()).isEqualTo("roster.csv: B2 (Name)");
    Row r2 = t.rows().get(1);
    assertThat(r2.text("client_id")).isEqualTo("c2");
    assertThat(r2.location().row()).isEqualTo(4);
    assertThat(r2.at("notes").toString()).as("an empty cell, named as a filled one is").isEqualTo("roster.csv: C4 (Notes)");
  }

  @Test
  void readsSemicolonCsvWithBom() throws IOException {
    Path f = dir.resolve("r.csv");
    Files.write(
        f, ("\uFEFFclient_id;name;weight\nc1;Łukasz;8,5\n").getBytes(StandardCharsets.UTF_8));
    Table t = TableReader.read(f, null, d).orElseThrow();
    assertThat(t.headers()).containsExactly("client_id", "name", "weight");
    assertThat(t.rows().get(0).text("weight")).isEqualTo("8,5");
    assertThat(t.rows().get(0).text("name")).isEqualTo("Łukasz");
  }

  @Test
  void readsWindows1252WithAWarning() throws IOException {
    Path f = dir.resolve("r.csv");
    Files.write(f, "id,name\nc1,Zoë\n".getBytes("windows-1252"));
    Table t = TableReader.read(f, null, d).orElseThrow();
    assertThat(t.rows().get(0).text("name")).isEqualTo("Zoë");
    assertThat(lines())
        .containsExactly(
            "r.csv: warning: the file is not UTF-8; read it as Windows-1252. Save it as \"CSV"
                + " UTF-8\" to be sure accents are read right");
  }

  /**
   * Found by the corpus of trainers' own files (2026-11-25): Excel for Mac's "CSV (Macintosh)"
   * writes Mac Roman, with lines ending in a carriage return alone; it was read as Windows-1252,
   * so "Zoë" printed as "Zo‘" and "José" as "JosŽ" on the handouts, with only a warning about the
   * file. A file with Windows's line ends is still read as Windows-1252.
   */
  @Test
  void readsExcelForMacCsvAsMacRomanWithAWarning() throws IOException {
    Path f = dir.resolve("mac.csv");
    Files.write(f, "id,name\rc1,Zoë\rc2,José Núñez\rc3,Sørensen\r".getBytes("x-MacRoman"));
    Table t = TableReader.read(f, null, d).orElseThrow();
    assertThat(t.rows()).extracting(r -> r.text("name")).containsExactly("Zoë", "José Núñez", "Sørensen");
    assertThat(lines()).containsExactly("mac.csv: warning: the file is not UTF-8; its lines end as Excel for Mac's"
        + " \"CSV (Macintosh)\" ends them, so it is read as that format's Mac Roman. Save it as \"CSV UTF-8\" to be"
        + " sure accents are read right");

    Path w = dir.resolve("w.csv");
    Files.write(w, "id,name\r\nc1,Zoë\r\n".getBytes("windows-1252"));
    assertThat(TableReader.read(w, null, new Diagnostics()).orElseThrow().rows().get(0).text("name")).isEqualTo("Zoë");
  }

  @Test
  void aUtf8FileWithOneWindows1252NameStaysUtf8AndNamesThatCell() throws IOException {
    Path f = dir.resolve("r.csv");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write("id,name\nc1,Zoë Martin\nc2,Łukasz\nc3,Ren".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9); // é in Windows-1252, not UTF-8
    bytes.write("e Blanc\nc4,Siobhán\n".getBytes(StandardCharsets.UTF_8));
    Files.write(f, bytes.toByteArray());
    Table t = TableReader.read(f, null, d).orElseThrow();
    assertThat(t.rows()).extracting(r -> r.text("name"))
        .containsExactly("Zoë Martin", "Łukasz", "Renée Blanc", "Siobhán");
    assertThat(lines())
        .containsExactly(
            "r.csv: B4 (name): warning: this cell is not written in UTF-8 like the rest of the file;"
                + " read it as Windows-1252, giving \"Renée Blanc\". Check it, and save the file as"
                + " \"CSV UTF-8\" to be sure accents are read right");
  }

  /**
   * Found in review: a cell's warning that many cells may give is its client's when the cell is on a
   * client's row, whether it is said at the cell or counted in the line after the first 20; a cell
   * on a row of no client (a title) is only counted.
   */
  @Test
  void aCellsWarningOnAClientsRowIsTheirsWhetherSaidOrCounted() throws IOException {
    Path f = dir.resolve("r.csv");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write("Clients for Ren".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9); // é in Windows-1252, not UTF-8, in the title above the header
    bytes.write("e,\nclient_id,name\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i <= 22; i++) {
      bytes.write(("c" + i + ",Zoë Núñez Ren").getBytes(StandardCharsets.UTF_8));
      bytes.write(0xE9);
      bytes.write("e\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(f, bytes.toByteArray());
    TableReader.read(f, null, Columns.of(List.of("client_id", "name"), List.of()), d).orElseThrow();
    List<Diagnostic> warnings = d.all().stream().filter(x -> x.message().contains("UTF-8")).toList();
    // the title's cell and the first 19 clients' said at the cell, the next 3 counted as the clients'
    assertThat(warnings).hasSize(24);
    assertThat(warnings.get(0).clientId()).isNull();
    assertThat(warnings.subList(1, 23)).allSatisfy(x -> {
      assertThat(x.clientId()).isEqualTo("c" + (x.location().row() - 2));
      assertThat(x.counted()).isEqualTo(x.location().row() > 21);
    });
    assertThat(warnings.get(23)).satisfies(x -> {
      assertThat(x.format()).isEqualTo("r.csv: warning: 3 more cells are not written in UTF-8 and were read as Windows-1252");
      assertThat(x.counting()).isTrue();
    });
  }

  @Test
  void aWindows1252NameInAUtf8FileWithAByteOrderMarkIsNamedToo() throws IOException {
    Path f = dir.resolve("r.csv");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel's "CSV UTF-8"
    bytes.write("id,name\nc1,Zoë Martin\nc2,Ren".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.write("e Blanc\n".getBytes(StandardCharsets.UTF_8));
    Files.write(f, bytes.toByteArray());
    Table t = TableReader.read(f, null, d).orElseThrow();
    assertThat(t.rows()).extracting(r -> r.text("name")).containsExactly("Zoë Martin", "Renée Blanc");
    assertThat(lines()).singleElement().asString().startsWith("r.csv: B3 (name): warning: this cell is not written"
        + " in UTF-8");
  }

  @Test
  void aFileOfWindows1252AccentsWithOneAccidentalUtf8PairIsStillWindows1252() throws IOException {
    Path f = dir.resolve("r.csv");
    // "Ã©" is C3 A9 in Windows-1252, which is also "é" in UTF-8; the other accents are not UTF-8
    Files.write(f, "id,name\nc1,Zoë\nc2,Renée\nc3,AÃ©\n".getBytes("windows-1252"));
    Table t = TableReader.read(f, null, d).orElseThrow();
    assertThat(t.rows()).extracting(r -> r.text("name")).containsExactly("Zoë", "Renée", "AÃ©");
    assertThat(lines()).hasSize(1).allMatch(l -> l.contains("read it as Windows-1252"));
  }

  @Test
  void readsXlsxTypedCells() throws IOException {
    Path f =
        Xlsx.write(
            dir.resolve("roster.xlsx"),
            "Clients",
            new Object[] {"client_id", "start_date", "weeks", "load", "ok"},
            new Object[] {"c1", LocalDate.of(2026, 12, 1), 4, 8.5, true},
            new Object[] {},
            new Object[] {"c2", "2026-12-03", "12", null, null});
    Table t = TableReader.read(f, "clients", d).orElseThrow();
    assertThat(lines()).isEmpty();
    assertThat(t.sheet()).isEqualTo("Clients");
    Row r = t.rows().get(0);
    assertThat(r.cell("start_date").orElseThrow().value()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(r.text("start_date")).isEqualTo("2026-12-01");
    assertThat(r.text("weeks")).isEqualTo("4");
    assertThat(r.cell("weeks").orElseThrow().value()).isEqualTo(4.0);
    assertThat(r.text("load")).isEqualTo("8.5");
    assertThat(r.cell("ok").orElseThrow().value()).isEqualTo(true);
    assertThat(r.at("weeks").toString()).isEqualTo("roster.xlsx: Clients!C2 (weeks)");
    Row r2 = t.rows().get(1);
    assertThat(r2.location().row()).isEqualTo(4);
    assertThat(r2.cell("start_date").orElseThrow().value()).isNull();
    assertThat(r2.at("load").toString()).isEqualTo("roster.xlsx: Clients!D4 (load)");
  }

  @Test
  void missingFileIsOneError() {
    Optional<Table> t = TableReader.read(dir.resolve("nope.csv"), null, d);
    assertThat(t).isEmpty();
    assertThat(d.all()).hasSize(1);
    assertThat(lines().get(0)).startsWith("nope.csv: file not found: ");
    assertThat(TableReader.isWholeFile(d.all().get(0))).isTrue();
  }

  @Test
  void emptyAndHeaderOnlyFiles() throws IOException {
    assertThat(TableReader.read(csv("a.csv", ""), null, d)).isEmpty();
    assertThat(TableReader.read(csv("b.csv", "\n  \n"), null, d)).isEmpty();
    assertThat(TableReader.read(csv("c.csv", "id,name\n"), null, d)).isEmpty();
    assertThat(lines())
        .containsExactly(
            "a.csv: the file is empty (0 bytes), as a save, download or copy that did not finish leaves it; save or"
                + " download it again from Excel or Google Sheets",
            "b.csv: the file is empty: expected a header row and data rows",
            "c.csv: has a header row but no data rows");
  }

  @Test
  void columnSpecReportsMissingAndUnknownOnce() throws IOException {
    Path f = csv("r.csv", "clientid_x,Name,colour,shoe size\na,b,c,d\ne,f,g,h\n");
    Columns spec = Columns.of(List.of("client_id", "name"), List.of("notes"));
    assertThat(TableReader.read(f, null, spec, d)).isEmpty();
    assertThat(lines())
        .containsExactly(
            "r.csv: the required column client_id is missing; the header row, row 1, has \"clientid_x\","
                + " \"Name\", \"colour\", \"shoe size\"; rename \"clientid_x\" to client_id if that is the column meant",
            // the header the error asks to rename is not said again as an unknown column
            "r.csv: C1 (colour): warning: unknown column \"colour\" ignored; known columns are"
                + " client_id, name, notes",
            "r.csv: D1 (shoe size): warning: unknown column \"shoe size\" ignored");
  }

  @Test
  void aMissingColumnIsMatchedToAnUnknownHeaderThatBeginsLikeIt() throws IOException {
    Path f = csv("s.csv", "phase,slot,dosage,colour\na,b,c,d\n");
    Columns spec = Columns.of(List.of("phase", "slot", "dose"), List.of());
    assertThat(TableReader.read(f, null, spec, d)).isEmpty();
    assertThat(lines()).first().isEqualTo("s.csv: the required column dose is missing; the header row, row 1, has"
        + " \"phase\", \"slot\", \"dosage\", \"colour\"; rename \"dosage\" to dose if that is the column meant");
    assertThat(TableBuilder.sharedStart("dose", List.of("dosage", "dosing"))).as("two candidates: no guess").isEmpty();
    assertThat(TableBuilder.sharedStart("role", List.of("ro"))).as("too short to say").isEmpty();
  }

  @Test
  void duplicateHeadersAreAnError() throws IOException {
    Path f = csv("r.csv", "id,Name,name\n1,2,3\n");
    assertThat(TableReader.read(f, null, d)).isEmpty();
    assertThat(lines())
        .containsExactly(
            "r.csv: the column \"Name\" appears 2 times (B1, C1); keep one and rename or delete the"
                + " others");
  }

  @Test
  void controlCharactersAreStrippedAndLongCellsOfStrictColumnsSkipTheRow() throws IOException {
    String big = "x".repeat(10_000);
    Path f = csv("r.csv", "id,notes\na,bell\u0007here\u202E\nb," + big + "\nc,ok\n");
    Table t = TableReader.read(f, null, Columns.of(List.of("id"), List.of("notes")).strict(List.of("notes")), d)
        .orElseThrow();
    assertThat(t.rows()).extracting(r -> r.text("id")).containsExactly("a", "c");
    assertThat(t.rows().get(0).text("notes")).isEqualTo("bellhere");
    assertThat(lines())
        .containsExactly(
            "r.csv: B2 (notes): warning: removed 2 control or invisible characters (U+0007,"
                + " U+202E)",
            "r.csv: B3 (notes): the cell holds 10000 characters, more than the 2000 allowed; this"
                + " row is skipped");
  }

  @Test
  void excelSepLineAndTabsAndUtf16() throws IOException {
    Table t = TableReader.read(csv("a.csv", "sep=;\nid;name\n1;Zoë\n"), null, d).orElseThrow();
    assertThat(t.headers()).containsExactly("id", "name");
    assertThat(t.rows().get(0).at("name").toString()).isEqualTo("a.csv: B2 (name)");
    Path tsv = dir.resolve("b.csv");
    Files.write(tsv, ("\uFEFFid\tname\n2\tNúñez\n").getBytes(StandardCharsets.UTF_16LE));
    Files.write(
        tsv,
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "id\tname\n2\tNúñez\n".getBytes(StandardCharsets.UTF_16LE)));
    Table u = TableReader.read(tsv, null, d).orElseThrow();
    assertThat(u.rows().get(0).text("name")).isEqualTo("Núñez");
    assertThat(lines()).isEmpty();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void picturesAndRandomBytesRenamedCsvAreBinaryButAFewNulsAreNot() throws IOException {
    CorpusFiles.smallPng(dir.resolve("picture.csv"));
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Files.write(dir.resolve("noise.csv"), noise);
    Files.writeString(
        dir.resolve("text.csv"),
        "id,notes\n"
            + "1,prefers mornings\n".repeat(8)
            + "2,a\u0007b\n3,x\u0000y\n4,\u0000\u0000z\n");
    assertThat(TableReader.looksBinary(dir.resolve("picture.csv"))).isTrue();
    assertThat(TableReader.looksBinary(dir.resolve("noise.csv"))).isTrue();
    assertThat(TableReader.looksBinary(dir.resolve("text.csv"))).isFalse();
    // control bytes with no NUL among them (found in review: read as an empty file)
    byte[] separators = new byte[8000];
    java.util.Arrays.fill(separators, (byte) 0x1C);
    Files.write(dir.resolve("separators.xlsx"), separators);
    assertThat(TableReader.looksBinary(dir.resolve("separators.xlsx"))).isTrue();
    Files.writeString(dir.resolve("bell.csv"), "id,notes\n1,a\u0007b\n");
    assertThat(TableReader.looksBinary(dir.resolve("bell.csv"))).isFalse();
  }

  @Test
  void wrongKindsOfFile() throws IOException {
    Files.write(dir.resolve("junk.csv"), new byte[] {1, 2, 0, 4, 5, 0, 7, 8, 9});
    Files.createDirectory(dir.resolve("folder.csv"));
    java.util.zip.ZipOutputStream z =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve("a.zip")));
    z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
    z.write("hello".getBytes(StandardCharsets.UTF_8));
    z.close();
    java.util.zip.ZipOutputStream o =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve("r.ods")));
    java.util.zip.ZipEntry mime = new java.util.zip.ZipEntry("mimetype");
    mime.setMethod(java.util.zip.ZipEntry.STORED);
    byte[] type =
        "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
    mime.setSize(type.length);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(type);
    mime.setCrc(crc.getValue());
    o.putNextEntry(mime);
    o.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
    o.close();
    for (String f : List.of("junk.csv", "folder.csv", "a.zip", "r.ods"))
      TableReader.read(dir.resolve(f), null, d);
    assertThat(lines())
        .containsExactly(
            "junk.csv: is not a spreadsheet or CSV file (it holds binary data); give an .xlsx or"
                + " .csv file",
            "folder.csv: is a folder, not a file",
            "a.zip: is a zip file but not an Excel workbook; give an .xlsx or .csv file",
            "r.ods: is an OpenDocument spreadsheet (.ods); save it as .xlsx (File > Save As > Excel"
                + " 2007-365)");
    assertThat(d.all()).allMatch(TableReader::isWholeFile);
  }

  @Test
  void xlsxCellKindsAndErrors() throws IOException {
    Path f =
        Xlsx.write(
            dir.resolve("k.xlsx"),
            "Sheet1",
            new Object[] {"a", "b", "c", "d"},
            new Object[] {"=1/0", "=2*3", "x", "=A2"},
            new Object[] {"y", 12.5, false, null});
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(f))) {
      var ev = wb.getCreationHelper().createFormulaEvaluator();
      ev.evaluateFormulaCell(wb.getSheetAt(0).getRow(1).getCell(0));
      ev.evaluateFormulaCell(wb.getSheetAt(0).getRow(1).getCell(1));
      Xlsx.save(wb, dir.resolve("k2.xlsx"));
    }
    Table t = TableReader.read(dir.resolve("k2.xlsx"), "Clients", d).orElseThrow();
    assertThat(t.sheet()).isEqualTo("Sheet1");
    assertThat(t.rows().get(0).text("b")).isEqualTo("6");
    assertThat(t.rows().get(0).cell("a")).isEmpty();
    assertThat(t.rows().get(1).text("b")).isEqualTo("12.5");
    assertThat(t.rows().get(1).cell("c").orElseThrow().value()).isEqualTo(false);
    assertThat(lines())
        .containsExactly(
            "k2.xlsx: Sheet1!A2 (a): warning: the cell shows the error #DIV/0!, so it is read as"
                + " empty",
            "k2.xlsx: Sheet1!D2 (d): warning: the formula in this cell has no saved result, so it"
                + " is read as empty; open the file in a spreadsheet app and save it again");
  }

  @Test
  void aDateAndTimeJustBeforeMidnightIsTheDayTheSpreadsheetShows() throws IOException {
    Path f = Xlsx.write(dir.resolve("m.xlsx"), "Clients", new Object[] {"client_id", "start_date"},
        new Object[] {"c1", LocalDate.of(2026, 12, 1)});
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(f))) {
      // 2026-12-01 23:59:59.6: a date cell typed with a time, shown as 2026-12-01
      wb.getSheetAt(0).getRow(1).getCell(1).setCellValue(46357.9999954);
      Xlsx.save(wb, dir.resolve("m2.xlsx"));
    }
    Row r = TableReader.read(dir.resolve("m2.xlsx"), "Clients", d).orElseThrow().rows().get(0);
    assertThat(r.cell("start_date").orElseThrow().value()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void aFormulaWhoseSavedResultIsEmptyTextIsABlankCellNotAMissingResult() throws IOException {
    // Excel saves =IF(A3="","",A3) on an empty A3 as t="str" with an empty <v></v>
    Path f =
        Xlsx.write(
            dir.resolve("s.xlsx"),
            "Sheet1",
            new Object[] {"a", "b"},
            new Object[] {"x", "=IF(A3=\"\",\"\",A3)"});
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(f))) {
      var cell = (org.apache.poi.xssf.usermodel.XSSFCell) wb.getSheetAt(0).getRow(1).getCell(1);
      cell.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
      cell.getCTCell().setV("");
      Xlsx.save(wb, dir.resolve("s2.xlsx"));
    }
    Table t = TableReader.read(dir.resolve("s2.xlsx"), null, d).orElseThrow();
    assertThat(t.rows().get(0).text("a")).isEqualTo("x");
    assertThat(t.rows().get(0).cell("b")).isEmpty();
    assertThat(lines()).isEmpty();
  }

  @Test
  void aRowOfOnlyInvisibleSpacesAboveTheHeaderIsBlank() throws IOException {
    for (String invisible : List.of("\u00A0", "\u200B", "\uFEFF", "\u2007", "\u3000", "\u00A0\u200B ")) {
      Path csv = dir.resolve("r.csv");
      Files.writeString(csv, invisible + ";;\nid;name\nc1;Ann\n");
      Path one = dir.resolve("one.csv");
      Files.writeString(one, invisible + "\nid;name\nc1;Ann\n");
      Path xlsx =
          Xlsx.write(dir.resolve("r.xlsx"), "Clients", new Object[] {null, invisible},
              new Object[] {"id", "name"}, new Object[] {"c1", "Ann"});
      for (Path f : List.of(csv, one, xlsx)) {
        Table t = TableReader.read(f, null, d).orElseThrow();
        assertThat(t.headers()).as(f + " " + invisible.codePointAt(0)).containsExactly("id", "name");
        assertThat(t.rows().get(0).text("name")).isEqualTo("Ann");
      }
    }
    assertThat(lines()).isEmpty();
  }

  @Test
  void titleRowsAboveTheHeaderArePassedOverAndNamed() throws IOException {
    Columns spec = Columns.of(List.of("client_id", "name"), List.of());
    Path f = csv("r.csv", "December roster,,\nHarbour Street,,\n\nclient_id,name\nc1,Ann\n");
    Table t = TableReader.read(f, null, spec, d).orElseThrow();
    assertThat(t.rows()).singleElement().satisfies(r -> {
      assertThat(r.text("client_id")).isEqualTo("c1");
      assertThat(r.location().row()).isEqualTo(5);
    });
    assertThat(lines()).containsExactly("r.csv: row 1: note: rows 1 to 3 are taken as a title above the header (row 4) and ignored");

    Path x = dir.resolve("t.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var sheet = wb.createSheet("Clients");
      Xlsx.fill(wb, sheet, new Object[] {"Clients for December"}, new Object[] {"client_id", "name"},
          new Object[] {"c1", "Ann"});
      // found in review: a title merged across the table was reported as merged client_id cells
      sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("A1:B1"));
      Xlsx.save(wb, x);
    }
    Diagnostics dx = new Diagnostics();
    assertThat(TableReader.read(x, null, spec, dx).orElseThrow().rows()).hasSize(1);
    assertThat(dx.all()).singleElement().extracting(Diagnostic::format).asString()
        .endsWith("row 1: note: row 1 is taken as a title above the header (row 2) and ignored");
  }

  @Test
  void aTitleLineWithoutSeparatorsDoesNotDecideTheSeparator() throws IOException {
    Columns spec = Columns.of(List.of("client_id", "name"), List.of());
    Path f = csv("s.csv", "Harbour Street clients - December\n\nclient_id;name\nc1;\"Núñez, Ana\"\n");
    Table t = TableReader.read(f, null, spec, d).orElseThrow();
    assertThat(t.headers()).containsExactly("client_id", "name");
    assertThat(t.rows().get(0).text("name")).isEqualTo("Núñez, Ana");
    Path g = csv("g.csv", "Harbour Street roster, December\nclient_id;name;notes\nc1;Ann;\"a, b\"\n");
    Table u = TableReader.read(g, null, spec, d).orElseThrow();
    assertThat(u.headers()).containsExactly("client_id", "name", "notes");
    assertThat(u.rows().get(0).text("notes")).isEqualTo("a, b");
    // a cell written over several lines is one cell: its text is not counted as separators
    Path m = csv("m.csv", "client_id;name;notes;email\n"
        + "c1;Zoë;\"Desk job, stiff after long days.\nLeft knee, old injury.\";z@example.com\n"
        + "c2;Ann;foam roller, kettlebell;a@example.com\n");
    Table mt = TableReader.read(m, null, spec, d).orElseThrow();
    assertThat(mt.rows()).extracting(r -> r.text("client_id")).containsExactly("c1", "c2");
    Path n = csv("n.csv", "client_id,notes,name\nc1,\"Post-op:\nleft knee; no jumps\nright hip; no lunges\",Ann\n"
        + "c2,,Bob\n");
    assertThat(TableReader.read(n, null, spec, d).orElseThrow().rows()).extracting(r -> r.text("name"))
        .containsExactly("Ann", "Bob");
    // a data row with more semicolons than the header has commas does not decide the separator
    Path h = csv("h.csv", "client_id,name,notes\nc1,Ann,foam roller; band; step; mini band\n");
    assertThat(TableReader.read(h, null, spec, d).orElseThrow().rows().get(0).text("notes"))
        .isEqualTo("foam roller; band; step; mini band");
  }

  @Test
  void noHeaderWithinTheFirstRowsIsAWrongHeaderAtTheFirst() throws IOException {
    Columns spec = Columns.of(List.of("client_id", "name"), List.of());
    Path f = csv("r.csv", "December roster,,\nid,who\nc1,Ann\n");
    assertThat(TableReader.read(f, null, spec, d)).isEmpty();
    assertThat(lines())
        .containsExactly(
            "r.csv: row 1 (\"December roster\") was read as the header row but names none of the"
                + " required columns client_id, name; the header row must come first, or after a title of at most 5 rows");
    Diagnostics far = new Diagnostics();
    Path g = csv("g.csv", "a\nb\nc\nd\ne\nf\nclient_id,name\nc1,Ann\n");
    assertThat(TableReader.read(g, null, spec, far)).isEmpty();
    assertThat(far.all()).singleElement().extracting(Diagnostic::format).asString().startsWith("g.csv: row 1 (\"a\") was read");
  }

  @Test
  void aWorkbookWithOnlyHiddenSheets() throws IOException {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      Xlsx.fill(wb, wb.createSheet("Clients"), new Object[] {"id"}, new Object[] {"1"});
      Xlsx.fill(wb, wb.createSheet("Other"), new Object[] {"id"}, new Object[] {"2"});
      wb.setSheetHidden(0, true);
      wb.setSheetHidden(1, true);
      Xlsx.save(wb, dir.resolve("h.xlsx"));
    }
    assertThat(TableReader.read(dir.resolve("h.xlsx"), "Clients", d)).isEmpty();
    assertThat(lines())
        .containsExactly(
            "h.xlsx: the workbook has only hidden sheets; unhide the sheet to read (right-click a"
                + " sheet tab, Unhide)");
  }

  @Test
  void repeatedWarningsAreCappedAndCounted() throws IOException {
    StringBuilder csv = new StringBuilder("id,notes\n");
    for (int i = 0; i < 25; i++) csv.append(i).append(",a\u0007b\n");
    TableReader.read(csv("c.csv", csv.toString()), null, d).orElseThrow();
    assertThat(d.all()).hasSize(21);
    assertThat(lines().get(20))
        .isEqualTo("c.csv: warning: removed control or invisible characters from 5 more cells");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var sh = wb.createSheet("Clients");
      Object[][] rows = new Object[9][];
      rows[0] = new Object[] {"id", "a", "b"};
      for (int i = 1; i < 9; i++) rows[i] = new Object[] {"r" + i, "x", null};
      Xlsx.fill(wb, sh, rows);
      for (int i = 2; i <= 8; i++)
        sh.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B" + i + ":C" + i));
      Xlsx.save(wb, dir.resolve("m.xlsx"));
    }
    Diagnostics m = new Diagnostics();
    TableReader.read(dir.resolve("m.xlsx"), "Clients", m).orElseThrow();
    assertThat(m.all())
        .extracting(Diagnostic::format)
        .hasSize(6)
        .startsWith(
            "m.xlsx: Clients!B2 (a): warning: cells B2:C2 are merged; only B2 holds the value and"
                + " the other cells are read as empty. Unmerge them and fill each cell")
        .endsWith("m.xlsx: sheet Clients: warning: 2 more merged ranges");
  }

  /**
   * Found by InputFuzzTest (a range merged over cells that still hold values, as LibreOffice saves
   * them when told to keep the contents of the hidden cells): the warning said the other cells were
   * read as empty, while their values were read.
   */
  @Test
  void aRangeMergedOverCellsThatHoldValuesSaysTheyAreRead() throws IOException {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var sh = wb.createSheet("Clients");
      Xlsx.fill(wb, sh, new Object[] {"id", "a"}, new Object[] {"r1", "x"}, new Object[] {"r2", "y"},
          new Object[] {"r3", "z"}, new Object[] {"r4", "w"}, new Object[] {"r5", "v"}, new Object[] {"r6", null},
          new Object[] {"r7", "u"});
      sh.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B2:B3"));
      sh.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B4:B6"));
      sh.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B7:B8"));
      Xlsx.save(wb, dir.resolve("h.xlsx"));
    }
    Diagnostics m = new Diagnostics();
    Table t = TableReader.read(dir.resolve("h.xlsx"), "Clients", m).orElseThrow();
    assertThat(t.rows().get(1).text("a")).isEqualTo("y");
    assertThat(m.all()).extracting(Diagnostic::format).containsExactly(
        "h.xlsx: Clients!B2 (a): warning: cells B2:B3 are merged, so only B2 shows; B3 holds a value of its own,"
            + " hidden by the merge, and it is read as saved. Unmerge them to see and check each cell",
        "h.xlsx: Clients!B4 (a): warning: cells B4:B6 are merged, so only B4 shows; 2 of the other cells (B5 and"
            + " more) hold values of their own, hidden by the merge, and they are read as saved. Unmerge them to see"
            + " and check each cell",
        "h.xlsx: Clients!B7 (a): warning: cells B7:B8 are merged, so only B7 shows; B8 holds a value of its own,"
            + " hidden by the merge, and it is read as saved. Unmerge them to see and check each cell");
  }

  /**
   * The sheet is read again for hidden values only down to the last merged range: a range near the
   * top of a long sheet still names its hidden value, and the rows below it are read as ever.
   */
  @Test
  void hiddenValuesAreFoundInARangeWithRowsBelowIt() throws IOException {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var sh = wb.createSheet("Clients");
      Xlsx.fill(wb, sh, new Object[] {"id", "a"},
          new Object[] {"r1", "x"}, new Object[] {"r2", "y"}, new Object[] {"r3", "z"}, new Object[] {"r4", "w"},
          new Object[] {"r5", "v"});
      sh.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B3:B4"));
      Xlsx.save(wb, dir.resolve("t.xlsx"));
    }
    Diagnostics m = new Diagnostics();
    Table t = TableReader.read(dir.resolve("t.xlsx"), "Clients", m).orElseThrow();
    assertThat(t.rows()).extracting(r -> r.text("a")).containsExactly("x", "y", "z", "w", "v");
    assertThat(m.all()).extracting(Diagnostic::format).containsExactly(
        "t.xlsx: Clients!B3 (a): warning: cells B3:B4 are merged, so only B3 shows; B4 holds a value of its own,"
            + " hidden by the merge, and it is read as saved. Unmerge them to see and check each cell");
  }

  /** Found in review: a letter a converter could not read became "\uFFFD" and was printed so, without a word. */
  @Test
  void aCellHoldingTheReplacementCharacterIsNamed() throws IOException {
    TableReader.read(csv("u.csv", "id,name\n1,Bergstr\uFFFDm\n2,Ann\n"), null, d).orElseThrow();
    assertThat(lines()).containsExactly("u.csv: B2 (name): warning: holds \"\uFFFD\", which stands for a letter"
        + " lost when the file was saved or converted in another text encoding (an ł or é, say); retype it there,"
        + " and save the file as .xlsx or \"CSV UTF-8\"");
  }

  /** Found in review: Excel's "Strict Open XML Spreadsheet" was called damaged. */
  @Test
  void aStrictOpenXmlWorkbookIsNamedAsSuchNotDamaged() throws IOException {
    Path plain = Xlsx.write(dir.resolve("plain.xlsx"), "Clients", new Object[] {"id"}, new Object[] {"r1"});
    Path strict = dir.resolve("strict.xlsx");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(strict))) {
      for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        // the namespaces Excel's Strict format writes
        xml = xml.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                "http://purl.oclc.org/ooxml/spreadsheetml/main")
            .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "http://purl.oclc.org/ooxml/officeDocument/relationships");
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(xml.getBytes(StandardCharsets.UTF_8));
      }
    }
    assertThat(TableReader.read(strict, "Clients", d)).isEmpty();
    assertThat(lines()).containsExactly("strict.xlsx: is saved as a Strict Open XML Spreadsheet, which is not"
        + " read; save it as an ordinary .xlsx (File > Save As > Excel Workbook)");
  }

  /**
   * Found in review: merging the header cells over "limitations" lost that header, and the column
   * was ignored with a warning, so every client read as having no limitations.
   */
  @Test
  void aMergedHeaderOverAColumnWithValuesRefusesTheFile() throws IOException {
    for (boolean valued : List.of(true, false)) {
      Path f = dir.resolve("h" + valued + ".xlsx");
      try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
        var sh = wb.createSheet("Clients");
        // merging B1:C1 in a spreadsheet app keeps B1's text only: "limitations" in C1 is gone
        Xlsx.fill(wb, sh, new Object[] {"id", "equipment", null, "notes"},
            new Object[] {"r1", "band", valued ? "shoulder" : null, "n"},
            new Object[] {"r2", "band", valued ? "low back" : null, "n"});
        sh.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B1:C1"));
        Xlsx.save(wb, f);
      }
      Diagnostics m = new Diagnostics();
      Optional<Table> t = TableReader.read(f, "Clients", m);
      List<String> said = m.all().stream().map(Diagnostic::format).toList();
      if (valued) {
        assertThat(t).isEmpty();
        assertThat(said).contains("htrue.xlsx: sheet Clients: the header cells B1:C1 are merged, so column C holds"
            + " values but has no header of its own; unmerge them and give each column its header");
        assertThat(m.all()).filteredOn(Diagnostic::isError).allMatch(TableReader::isWholeFile);
      } else {
        // merged over an empty column: only the merge is reported
        assertThat(t).isPresent();
        assertThat(said).singleElement().asString().contains("cells B1:C1 are merged");
      }
    }
  }

  @Test
  void valuesWithoutAHeaderAreReportedOnceAtTheFirstSuchCell() throws IOException {
    Table t =
        TableReader.read(csv("v.csv", "id,,name\n1,x,Ann\n2,,Bob,extra\n3,y,Cy\n"), null, d)
            .orElseThrow();
    assertThat(t.rows()).hasSize(3);
    assertThat(lines())
        .containsExactly(
            "v.csv: B2: warning: columns B, D hold values but have no header, so they are ignored");
  }

  @Test
  void oneColumnWithoutAHeaderIsReportedInTheSingular() throws IOException {
    TableReader.read(csv("one.csv", "id,name\n1,Ann,extra\n"), null, d).orElseThrow();
    assertThat(lines())
        .containsExactly("one.csv: C2: warning: column C holds values but has no header, so it is ignored");
  }
}
