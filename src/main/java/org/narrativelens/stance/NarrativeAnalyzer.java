package org.narrativelens.stance;

import java.util.ArrayList;
import java.util.List;
import org.narrativelens.frames.AnalysisRequest;
import org.narrativelens.frames.FrameFitter;
import org.narrativelens.frames.ScoredPassage;
import org.narrativelens.frames.ScoringModel;
import org.narrativelens.frames.StageClock;

/**
 * Finds the opposing frames of a corpus and scores every source, document and passage between them: the frames stage
 * ({@link FrameFitter}: topic clusters, the main axis, its permutation p-value, frames, passages placed on them), then
 * stances, intervals, frame shares and evidence. Same input, same output.
 * <p>
 * An empty passage list gives an empty map with a note; malformed input throws {@link IllegalArgumentException} with
 * the reason (see {@link FrameFitter}).
 */
public final class NarrativeAnalyzer {

    private final FrameFitter fitter = new FrameFitter();

    public NarrativeMap analyze(AnalysisRequest request) {
        return analyze(request, StageClock.NONE);
    }

    /** As {@link #analyze(AnalysisRequest)}, telling the clock when each stage starts. */
    public NarrativeMap analyze(AnalysisRequest request, StageClock clock) {
        FrameFitter.Fitted fitted = fitter.fit(request, clock);
        ScoringModel scoring = fitted.scoring();
        if (scoring == null) {
            return new NarrativeMap(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), fitted.notes(),
                    null);
        }
        List<String> notes = new ArrayList<>(fitted.notes());
        Aggregate aggregate = new StanceScorer(scoring.frameIds(), scoring.bootstrapSamples(),
                scoring.evidencePerSource(), scoring.seed()).aggregate(fitted.passages(), scoring.allVoices());
        notes.addAll(aggregate.selection().notes());
        notes.addAll(anchorDisagreements(fitted, aggregate.sources()));
        List<PassageScore> passages = request.options().includePassageScores()
                ? fitted.passages().stream().map(NarrativeAnalyzer::passageScore).toList()
                : List.of();
        return new NarrativeMap(fitted.frames(), fitted.axes(), aggregate.sources(), aggregate.speakers(),
                aggregate.documents(), passages, List.copyOf(notes), scoring);
    }

    private static PassageScore passageScore(ScoredPassage p) {
        return new PassageScore(p.passageId(), p.documentId(), p.frameId(), p.stance(), p.relevance(),
                p.voice().voice().code(), p.speakerName());
    }

    /** A guided axis does not fit on anchors: the anchored sources that land on the other side are reported. */
    private static List<String> anchorDisagreements(FrameFitter.Fitted fitted, List<SourceScore> sources) {
        List<String> notes = new ArrayList<>();
        for (SourceScore score : sources) {
            if (fitted.anchorsA().contains(score.source()) && score.stance() > 0) {
                notes.add("anchor source '" + score.source() + "' was put on side A but scores on the B side");
            }
            if (fitted.anchorsB().contains(score.source()) && score.stance() < 0) {
                notes.add("anchor source '" + score.source() + "' was put on side B but scores on the A side");
            }
        }
        return notes;
    }
}
