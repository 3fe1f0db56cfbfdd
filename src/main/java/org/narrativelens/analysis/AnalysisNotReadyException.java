package org.narrativelens.analysis;

/** The analysis exists but cannot score documents (not finished, failed, or made with another model): a 409. */
public class AnalysisNotReadyException extends RuntimeException {

    public AnalysisNotReadyException(String detail) {
        super(detail);
    }
}
