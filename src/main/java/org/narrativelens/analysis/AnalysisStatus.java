package org.narrativelens.analysis;

/** The life of an analysis job. */
public enum AnalysisStatus {
    queued, running, succeeded, failed;

    public boolean finished() {
        return this == succeeded || this == failed;
    }
}
