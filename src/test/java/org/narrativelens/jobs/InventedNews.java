package org.narrativelens.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented articles on an invented harbour expansion, from outlets for and against it, built from a fixed seed:
 * every paragraph (one passage) differs, so a corpus of any size costs real embedding work.
 */
final class InventedNews {

    private static final String[] FOR = {"harbour-daily", "trade-courier", "port-business"};
    private static final String[] AGAINST = {"coast-watch", "bay-residents", "green-tide"};
    private static final String[] PEOPLE = {"Mayor Ana Ruiz", "dock worker Tom Hale", "economist Lena Park",
        "fisher Omar Diaz", "councillor Beth Moss", "engineer Raj Patel", "resident June Ito", "skipper Carl Berg"};
    private static final String[] GAINS = {"new jobs for the town", "more trade through the port",
        "lower shipping costs", "a stronger local economy", "higher wages on the docks", "fresh business for shops"};
    private static final String[] HARMS = {"damage to the seagrass beds", "noise for families near the quay",
        "a heavy bill for taxpayers", "risk to the fishing grounds", "dirtier air along the bay",
        "traffic jams on the coast road"};

    private InventedNews() {
    }

    /**
     * {@code documents} articles of {@code paragraphs} paragraphs, as the JSON array ingestion takes; {@code run}
     * appears in every paragraph, so that no embedding stored by an earlier run on the same database is reused.
     */
    static String batch(String run, long seed, int documents, int paragraphs) {
        Random random = new Random(seed);
        List<String> items = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            boolean infavour = d % 2 == 0;
            String[] outlets = infavour ? FOR : AGAINST;
            String source = outlets[random.nextInt(outlets.length)];
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    text.append("\\n\\n");
                }
                text.append(paragraph(random, infavour, run + "-" + seed, d, p));
            }
            items.add("{\"externalId\": \"inv-" + run + "-" + seed + "-" + d + "\", \"source\": \"" + source
                    + "\", \"publishedAt\": \"2025-0" + (1 + d % 9) + "-1" + (d % 10) + "\", \"text\": \"" + text
                    + "\"}");
        }
        return "[" + String.join(",\n", items) + "]";
    }

    private static String paragraph(Random random, boolean infavour, String batch, int document, int paragraph) {
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        String[] side = infavour ? GAINS : HARMS;
        String[] other = infavour ? HARMS : GAINS;
        int number = 10 + random.nextInt(9000);
        return person + " said the expansion of pier " + (paragraph + 1) + " would bring "
                + side[random.nextInt(side.length)] + ". Report " + batch + "-" + document + "-" + paragraph
                + " counts " + number + " people affected. Critics of that view point instead to "
                + other[random.nextInt(other.length)] + ", but " + side[random.nextInt(side.length)]
                + " matters more, the article argues.";
    }
}
