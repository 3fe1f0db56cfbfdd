package org.narrativelens;

/** Raised by any stage when a request is well-formed JSON but breaks a rule; names the offending field. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
