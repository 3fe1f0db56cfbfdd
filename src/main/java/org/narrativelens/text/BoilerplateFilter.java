package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Decides which paragraphs of a document are boilerplate: the line rules plus rules that need the whole page. */
final class BoilerplateFilter {

    /** A teaser heading with nothing after it ("ALSO SEE", "Read more:"): the link titles follow on their own lines. */
    private static final Pattern BARE_TEASER_HEADING = Pattern.compile(
            "^\\W*(?:read (?:more|next|also)|also (?:read|see)|see also|more on this|further reading"
                    + "|related(?: stories| articles| coverage| posts| reading| content)?)\\W*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Names of the widgets a page shows below an article ("Recent", "Most Read"); they never head author prose.
     * "Related" is not one of them: sites put related-link boxes mid-article too (see the teaser lists).
     */
    private static final Pattern NAVIGATION_HEADING = Pattern.compile(
            "^(?:recent(?: posts| articles| stories)?|latest(?: news| stories| posts)?"
                    + "|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular(?: posts| stories)?"
                    + "|more (?:stories|news|articles)"
                    + "|you (?:may|might) also like|recommended(?: for you| stories)?|read next|top stories"
                    + "|what to read next|editor'?s picks)\\W*$",
            Pattern.CASE_INSENSITIVE);

    private final int minChars;

    BoilerplateFilter(int minChars) {
        this.minChars = minChars;
    }

    /** The paragraphs kept, in order, and how many were dropped. */
    record Result(List<Paragraph> kept, int dropped) {
    }

    Result filter(List<Paragraph> paragraphs, int textLength) {
        boolean[] drop = new boolean[paragraphs.size()];
        for (int i = 0; i < drop.length; i++) {
            drop[i] = BoilerplateRule.firstMatch(paragraphs.get(i).text()).isPresent();
        }
        dropTeaserLists(paragraphs, drop);
        dropNavigationTail(paragraphs, textLength, drop);
        dropTrailingTitles(paragraphs, drop);
        dropFragments(paragraphs, drop);

        List<Paragraph> kept = new ArrayList<>();
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) {
                kept.add(paragraphs.get(i));
            }
        }
        return new Result(kept, drop.length - kept.size());
    }

    /** The title-like lines right after a bare teaser heading are the titles of the linked pages. */
    private static void dropTeaserLists(List<Paragraph> paragraphs, boolean[] drop) {
        for (int i = 0; i < drop.length; i++) {
            if (!BARE_TEASER_HEADING.matcher(paragraphs.get(i).text()).matches()) {
                continue;
            }
            int next = i + 1;
            while (next < drop.length && (drop[next] || LineShape.looksLikeTitle(paragraphs.get(next).text()))) {
                drop[next++] = true;
            }
        }
    }

    /**
     * A widget heading in the second half of the page starts the page's navigation: teaser titles and summaries
     * that do end in full stops, so the title rule below would stop at them. The half keeps an early "Related"
     * box from swallowing the article.
     */
    private static void dropNavigationTail(List<Paragraph> paragraphs, int textLength, boolean[] drop) {
        for (int i = 0; i < drop.length; i++) {
            Paragraph paragraph = paragraphs.get(i);
            if (paragraph.start() >= textLength / 2 && NAVIGATION_HEADING.matcher(paragraph.text()).matches()) {
                for (int j = i; j < drop.length; j++) {
                    drop[j] = true;
                }
                return;
            }
        }
    }

    /**
     * From the end backwards, title-like lines ("Most Read", headline lists, "More from USA TODAY") are dropped
     * until the first prose line. If no prose line precedes them the document is all titles: they are kept.
     */
    private static void dropTrailingTitles(List<Paragraph> paragraphs, boolean[] drop) {
        List<Integer> titles = new ArrayList<>();
        for (int i = drop.length - 1; i >= 0; i--) {
            if (drop[i]) {
                continue;
            }
            if (!LineShape.looksLikeTitle(paragraphs.get(i).text())) {
                titles.forEach(t -> drop[t] = true);
                return;
            }
            titles.add(i);
        }
    }

    /** Lines too short to be a passage and not a sentence: "Breaking:", "🔎 Fact Check", "• • •", "Urgent:". */
    private void dropFragments(List<Paragraph> paragraphs, boolean[] drop) {
        for (int i = 0; i < drop.length; i++) {
            String text = paragraphs.get(i).text();
            if (!drop[i] && text.codePointCount(0, text.length()) < minChars && !LineShape.endsLikeSentence(text)) {
                drop[i] = true;
            }
        }
    }
}
