package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateRuleTest {

    static Stream<Arguments> boilerplateLines() {
        return Stream.of(
                Arguments.of(BoilerplateRule.SOCIAL_EMBED_SIGNATURE, "— Metro Daily (@metrodaily) March 3, 2025"),
                Arguments.of(BoilerplateRule.SOCIAL_EMBED_SIGNATURE, "- Jane Doe (@janedoe_22) Dec. 18, 2024"),
                Arguments.of(BoilerplateRule.SOCIAL_EMBED_SIGNATURE, "—City Hall (@cityhall)"),
                Arguments.of(BoilerplateRule.SOCIAL_EMBED_SIGNATURE, "Transit Watch (@transitwatch) June 26, 2013"),
                Arguments.of(BoilerplateRule.TWITTER_MEDIA_LINK, "The mayor’s clip went viral… pic.twitter.com/AbC123"),
                Arguments.of(BoilerplateRule.TWITTER_MEDIA_LINK, "▪ The… pic.twitter.com/xYz789"),
                Arguments.of(BoilerplateRule.EMBED_SHORTCODE, "[pullquote]"),
                Arguments.of(BoilerplateRule.EMBED_SHORTCODE, "[embedtweet id=\"1234567890\"]"),
                Arguments.of(BoilerplateRule.LINK_TEASER, "Read more!https://t.co/Xy12AbCd"),
                Arguments.of(BoilerplateRule.LINK_TEASER, "READ MORE: Council delays vote on bus lanes"),
                Arguments.of(BoilerplateRule.LINK_TEASER, "Read More »"),
                Arguments.of(BoilerplateRule.LINK_TEASER, "Also see: Why the transit vote matters"),
                Arguments.of(BoilerplateRule.LINK_TEASER, "ALSO READ"),
                Arguments.of(BoilerplateRule.LINK_TEASER, "Related: Five questions about the budget"),
                Arguments.of(BoilerplateRule.LINK_TEASER, "Further reading: our guide to the bond vote."),
                Arguments.of(BoilerplateRule.PARENTHESISED_TEASER, "( PHOTOS: 12 moments from the council vote)"),
                Arguments.of(BoilerplateRule.PARENTHESISED_TEASER, "(MORE: What the plan means for commuters)"),
                Arguments.of(BoilerplateRule.PARENTHESISED_TEASER, "( Also on METRO: Full budget coverage)"),
                Arguments.of(BoilerplateRule.BARE_LINK, "https://t.co/Xy12AbCd"),
                Arguments.of(BoilerplateRule.BARE_LINK, "Source: https://www.example.org/reports/transit-2025.pdf"),
                Arguments.of(BoilerplateRule.CLICK_HERE, "CLICK HERE TO GET THE METRO APP"),
                Arguments.of(BoilerplateRule.CLICK_HERE, "Can't see the chart above? Click here."),
                Arguments.of(BoilerplateRule.FOLLOW_PROMPT, "Follow us on Facebook and Instagram."),
                Arguments.of(BoilerplateRule.FOLLOW_PROMPT, "Follow @metrodaily"),
                Arguments.of(BoilerplateRule.FOLLOW_PROMPT, "- Follow the Desk on Twitter: @metrodesk"),
                Arguments.of(BoilerplateRule.SUBSCRIBE_PROMPT, "Subscribe"),
                Arguments.of(BoilerplateRule.SUBSCRIBE_PROMPT, "Sign up for Daily Newsletters Manage Newsletters"),
                Arguments.of(BoilerplateRule.SUBSCRIBE_PROMPT, "Subscribe to our free weekly politics newsletter."),
                Arguments.of(BoilerplateRule.SUBSCRIBE_PROMPT,
                        "Get Metro stories delivered to your inbox. By signing up, you agree to our Privacy Policy"),
                Arguments.of(BoilerplateRule.SUBSCRIBE_PROMPT,
                        "To read more editorials, sign up for the daily Opinion email newsletter."),
                Arguments.of(BoilerplateRule.IMAGE_CAPTION, "Enlarge this image toggle caption Jo Lee/Metro"),
                Arguments.of(BoilerplateRule.IMAGE_CAPTION, "Hide Caption 3 of 9 Photos: The council chamber"),
                Arguments.of(BoilerplateRule.IMAGE_CAPTION, "Image copyright Metro Images"),
                Arguments.of(BoilerplateRule.PAGE_CHROME, "Advertisement"),
                Arguments.of(BoilerplateRule.PAGE_CHROME, "ADVERTISEMENT:"),
                Arguments.of(BoilerplateRule.PAGE_CHROME, "Story Continued Below"),
                Arguments.of(BoilerplateRule.PAGE_CHROME, "Share this article"),
                Arguments.of(BoilerplateRule.PAGE_CHROME, "SHARE THIS ARTICLE Share Tweet Post Email"),
                Arguments.of(BoilerplateRule.PAGE_CHROME, "Slideshow (4 Images)"),
                Arguments.of(BoilerplateRule.PAGE_CHROME, "6 years ago"),
                Arguments.of(BoilerplateRule.PAGE_CHROME, "Loading..."),
                Arguments.of(BoilerplateRule.PARENTHESISED_TEASER, "( QUIZ: How well do you know the mayor?)"),
                Arguments.of(BoilerplateRule.PUBLICATION_NOTICE,
                        "The opinions expressed by columnists are their own and do not represent the views of Metro."),
                Arguments.of(BoilerplateRule.PUBLICATION_NOTICE,
                        "Jo Lee is a professor of planning at Metro University. The views expressed are her own."),
                Arguments.of(BoilerplateRule.PUBLICATION_NOTICE, "This is a rush transcript. Copy may not be final."),
                Arguments.of(BoilerplateRule.PUBLICATION_NOTICE, "This piece first appeared in the Metro Ledger."),
                Arguments.of(BoilerplateRule.PUBLICATION_NOTICE, "Reprinted from Transitwire with permission."),
                Arguments.of(BoilerplateRule.COPYRIGHT, "© 2025 Metro Daily Media"),
                Arguments.of(BoilerplateRule.COPYRIGHT, "Copyright © 2019 The Daily Ledger, LLC."),
                Arguments.of(BoilerplateRule.COPYRIGHT, "Metro Daily. All rights reserved."),
                Arguments.of(BoilerplateRule.CONTRIBUTOR_CREDIT, "The Associated Press contributed to this report."),
                Arguments.of(BoilerplateRule.CONTRIBUTOR_CREDIT, "—A.B. Reed and C. Diaz contributed to this article."),
                Arguments.of(BoilerplateRule.CONTRIBUTOR_CREDIT, "Jane Doe contributed reporting from Denver."),
                Arguments.of(BoilerplateRule.CONTRIBUTOR_CREDIT, "(Reporting by Jane Doe; Editing by John Roe)"));
    }

    @ParameterizedTest
    @MethodSource("boilerplateLines")
    void marksBoilerplateWithItsRule(BoilerplateRule rule, String line) {
        assertEquals(Optional.of(rule), BoilerplateRule.firstMatch(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It passed.",
            "—Jane Doe, Transit Commissioner.",
            "\"We are finally moving forward,\"",
            "Ridership fell — as the agency (@metrotransit on social media) admitted — by a third.",
            "We are finally moving forward. — Metro Daily (@metrodaily) March 3, 2025",
            "The clip went viral pic.twitter.com/AbC123 — Jane Doe (@janedoe) March 3, 2025",
            "[The council later corrected the figure to $38 million.]",
            "Related to this, the transit chief resigned on Friday.",
            "Read the report and you will see why the vote was close.",
            "Follow the money, the auditor told the council.",
            "Sign up for coverage ends on Dec. 15, officials said.",
            "The ad ran for three weeks before the vote.",
            "Copyright law was at the heart of the dispute.",
            "Dozens of volunteers contributed to the report, which was published Monday.",
            "Reporting by the Ledger revealed that the contract was never signed.",
            "The agency posted the plan at https://www.example.org/plan for public comment until May.",
            "Documented arrests undermine the official narrative",
            "Recipients subscribe to the alerts simply by signing up on the city website.",
            "(Update: The governor signed the bill on Friday.)",
            "The mayor said the views of residents are their own business, not the council's."})
    void leavesProseAlone(String line) {
        assertEquals(Optional.empty(), BoilerplateRule.firstMatch(line));
    }
}
