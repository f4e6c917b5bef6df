package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.circuitpress.model.Client;
import org.circuitpress.model.Diagnostic;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Load;
import org.circuitpress.model.StartLoads;
import org.circuitpress.model.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster's start_loads cell (found in review: an intermediate client who goblet-squats 16 kg
 * and owns kettlebells of 8 to 20 kg got 8 kg for a month, with no way to say otherwise): each item
 * a drill or a piece of equipment, then a load read as one of the client's own steps. What cannot
 * be read so is a warning at the cell, and the client still gets their program.
 */
class StartLoadsTest {
  @TempDir Path dir;
  final Diagnostics d = new Diagnostics();

  private static final String KIT = "kettlebell 8/12/16/20 kg; band light/medium/heavy; dumbbell";

  /** One client with {@link #KIT} in kg and the given start_loads cell, read with the test library. */
  private Client read(String cell) throws IOException {
    return read("start_loads", KIT, "kg", cell).get(0);
  }

  private List<Client> read(String header, String kit, String units, String cell) throws IOException {
    String csv = "client_id,name,program,start_date,level,equipment,units," + header + "\n"
        + "c1,Ann,upper-back-mobility,2026-12-01,intermediate,\"" + kit + "\"," + units + ",\"" + cell + "\"\n";
    Path f = Files.writeString(dir.resolve("roster.csv"), csv);
    return RosterReader.read(f, TestData.library(), TestData.catalog(), d);
  }

  private List<String> warnings() {
    return d.all().stream().map(Diagnostic::format).toList();
  }

  private static Load kg(double kg) {
    return new Load("kettlebell", kg, Units.KG, (kg == Math.rint(kg) ? Long.toString((long) kg) : Double.toString(kg))
        + " kg");
  }

  private static Map<String, Load> loads(Map<String, StartLoads.Item> items) {
    Map<String, Load> out = new java.util.LinkedHashMap<>();
    items.forEach((k, v) -> out.put(k, v.load()));
    return out;
  }

  @Test
  void aDrillByIdOrPrintedNameAndEquipmentByTheRostersWordsAreReadAsTheClientsSteps() throws IOException {
    Client c = read("kettlebell windmill 16 kg; Band straight-arm lat pulldown: heavy; kettlebells 12kg;"
        + " medium band; dumbbell row 6");
    assertThat(warnings()).isEmpty();
    assertThat(loads(c.startLoads().drills())).containsExactly(
        Map.entry("kettlebell-windmill", kg(16)),
        Map.entry("band-lat-pulldown", Load.graded("band", "heavy")),
        // dumbbells listed without weights: the usual ones the plan assumes, 2 to 12 kg
        Map.entry("dumbbell-row", new Load("dumbbell", 6, Units.KG, "6 kg")));
    assertThat(loads(c.startLoads().equipment())).containsExactly(
        Map.entry("kettlebell", kg(12)), Map.entry("band", Load.graded("band", "medium")));
    assertThat(c.startLoads().where().cellRef()).isEqualTo("H2");
    assertThat(c.startLoads().drills().get("kettlebell-windmill").typed()).isEqualTo("kettlebell windmill 16 kg");
  }

  @Test
  void anotherNameOfEquipmentIsReadAsTheEquipmentColumnReadsItWithAWarning() throws IOException {
    Client c = read("KB 16kg");
    assertThat(loads(c.startLoads().equipment())).containsExactly(Map.entry("kettlebell", kg(16)));
    assertThat(warnings()).containsExactly("roster.csv: H2 (start_loads): warning: the start load \"KB 16kg\": \"KB\""
        + " is read as \"kettlebell\", the name the equipment column uses; write \"kettlebell 16 kg\" to be sure");
  }

  @Test
  void aWeightInTheOtherUnitIsReadAsTheNearestStepWithAWarning() throws IOException {
    Client c = read("35 lb kettlebell");
    assertThat(loads(c.startLoads().equipment())).containsExactly(Map.entry("kettlebell", kg(16)));
    assertThat(warnings()).containsExactly("roster.csv: H2 (start_loads): warning: the start load \"35 lb"
        + " kettlebell\": \"35 lb\" is in lb, and the weights of the client's kettlebell (8/12/16/20 kg) are in kg:"
        + " it is read as the nearest of them, 16 kg; write that to be sure");
  }

  /** A bare number is in the unit the roster lists the client's weights in, whatever their units. */
  @Test
  void aWeightWithoutUnitIsInTheUnitTheEquipmentIsListedIn() throws IOException {
    Client c = read("start_loads", "kettlebell 18/26/35 lb", "kg", "kettlebell 26").get(0);
    assertThat(loads(c.startLoads().equipment()))
        .containsExactly(Map.entry("kettlebell", new Load("kettlebell", 26, Units.LB, "26 lb")));
    assertThat(warnings()).isEmpty();
  }

  @Test
  void aWeightBetweenStepsTakesTheLighterAndOneOutsideThemTheNearestEndWithAWarning() throws IOException {
    Client c = read("kettlebell windmill 14 kg; kettlebell 24 kg");
    assertThat(loads(c.startLoads().drills())).containsExactly(Map.entry("kettlebell-windmill", kg(12)));
    assertThat(loads(c.startLoads().equipment())).containsExactly(Map.entry("kettlebell", kg(20)));
    // a drill's goes with its item, for the plan to say where the block gives the drill (StartLoadSlipRunTest)
    assertThat(c.startLoads().drills().get("kettlebell-windmill").readings()).containsExactly(
        "the start load \"kettlebell windmill 14 kg\": \"14 kg\" is between two weights of the client's kettlebell"
            + " (8/12/16/20 kg): the lighter, 12 kg, is used; write one of their weights");
    assertThat(warnings()).containsExactly(
        "roster.csv: H2 (start_loads): warning: the start load \"kettlebell 24 kg\": \"24 kg\" is heavier than any"
            + " weight of the client's kettlebell (8/12/16/20 kg): the heaviest, 20 kg, is used; write one of their"
            + " weights, or add the heavier one to their equipment");
  }

  @Test
  void whatCannotBeUsedIsAWarningNamingTheItemAndWhatWasExpectedAndTheClientIsStillRead() throws IOException {
    Client c = read("kettlebel windmil 12 kg; foam roller 2 kg; band purple; kettlebell windmill; seated extension 5 kg");
    assertThat(c.id()).isEqualTo("c1");
    assertThat(c.startLoads().isEmpty()).isTrue();
    assertThat(warnings()).containsExactly(
        "roster.csv: H2 (start_loads): warning: the start load \"kettlebel windmil 12 kg\": no exercise or equipment"
            + " is called \"kettlebel windmil\", so this start load is not used; write a drill's id or name, or a"
            + " piece of the client's equipment, and then its load: for example \"kettlebell 8 kg\" or \"band"
            + " light\"; did you mean"
            + " \"kettlebell-windmill\"?",
        "roster.csv: H2 (start_loads): warning: the start load \"foam roller 2 kg\": the client's equipment lists no"
            + " foam roller, so this start load is not used; add it to their equipment, or give loads for what they"
            + " have: for example \"kettlebell 8 kg\" or \"band light\"",
        "roster.csv: H2 (start_loads): warning: the start load \"band purple\": \"purple\" is not one of the grades"
            + " of the client's band (light, medium, heavy), so this start load is not used; write one of them, like"
            + " \"band light\"",
        "roster.csv: H2 (start_loads): warning: the start load \"kettlebell windmill\": no load is given; write one"
            + " after the name, like \"Kettlebell windmill 8 kg\"",
        "roster.csv: H2 (start_loads): warning: the start load \"seated extension 5 kg\": Seated thoracic extension"
            + " (seated-extension) takes no load: nothing it needs comes in weights or grades, so this start load is"
            + " not used");
  }

  /**
   * Found in a review of trainers' mistakes: "windmill 12" was told that no exercise is called
   * windmill, with no word of the drills whose names hold it, and an example that read oddly.
   */
  @Test
  void aNameThatIsPartOfDrillsNamesSuggestsThem() throws IOException {
    read("windmill 12");
    assertThat(warnings()).containsExactly("roster.csv: H2 (start_loads): warning: the start load \"windmill 12\": no"
        + " exercise or equipment is called \"windmill\", so this start load is not used; write a drill's id or name,"
        + " or a piece of the client's equipment, and then its load: for example \"kettlebell 8 kg\" or \"band"
        + " light\"; did you mean \"Kettlebell windmill\" or \"Half-kneeling windmill\"?");
  }

  @Test
  void aDrillWhoseEquipmentTheClientLacksIsNotGivenSoItsLoadIsAWarning() throws IOException {
    Client c = read("start_loads", "band", "kg", "kettlebell windmill 12 kg").get(0);
    assertThat(c.startLoads().isEmpty()).isTrue();
    assertThat(warnings()).containsExactly("roster.csv: H2 (start_loads): warning: the start load \"kettlebell"
        + " windmill 12 kg\": Kettlebell windmill (kettlebell-windmill) needs kettlebell, which the client's"
        + " equipment does not list, so they do not get it and this start load is not used; give the load for the"
        + " drill they get, or for their equipment: for example \"band light\"");
  }

  /**
   * Found running a messy roster of 200 rows: a client with a mat and a foam roller, and "kettlebell
   * 12 kg" in start_loads, was told to give loads for what they have, "for example "kettlebell 12
   * kg"": the very load refused, for equipment they do not have. With nothing that takes a load,
   * the warning says so instead of giving an example.
   */
  @Test
  void aClientWithNothingThatTakesALoadIsNotGivenAnExampleOfOne() throws IOException {
    read("start_loads", "foam roller", "kg", "kettlebell 12 kg; kettlebell windmill 12 kg");
    assertThat(warnings()).containsExactly(
        "roster.csv: H2 (start_loads): warning: the start load \"kettlebell 12 kg\": the client's equipment lists no"
            + " kettlebell, so this start load is not used; add it to their equipment if the client has one (nothing"
            + " the client's equipment lists takes a load, so no start load is needed otherwise)",
        "roster.csv: H2 (start_loads): warning: the start load \"kettlebell windmill 12 kg\": Kettlebell windmill"
            + " (kettlebell-windmill) needs kettlebell, which the client's equipment does not list, so they do not get"
            + " it and this start load is not used; nothing the client's equipment lists takes a load, so no start"
            + " load is needed");
  }

  @Test
  void aUsualOtherNameOfTheColumnIsReadAsItWithAWarning() throws IOException {
    Client c = read("Working weights", KIT, "kg", "kettlebell 16 kg").get(0);
    assertThat(loads(c.startLoads().equipment())).containsExactly(Map.entry("kettlebell", kg(16)));
    assertThat(warnings()).containsExactly("roster.csv: H1 (Working weights): warning: the column \"Working"
        + " weights\" is read as start_loads, the known column it is probably meant to be; name it start_loads to"
        + " be sure");
  }

  /** A lookup of working weights from another sheet that shows #N/A: read as empty, never a client left out. */
  @Test
  void anErrorCellIsReadAsEmptyWithAWarning() throws IOException {
    Path f = dir.resolve("roster.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var sheet = wb.createSheet("Clients");
      Xlsx.fill(wb, sheet, new Object[] {"client_id", "name", "program", "start_date", "start_loads"},
          new Object[] {"c1", "Ann", "upper-back-mobility", LocalDate.of(2026, 12, 1), "x"});
      sheet.getRow(1).getCell(4).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
      Xlsx.save(wb, f);
    }
    List<Client> clients = RosterReader.read(f, TestData.library(), TestData.catalog(), d);
    assertThat(clients).extracting(Client::id).containsExactly("c1");
    assertThat(warnings()).containsExactly(
        "roster.xlsx: Clients!E2 (start_loads): warning: the cell shows the error #N/A, so it is read as empty");
  }
}
