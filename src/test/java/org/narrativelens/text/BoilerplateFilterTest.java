package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    private final BoilerplateFilter filter = new BoilerplateFilter(20);

    @Test
    void dropsTheHeadlinesListedAfterABareTeaserHeadingUpToTheNextProse() {
        List<String> kept = keptLines(
                "The council met on Tuesday to debate the plan.",
                "Related:",
                "Council Members Trade Barbs Over Bus Lanes",
                "Advertisement",
                "Why the Transit Vote Matters",
                "Officials said the plan would be revised.",
                "It takes effect in 2027 after a final hearing.");

        assertEquals(List.of("The council met on Tuesday to debate the plan.",
                "Officials said the plan would be revised.",
                "It takes effect in 2027 after a final hearing."), kept);
    }

    @Test
    void dropsEverythingFromAWidgetHeadingInTheSecondHalf() {
        List<String> kept = keptLines(
                "The council met on Tuesday to debate the plan at length with residents.",
                "Officials said the plan would be revised before any vote takes place.",
                "Recent",
                "Storm knocks out power across Eastside.",
                "Crews expect repairs by Friday, the utility said in a statement.");

        assertEquals(List.of("The council met on Tuesday to debate the plan at length with residents.",
                "Officials said the plan would be revised before any vote takes place."), kept);
    }

    @Test
    void keepsAWidgetWordInTheFirstHalf() {
        List<String> kept = keptLines(
                "Trending now",
                "The council met on Tuesday to debate the plan at length with residents of all districts.",
                "Officials said the plan would be revised before any vote takes place next year.");

        // the heading itself is a fragment, but what follows it is not navigation
        assertEquals(List.of(
                "The council met on Tuesday to debate the plan at length with residents of all districts.",
                "Officials said the plan would be revised before any vote takes place next year."), kept);
    }

    @Test
    void keepsShortSentencesAndHeadingsInTheMiddleOfTheText() {
        List<String> kept = keptLines(
                "The council met on Tuesday.",
                "It passed.",
                "What happens to the bus lanes",
                "No.",
                "The plan takes effect in 2027.");

        assertEquals(5, kept.size());
    }

    @Test
    void dropsShortLinesThatAreNotSentences() {
        List<String> kept = keptLines(
                "Breaking:",
                "The council met on Tuesday.",
                "🔎 Fact Check",
                "• • •",
                "The plan takes effect in 2027.");

        assertEquals(List.of("The council met on Tuesday.", "The plan takes effect in 2027."), kept);
    }

    @Test
    void keepsADocumentThatIsOnlyTitles() {
        List<String> kept = keptLines("Council Approves Transit Plan", "Vote Was Seven to Two");

        assertEquals(List.of("Council Approves Transit Plan", "Vote Was Seven to Two"), kept);
    }

    @Test
    void countsEveryDroppedLine() {
        String text = String.join("\n", "The council met on Tuesday.", "Advertisement", "Read more: Bus lanes",
                "Breaking:", "The plan takes effect in 2027.", "Most Read", "Share this article");

        BoilerplateFilter.Result result = filter.filter(ParagraphSplitter.split(text), text.length());

        assertEquals(5, result.dropped());
        assertEquals(List.of(0, 4), result.kept().stream().map(Paragraph::index).toList());
    }

    private List<String> keptLines(String... lines) {
        String text = String.join("\n", lines);
        BoilerplateFilter.Result result = filter.filter(ParagraphSplitter.split(text), text.length());
        assertEquals(lines.length, result.kept().size() + result.dropped());
        return result.kept().stream().map(Paragraph::text).toList();
    }
}
