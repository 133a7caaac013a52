package io.trackline.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "-", "=", "-1.5e3", "-1,5", "- 3", "-0x10", "--1"})
    void aCellThatCouldBeTakenForAFormulaIsPrefixedWithAQuote(String text) {
        assertEquals("'" + text, CsvCell.neutralised(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fizz Cola", "1.99", "0", "12", "-12", "-0.75", "2026-12-02", "a=b", " =1+1", "'=1"})
    void otherCellsAndPlainNumbersStayAsTheyAre(String text) {
        assertEquals(text, CsvCell.neutralised(text));
    }

    @Test
    void nothingIsAnEmptyCell() {
        assertEquals("", CsvCell.neutralised(null));
        assertEquals("", CsvCell.field(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|plain",
            "-4.20|-4.20",
            "a,b|`\"a,b\"`",
            "say \"hi\"|`\"say \"\"hi\"\"\"`",
            "=HYPERLINK(\"http://evil\",\"x\")|`\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"`",
            "@cmd|'@cmd"})
    void aFieldIsNeutralisedThenQuotedWhenRfc4180SaysSo(String text, String field) {
        assertEquals(field, CsvCell.field(text));
    }

    @Test
    void lineBreaksInsideACellAreQuoted() {
        assertEquals("\"one\ntwo\"", CsvCell.field("one\ntwo"));
        assertEquals("\"'\r=1+1\"", CsvCell.field("\r=1+1"));
    }
}
