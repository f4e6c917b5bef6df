package org.circuitpress.render.xlsx;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/** Stop-style validations with an input message, for the cells a client fills in. */
final class Validations {
  private final Sheet sheet;
  private final DataValidationHelper helper;

  Validations(Sheet sheet) {
    this.sheet = sheet;
    this.helper = sheet.getDataValidationHelper();
  }

  void whole(CellRangeAddressList cells, int min, int max, String title, String prompt) {
    add(cells, helper.createIntegerConstraint(OperatorType.BETWEEN, "" + min, "" + max), title,
        prompt, "Enter a whole number from " + min + " to " + max + ", or leave the cell empty.");
  }

  void decimal(CellRangeAddressList cells, int min, int max, String title, String prompt) {
    add(cells, helper.createDecimalConstraint(OperatorType.BETWEEN, "" + min, "" + max), title,
        prompt, "Enter a number from " + min + " to " + max + ", or leave the cell empty.");
  }

  void list(CellRangeAddressList cells, String[] values, String title, String prompt) {
    add(cells, helper.createExplicitListConstraint(values), title, prompt,
        "Choose " + String.join(" or ", values) + " from the list, or leave the cell empty.");
  }

  void date(CellRangeAddressList cells, LocalDate from, LocalDate to, String title, String prompt) {
    DataValidationConstraint c =
        helper.createDateConstraint(OperatorType.BETWEEN, excelDate(from), excelDate(to), null);
    add(cells, c, title, prompt,
        "Enter a date between " + from + " and " + to + ", like " + from + ".");
  }

  private static String excelDate(LocalDate d) {
    return "DATE(" + d.getYear() + "," + d.getMonthValue() + "," + d.getDayOfMonth() + ")";
  }

  private void add(CellRangeAddressList cells, DataValidationConstraint c, String title,
      String prompt, String error) {
    DataValidation v = helper.createValidation(c, cells);
    v.setEmptyCellAllowed(true);
    v.setShowPromptBox(true);
    v.createPromptBox(title, prompt);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.setShowErrorBox(true);
    v.createErrorBox(title, error);
    sheet.addValidationData(v);
  }
}
