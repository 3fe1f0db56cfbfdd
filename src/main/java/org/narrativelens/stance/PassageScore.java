package org.narrativelens.stance;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One passage's frame, stance on the main axis, relevance (the weight it carries in the averages), voice
 * ({@code author}, {@code quoted}, {@code reported}) and speaker (null when the author's or unknown).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassageScore(long passageId, long documentId, String frameId, double stance, double relevance,
                           String voice, String speaker) {
}
