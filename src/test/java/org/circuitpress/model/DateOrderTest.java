package org.circuitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateOrderTest {
  private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
  private static final LocalDate DEC_28 = LocalDate.of(2026, 12, 28);
  private static final LocalDate JAN_25 = LocalDate.of(2027, 1, 25);

  @Test
  void letterIsMonthFirstAndA4DayFirst() {
    assertThat(DateOrder.of(Paper.LETTER)).isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(DateOrder.of(Paper.A4)).isEqualTo(DateOrder.DAY_FIRST);
  }

  @Test
  void monthFirstPrintsAsTheUsWritesDatesAndDayFirstAsBefore() {
    DateOrder us = DateOrder.MONTH_FIRST;
    assertThat(us.date(DEC_1)).isEqualTo("Dec 1, 2026");
    assertThat(us.day(DEC_1)).isEqualTo("Tue, Dec 1");
    assertThat(us.days(DEC_1, DEC_1.plusDays(6))).isEqualTo("Tue, Dec 1 – Mon, Dec 7");
    assertThat(us.dates(DEC_1, DEC_28)).isEqualTo("Dec 1 – Dec 28, 2026");
    assertThat(us.dates(DEC_28, JAN_25)).isEqualTo("Dec 28, 2026 – Jan 25, 2027");
    DateOrder a4 = DateOrder.DAY_FIRST;
    assertThat(a4.date(DEC_1)).isEqualTo("1 Dec 2026");
    assertThat(a4.day(DEC_1)).isEqualTo("Tue 1 Dec");
    assertThat(a4.days(DEC_1, DEC_1.plusDays(6))).isEqualTo("Tue 1 Dec – Mon 7 Dec");
    assertThat(a4.dates(DEC_1, DEC_28)).isEqualTo("1 Dec 2026 – 28 Dec 2026");
  }

  @Test
  void whatDatesPrintsReadsBack() {
    for (DateOrder o : DateOrder.values()) {
      for (LocalDate[] span : new LocalDate[][] {{DEC_1, DEC_28}, {DEC_28, JAN_25}}) {
        assertThat(DateOrder.readDates(o.dates(span[0], span[1]))).contains(List.of(span[0], span[1]));
      }
    }
    assertThat(DateOrder.readDates("Dec 1 – sometime")).isEmpty();
    assertThat(DateOrder.readDates("2026-12-01 to 2026-12-28")).isEmpty();
  }
}
