package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;

/** Groups the consecutive sentences of one paragraph into passages within the size limits. */
final class PassageGrouper {

    /** A passage-to-be: its span and how many sentences it holds. */
    record Group(Span span, int sentences) {
    }

    private final SegmenterSettings settings;

    PassageGrouper(SegmenterSettings settings) {
        this.settings = settings;
    }

    List<Group> group(List<Span> sentences) {
        List<Group> groups = new ArrayList<>();
        int first = 0;
        while (first < sentences.size()) {
            int target = balancedSize(sentences.size() - first);
            int end = first + 1;
            while (end < sentences.size() && end - first < target
                    && sentences.get(end).end() - sentences.get(first).start() <= settings.maxCharsPerPassage()) {
                end++;
            }
            groups.add(new Group(new Span(sentences.get(first).start(), sentences.get(end - 1).end()), end - first));
            first = end;
        }
        mergeShortGroups(groups);
        return groups;
    }

    /** Spreads the remaining sentences evenly: 4 sentences at 3 per passage give 2 + 2, not 3 + 1. */
    private int balancedSize(int remaining) {
        int max = settings.maxSentencesPerPassage();
        int groupsLeft = (remaining + max - 1) / max;
        return (remaining + groupsLeft - 1) / groupsLeft;
    }

    /**
     * A group under the minimum ("Yes." next to a sentence too long to share a passage with) means little on its
     * own, so it joins its previous neighbour, or its next one when it is first; that passage may then exceed the
     * limits by this one short sentence.
     */
    private void mergeShortGroups(List<Group> groups) {
        int i = 0;
        while (groups.size() > 1 && i < groups.size()) {
            if (groups.get(i).span().length() >= settings.minCharsPerPassage()) {
                i++;
            } else if (i > 0) {
                groups.set(i - 1, merge(groups.get(i - 1), groups.remove(i)));
            } else {
                groups.set(0, merge(groups.get(0), groups.remove(1)));
            }
        }
    }

    private static Group merge(Group earlier, Group later) {
        return new Group(new Span(earlier.span().start(), later.span().end()), earlier.sentences() + later.sentences());
    }
}
