package org.circuitpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.cos.COSString;
import org.junit.jupiter.api.Test;

class FormsTest {
  /** Every printable ASCII character, and text PDFBox must still encode itself. */
  @Test
  void fieldTextHasTheBytesPdfBoxWouldGiveIt() {
    StringBuilder ascii = new StringBuilder();
    for (char ch = 0x20; ch <= 0x7E; ch++) ascii.append(ch);
    for (String s : new String[] {ascii.toString(), "", "c-001", "w1.s2.r3", "Foam roll lats, round 1, amount",
        "Flexión de brazos, round 2, load", "Ζωή, round 1", "tab\there", "del\u007f", "Zoë's notes"}) {
      COSString ours = Forms.string(s);
      COSString pdfBox = new COSString(s);
      assertThat(ours.getBytes()).as(s).isEqualTo(pdfBox.getBytes());
      assertThat(ours.getString()).as(s).isEqualTo(s);
    }
  }
}
