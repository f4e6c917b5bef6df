package org.circuitpress.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;

class SharedTextTest {
  static final String SST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"9\" uniqueCount=\"9\">"
      + "<si><t>client_id</t></si>"
      + "<si><t xml:space=\"preserve\">  Zoë Łukasz-Núñez  </t></si>"
      + "<si><r><rPr><b/></rPr><t>Anna</t></r><r><t xml:space=\"preserve\"> K.</t></r></si>"
      + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
      + "<si><t>line one_x000D__x000a_line two, _x005f_ kept_xZZZZ_</t></si>"
      + "<si><t/></si>"
      + "<si><t>a &amp; b &lt;c&gt;</t></si>"
      + "<si><t>_x00e9_t_x00E9_</t></si>"
      + "<si><t>tab\there</t></si>"
      + "</sst>";

  @Test
  void givesWhatPoisReadOnlyTableGivesForEveryEntry() throws Exception {
    byte[] xml = SST.getBytes(StandardCharsets.UTF_8);
    ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(new ByteArrayInputStream(xml), false);
    SharedText ours = SharedText.read(new ByteArrayInputStream(xml));
    assertThat(ours.size()).isEqualTo(poi.getUniqueCount()).isEqualTo(9);
    for (int i = 0; i < ours.size(); i++) {
      assertThat(ours.get(i)).as("entry " + i).isEqualTo(poi.getItemAt(i).getString());
    }
    assertThat(ours.get(2)).isEqualTo("Anna K.");
    assertThat(ours.get(3)).isEqualTo("東京");
    assertThat(ours.get(4)).startsWith("line one\r\nline two");
  }

  @Test
  void anEmptyPartHasNoEntries() throws Exception {
    assertThat(SharedText.read(new ByteArrayInputStream(new byte[0])).size()).isZero();
  }
}
