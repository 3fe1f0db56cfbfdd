package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    @Test
    void curlyAndStraightDoubleQuotes() {
        String text = "He said “yes” and she said \"no\" twice.";
        assertEquals(List.of(new QuoteScanner.Quote(8, 13), new QuoteScanner.Quote(27, 31)), scan(text));
    }

    @Test
    void innerSingleQuotesDoNotSplitTheOuterQuote() {
        String text = "“They call it ‘a gamble’, we call it 'progress',” she said.";
        assertEquals(List.of(new QuoteScanner.Quote(0, text.indexOf('”') + 1)), scan(text));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), scan("The mayor’s office didn't reply to the shop owners' letter."));
    }

    @Test
    void singleQuotesAloneAreQuotes() {
        String text = "The so-called ‘quiet street’ plan failed.";
        assertEquals(List.of(new QuoteScanner.Quote(text.indexOf('‘'), text.indexOf('’') + 1)), scan(text));
    }

    @Test
    void aQuoteLeftOpenRunsToTheParagraphEnd() {
        String text = "“We will keep fighting this lane until the council listens.";
        assertEquals(List.of(new QuoteScanner.Quote(0, text.length())), scan(text));
    }

    private static List<QuoteScanner.Quote> scan(String text) {
        return QuoteScanner.scan(text, 0, text.length());
    }
}
