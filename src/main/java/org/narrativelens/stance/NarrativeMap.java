package org.narrativelens.stance;

import java.util.List;
import org.narrativelens.frames.Axis;
import org.narrativelens.frames.Frame;
import org.narrativelens.frames.ScoringModel;

/**
 * The result of an analysis: frames, axes (the first is the main axis), and stance and frame scores per source,
 * quoted or reported speaker, document and (optionally) passage, with notes on how much to trust them, and what
 * scoring new passages needs (null when there were no passages).
 */
public record NarrativeMap(List<Frame> frames, List<Axis> axes, List<SourceScore> sources,
                           List<SpeakerScore> speakers, List<DocumentScore> documents, List<PassageScore> passages,
                           List<String> notes, ScoringModel scoring) {
}
