package org.narrativelens.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one document: later mentions by surname resolve to the full name written earlier (or later, when
 * the document has just one full name with that surname), descriptions stick to the person, and the last speaker is
 * remembered for "he said" right after it.
 */
final class SpeakerRegistry {

    /** Paragraphs within which "he" / "she" still refers to the last named speaker. */
    private static final int PRONOUN_REACH = 2;

    private final Map<String, List<NameMention>> fullNamesByLastWord = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private final Set<String> capitalisedInside = new HashSet<>();
    private final Map<String, Integer> mentionCounts = new HashMap<>();
    private Speaker lastSpeaker;
    private int lastSpeakerParagraph = Integer.MIN_VALUE;

    /** Records the descriptions written next to the names of one sentence (after {@link #learnFullNames}). */
    void learnDescriptions(String text, List<Token> sentenceTokens, List<NameMention> mentions) {
        for (NameMention mention : mentions) {
            String description = NameFinder.describe(text, sentenceTokens, mention);
            if (description != null) {
                descriptions.putIfAbsent(canonicalOf(mention.name(), mention.start()), description);
            }
        }
    }

    /** Registers every full name before single-word mentions are resolved. */
    void learnFullNames(List<NameMention> mentions) {
        for (NameMention mention : mentions) {
            mentionCounts.merge(mention.name(), 1, Integer::sum);
            if (mention.tokenCount() >= 2) {
                List<NameMention> known = fullNamesByLastWord.computeIfAbsent(mention.lastWord(), k -> new ArrayList<>());
                if (known.stream().noneMatch(m -> m.name().equals(mention.name()))) {
                    known.add(mention);
                }
            }
            if (mention.first() > 0) {
                capitalisedInside.add(mention.name());
            }
        }
    }

    /**
     * The speaker a mention names, or null when it cannot be a name: a single capitalised word at the start of a
     * sentence that the document never capitalises elsewhere ("Officials said") is an ordinary word.
     */
    Speaker speaker(NameMention mention, boolean sentenceInitial) {
        if (mention.tokenCount() == 1 && sentenceInitial && mention.title() == null
                && !capitalisedInside.contains(mention.name()) && !fullNamesByLastWord.containsKey(mention.name())) {
            return null;
        }
        String name = canonicalOf(mention.name(), mention.start());
        return new Speaker(name, descriptions.get(name), mention.start(), mention.end());
    }

    private String canonicalOf(String name, int offset) {
        if (name.indexOf(' ') >= 0) {
            return name;
        }
        List<NameMention> full = fullNamesByLastWord.get(name);
        if (full == null || full.isEmpty()) {
            return name;
        }
        NameMention chosen = full.get(0);
        for (NameMention candidate : full) {
            if (candidate.start() < offset) {
                chosen = candidate; // the nearest full name written before this mention
            }
        }
        // A surname is written alone a few times per full mention; a word far more often alone than in the longer
        // name ("Pakistan" against "Tehrik-i-Taliban Pakistan") is a name of its own.
        int alone = mentionCounts.getOrDefault(name, 0);
        int inFull = mentionCounts.getOrDefault(chosen.name(), 0);
        return alone <= 3 * inFull + 2 ? chosen.name() : name;
    }

    /** The last named speaker, for "he said" within {@link #PRONOUN_REACH} paragraphs of it; otherwise null. */
    Speaker pronounSpeaker(int paragraph, int start, int end) {
        if (lastSpeaker == null || paragraph - lastSpeakerParagraph > PRONOUN_REACH) {
            return null;
        }
        return new Speaker(lastSpeaker.name(), lastSpeaker.description(), start, end);
    }

    /**
     * A sentence that opens with a person's full name ("Zabihullah Mujahid, spokesperson for ..., attempted")
     * makes that person the one a following "he said" refers to.
     */
    void mentionedAsSubject(SpeechSentence sentence, int paragraph) {
        List<NameMention> mentions = sentence.mentions();
        if (mentions.isEmpty()) {
            return;
        }
        NameMention first = mentions.get(0);
        if (first.tokenCount() >= 2 && first.tokenCount() <= 4 && first.runStart() <= 1 && isPersonShaped(first)) {
            String name = canonicalOf(first.name(), first.start());
            spoke(new Speaker(name, descriptions.get(name), first.start(), first.end()), paragraph);
        }
    }

    /** Words of a person's name: capitalised then lower case ("LoGerfo" too), or an initial; no organisation words. */
    private static boolean isPersonShaped(NameMention mention) {
        for (String word : mention.name().split(" ")) {
            boolean initial = word.length() == 2 && word.charAt(1) == '.';
            boolean shaped = word.length() > 1 && Character.isUpperCase(word.charAt(0))
                    && Character.isLowerCase(word.charAt(1));
            if (!initial && !shaped || ORGANISATION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ORGANISATION_WORDS = Set.of("state", "province", "movement", "institute",
            "council", "ministry", "department", "party", "army", "group", "news", "times", "post", "nations",
            "taliban", "emirate", "intelligence", "agency", "office", "government", "commission", "committee",
            "front", "force", "forces", "company", "university", "bank", "court", "house", "senate", "congress",
            "police", "islamic", "united", "national", "federal", "republic", "union", "association", "network",
            "media", "research", "directorate", "security", "kingdom", "states", "organization", "organisation");

    void spoke(Speaker speaker, int paragraph) {
        if (speaker != null) {
            lastSpeaker = speaker;
            lastSpeakerParagraph = paragraph;
        }
    }

    String descriptionOf(String name) {
        return descriptions.get(name);
    }
}
