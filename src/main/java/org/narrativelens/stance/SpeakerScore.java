package org.narrativelens.stance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where one quoted or reported speaker stands on the main axis, from the passages in their voice: a 95% bootstrap
 * interval, the number of passages (quoted and reported), the sources that quote them and the passages that moved
 * them most.
 *
 * @param name        the fullest name the documents write
 * @param description the first title or description attached to the name, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpeakerScore(String name, String description, double stance, Interval interval, int passages,
                           int quoted, int reported, List<QuotingSource> sources, List<Evidence> evidence) {

    /** A source that quotes or reports the speaker, with how many of its passages do. */
    public record QuotingSource(String source, int passages) {
    }
}
