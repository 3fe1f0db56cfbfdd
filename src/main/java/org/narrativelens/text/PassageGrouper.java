package org.narrativelens.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the consecutive sentences of one paragraph into passages within the size limits, starting a new passage
 * wherever the voice or the speaker changes, so that a passage is one voice.
 */
final class PassageGrouper {

    /** A passage-to-be: its span, its first sentence's index in the paragraph and how many sentences it holds. */
    record Group(Span span, int first, int sentences) {
    }

    private final SegmenterSettings settings;

    PassageGrouper(SegmenterSettings settings) {
        this.settings = settings;
    }

    /** Groups without voices: every sentence the author's. */
    List<Group> group(List<Span> sentences) {
        return group(sentences, sentences.stream().map(s -> PassageVoice.AUTHOR).toList());
    }

    List<Group> group(List<Span> sentences, List<PassageVoice> voices) {
        List<Group> groups = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= sentences.size(); i++) {
            if (i == sentences.size() || !voices.get(i).sameAs(voices.get(runStart))) {
                groupRun(sentences, runStart, i, groups);
                runStart = i;
            }
        }
        mergeShortGroups(groups);
        return groups;
    }

    private void groupRun(List<Span> sentences, int from, int to, List<Group> groups) {
        int first = from;
        while (first < to) {
            int target = balancedSize(to - first);
            int end = first + 1;
            while (end < to && end - first < target
                    && sentences.get(end).end() - sentences.get(first).start() <= settings.maxCharsPerPassage()) {
                end++;
            }
            groups.add(new Group(new Span(sentences.get(first).start(), sentences.get(end - 1).end()), first,
                    end - first));
            first = end;
        }
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
     * limits by this one short sentence, and its voice is the one covering most of its characters.
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
        return new Group(new Span(earlier.span().start(), later.span().end()), earlier.first(),
                earlier.sentences() + later.sentences());
    }

    /**
     * The voice of a group: the one whose sentences cover most characters (the earliest on a tie), with the speech
     * content running from the first to the last content of that voice's sentences.
     */
    static PassageVoice voiceOf(Group group, List<Span> sentences, List<PassageVoice> voices) {
        PassageVoice chosen = majorityVoice(group, sentences, voices);
        int start = -1;
        int end = -1;
        for (int i = group.first(); i < group.first() + group.sentences(); i++) {
            PassageVoice voice = voices.get(i);
            if (voice.sameAs(chosen) && voice.hasContent()) {
                start = start < 0 ? voice.contentStart() : start;
                end = voice.contentEnd();
            }
        }
        return chosen.withContent(start, end);
    }

    private static PassageVoice majorityVoice(Group group, List<Span> sentences, List<PassageVoice> voices) {
        PassageVoice best = voices.get(group.first());
        int bestChars = -1;
        for (int i = group.first(); i < group.first() + group.sentences(); i++) {
            int chars = 0;
            for (int j = group.first(); j < group.first() + group.sentences(); j++) {
                if (voices.get(j).sameAs(voices.get(i))) {
                    chars += sentences.get(j).length();
                }
            }
            if (chars > bestChars) {
                bestChars = chars;
                best = voices.get(i);
            }
        }
        return best;
    }
}
