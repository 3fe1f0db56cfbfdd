package org.narrativelens.stance;

import java.util.List;

/**
 * Scored passages aggregated the one way every path does it: sources and documents from the passages the voice
 * selection keeps, speakers from what they say.
 */
public record Aggregate(List<SourceScore> sources, List<DocumentScore> documents, List<SpeakerScore> speakers,
                        VoiceSelection selection) {
}
