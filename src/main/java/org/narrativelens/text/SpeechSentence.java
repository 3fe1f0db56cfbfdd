package org.narrativelens.text;

import java.util.List;

/**
 * One sentence prepared for speech cues: its tokens, its name mentions, and which tokens lie inside a direct quote.
 *
 * @param paragraph index of its paragraph among the document's kept paragraphs
 */
record SpeechSentence(int paragraph, int start, int end, List<Token> tokens, List<NameMention> mentions,
                      boolean[] quotedToken) {

    int length() {
        return end - start;
    }
}
