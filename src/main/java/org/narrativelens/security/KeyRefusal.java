package org.narrativelens.security;

import java.util.Map;

/**
 * A call the key check refuses: 401 (no or a wrong key) or 429 (past a rate). The api package's problem mapper turns it
 * into problem+json with these headers, so that security needs nothing from api.
 */
public final class KeyRefusal extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> headers;

    KeyRefusal(int status, String title, String detail, Map<String, String> headers) {
        // no stack trace: thrown for every refused call, and never a bug
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The header the refusal is about. */
    public String field() {
        return ApiKeyFilter.HEADER;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
