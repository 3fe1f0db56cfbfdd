package org.narrativelens.security;

import jakarta.enterprise.context.RequestScoped;

/** The tenant of the call being served, set by {@link ApiKeyFilter} once the call's key is checked. */
@RequestScoped
public class CurrentTenant {

    private String id;

    /** The tenant; fails, rather than guess, when no key check has run for this call. */
    public String id() {
        if (id == null) {
            throw new IllegalStateException("No tenant for this call: it did not pass the API key filter");
        }
        return id;
    }

    void set(String tenant) {
        this.id = tenant;
    }
}
