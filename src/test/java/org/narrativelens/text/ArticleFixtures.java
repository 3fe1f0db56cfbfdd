package org.narrativelens.text;

import java.util.List;

/** Invented article-like texts shared by the segmentation tests. */
final class ArticleFixtures {

    /** A news page with an embedded tweet, link teasers, a fragment and a navigation block after the article. */
    static final String TRANSIT = String.join("\n",
            "City council approves transit plan after heated debate",
            "The city council voted 7-2 on Tuesday to approve a $40 million transit plan. Supporters said it would cut "
                    + "commute times. Critics called it “a gift to developers.” The mayor signed it within the hour.",
            "\"We are finally moving forward,\"",
            "— Metro Daily (@metrodaily) March 3, 2025",
            "—Jane Doe, Transit Commissioner.",
            "Opponents filmed the vote and the clip spread fast… pic.twitter.com/AbC123xyz",
            "It passed.",
            "Read more!https://t.co/Xy12AbCd",
            "Residents will vote on the funding in November. Polls show a close race.",
            "Breaking:",
            "ALSO SEE",
            "Council Members Trade Barbs Over Bus Lanes",
            "Some residents remain skeptical of the plan, which takes effect in 2027.",
            "Latest News",
            "Mayor Opens New Library Branch",
            "Storm knocks out power across Eastside. Crews expect repairs by Friday.",
            "Share this article",
            "© 2025 Metro Daily Media. All rights reserved.");

    /** CRLF, a lone CR, blank lines, tabs, no-break spaces, curly quotes, an em-dash and emoji with modifiers. */
    static final String UNICODE = "Officials met in Zürich on Monday.\tThey agreed on “next steps” — quickly. 😀 "
            + "Everyone cheered!\r\n\r\n  Second paragraph follows a blank CRLF line and\u00a0a no-break space.  \r\n"
            + "Third: emoji 👍🏽 inside, and a flag 🇺🇸 too. The end.\rFourth paragraph after a lone CR.";

    /** Headline-like lines after the last prose paragraph, without a navigation heading. */
    static final String TRAILING_HEADLINES = String.join("\n",
            "The budget passed after a long night of negotiations. Both parties claimed a win.",
            "Analysts expect the deficit to shrink next year.",
            "Top Headlines Today",
            "Five Things to Know About the Budget",
            "Why Rents Keep Rising in Coastal Cities");

    static final List<String> ALL = List.of(TRANSIT, UNICODE, TRAILING_HEADLINES);

    private ArticleFixtures() {
    }
}
