package org.narrativelens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile input: names and titles that a spreadsheet would run as formulas are written as text. */
class CsvInjectionTest {

    @Test
    void cellsStartingWithAFormulaCharacterAreQuotedAndPrefixedWithASingleQuote() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", Csv.field("=HYPERLINK(\"http://evil\",\"x\")"));
        assertEquals("\"'+1+1\"", Csv.field("+1+1"));
        assertEquals("\"'-2+3\"", Csv.field("-2+3"));
        assertEquals("\"'@SUM(1+1)*cmd|' /C calc'!A0\"", Csv.field("@SUM(1+1)*cmd|' /C calc'!A0"));
        assertEquals("\"'\t=1\"", Csv.field("\t=1"));
        assertEquals("\"'\r=1\"", Csv.field("\r=1"));
    }

    @Test
    void numbersKeepTheirSignAndOrdinaryTextIsUnchanged() {
        assertEquals("-0.5", Csv.field("-0.5"));
        assertEquals("+3", Csv.field("+3"));
        assertEquals("-1.5E-4", Csv.field("-1.5E-4"));
        assertEquals("Daily Planet", Csv.field("Daily Planet"));
        assertEquals("a=b", Csv.field("a=b"));
    }

    @Test
    void everyTableOfAResultIsNeutralised() {
        Table table = new Table("sources", List.of("source", "stance"), List.of(List.of("=cmd|'/C calc'!A0", "-0.25")));
        assertEquals("source,stance\r\n\"'=cmd|'/C calc'!A0\",-0.25\r\n", Csv.write(table));
    }
}
