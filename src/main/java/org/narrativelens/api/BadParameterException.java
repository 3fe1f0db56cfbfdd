package org.narrativelens.api;

/** A query or header parameter whose value the contract does not allow; answered 400 naming the parameter. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** {@code true} or {@code false} exactly; absent is {@code fallback}; anything else ("yes", "1") is refused. */
    public static boolean flag(String parameter, String value, boolean fallback) {
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException(parameter, "Query parameter '" + parameter
                    + "' must be true or false, not '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value)
                    + "'");
        };
    }
}
