package org.circuitpress.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A synthetic roster of N clients on the upper-back template, the same for the same seed: names
 * in Latin (with the diacritics of a dozen languages), Greek and Cyrillic scripts, every level,
 * mixed equipment, limitations, kg and lb, A4 and Letter. Written as {@code roster.csv} and
 * {@code roster.xlsx} with the same rows.
 */
public final class RosterGen {
  private RosterGen() {}

  static final String[] HEADER = {
    "client_id", "name", "program", "start_date", "level", "weeks", "sessions_per_week",
    "equipment", "limitations", "exclude", "units", "paper", "notes", "email"
  };

  // Given and family names per language; a client takes both from the same language.
  private static final String[][][] NAMES = {
    {{"Łukasz", "Małgorzata", "Wojciech", "Zofia", "Grzegorz"}, {"Wiśniewski", "Żółkowska", "Szczęsny", "Kędzierska", "Brzęczyszczykiewicz"}},
    {{"Jiří", "Božena", "Přemysl", "Šárka"}, {"Dvořák", "Šťastná", "Procházka", "Kříženecký"}},
    {{"Begoña", "Íñigo", "José", "Ainhoa"}, {"Núñez", "Peña", "Muñoz", "Ibáñez"}},
    {{"Jürgen", "Bärbel", "Günther", "Lötte"}, {"Schröder", "Weiß", "Müller", "Großmann"}},
    {{"Zoë", "Françoise", "Hélène", "Benoît", "Anaïs"}, {"Lefèvre", "Dubœuf", "Garçon", "Château"}},
    {{"Åsa", "Søren", "Bjørn", "Þórunn", "Sigríður"}, {"Guðmundsdóttir", "Østergård", "Ångström", "Hæstad"}},
    {{"Ödön", "Erzsébet", "Győző"}, {"Kővári", "Szőllősi", "Tóth"}},
    {{"Ștefan", "Ioana", "Mădălina"}, {"Țurcanu", "Păunescu", "Munteanu"}},
    {{"Şule", "İlkay", "Ağca"}, {"Yılmaz", "Öztürk", "Çelik"}},
    {{"Γιώργος", "Ελένη", "Δημήτρης", "Αικατερίνη"}, {"Παπαδόπουλος", "Οικονόμου", "Καραγιάννης", "Βασιλείου"}},
    {{"Дмитрий", "Ольга", "Сергей", "Анастасия"}, {"Иванов", "Петрова", "Кузнецов", "Смирнова"}},
    {{"Богдан", "Оксана", "Тарас"}, {"Шевченко", "Ковальчук", "Гнатюк"}},
    {{"Стефан", "Јелена", "Никола"}, {"Јовановић", "Петровић", "Георгиев"}},
    {{"Aoife", "Siobhán", "Ciarán"}, {"Ó Briain", "Mac Giolla", "Ní Dhuibhir"}},
    {{"Emma", "Oliver", "Grace", "Noah"}, {"Smith", "O'Neill", "Taylor-Brown", "Williams"}},
  };

  private static final String[] EQUIPMENT = {
    "foam roller; band light/medium/heavy; kettlebell 8/12/16 kg",
    "foam roller; band light/medium/heavy; kettlebell 8/12/16 kg",
    "foam roller; band; kettlebell 12/16/20 kg",
    "foam roller; band light/medium",
    "foam roller",
    "band light/medium/heavy; kettlebell 8/12 kg",
    "kettlebell 16/24 kg",
    "",
    "foam roller; kettlebell 6/8/10/12 kg",
    "band",
  };

  private static final String[] EQUIPMENT_LB = {
    "foam roller; band light/medium/heavy; kettlebell 15/20/25/35 lb",
    "foam roller; band; kettlebell 20/25/35 lb",
    "kettlebell 25/35 lb",
  };

  private static final String[] LIMITATIONS = {
    "", "", "", "", "shoulder", "low back", "shoulder; low back", "osteoporosis", "wrist"
  };

  private static final String[] LEVELS = {"beginner", "intermediate", "advanced", "Beginner", "i"};
  private static final String[] WEEKS = {"", "", "", "4", "6", "3"};
  private static final String[] SESSIONS = {"", "", "", "2", "3", "4"};
  private static final String[] NOTES = {
    "", "", "Desk job; keep step 3 slow.", "Returning after a shoulder strain.",
    "Prefers mornings; 20 minutes at most.", "Travels often: hotel-room version welcome.",
  };

  /** Rows in {@link #HEADER} order; client ids are {@code c00001}, {@code c00002}, ... */
  public static List<String[]> rows(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String[]> rows = new ArrayList<>(n);
    LocalDate first = LocalDate.of(2026, 12, 1);
    for (int i = 1; i <= n; i++) {
      String[][] lang = NAMES[rnd.nextInt(NAMES.length)];
      String name = pick(rnd, lang[0]) + " " + pick(rnd, lang[1]);
      boolean lb = rnd.nextInt(6) == 0;
      rows.add(
          new String[] {
            id(i),
            name,
            "upper-back-mobility",
            first.plusDays(rnd.nextInt(28)).toString(),
            pick(rnd, LEVELS),
            pick(rnd, WEEKS),
            pick(rnd, SESSIONS),
            lb ? pick(rnd, EQUIPMENT_LB) : pick(rnd, EQUIPMENT),
            pick(rnd, LIMITATIONS),
            "",
            lb ? "lb" : "kg",
            rnd.nextInt(4) == 0 ? "Letter" : "A4",
            pick(rnd, NOTES),
            rnd.nextInt(3) == 0 ? "" : "client" + i + "@example.org",
          });
    }
    return rows;
  }

  static String id(int i) {
    return String.format("c%05d", i);
  }

  private static String pick(SplittableRandom rnd, String[] from) {
    return from[rnd.nextInt(from.length)];
  }

  public static void writeCsv(List<String[]> rows, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
      p.printRecord((Object[]) HEADER);
      for (String[] r : rows) p.printRecord((Object[]) r);
    }
  }

  /** Start dates as real date cells and numbers as numbers, as a trainer's sheet has them. */
  static void writeXlsx(List<String[]> rows, Path file) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet s = wb.createSheet("Clients");
      Row h = s.createRow(0);
      for (int c = 0; c < HEADER.length; c++) h.createCell(c).setCellValue(HEADER[c]);
      for (int i = 0; i < rows.size(); i++) {
        String[] r = rows.get(i);
        Row row = s.createRow(i + 1);
        for (int c = 0; c < r.length; c++) {
          if (r[c].isEmpty()) continue;
          if (c == 3) {
            var cell = row.createCell(c);
            cell.setCellValue(LocalDate.parse(r[c]));
            cell.setCellStyle(date);
          } else if (c == 5 || c == 6) {
            row.createCell(c).setCellValue(Integer.parseInt(r[c]));
          } else {
            row.createCell(c).setCellValue(r[c]);
          }
        }
      }
      wb.write(out);
      wb.dispose();
    }
  }

  /** {@code RosterGen N SEED DIR}: writes DIR/roster.csv and DIR/roster.xlsx. */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    long seed = Long.parseLong(args[1]);
    Path dir = Path.of(args[2]);
    Files.createDirectories(dir);
    List<String[]> rows = rows(n, seed);
    writeCsv(rows, dir.resolve("roster.csv"));
    writeXlsx(rows, dir.resolve("roster.xlsx"));
  }
}
