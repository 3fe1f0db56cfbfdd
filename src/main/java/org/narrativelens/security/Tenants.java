package org.narrativelens.security;

import java.util.regex.Pattern;

/** What a tenant name may be, and the tenant of a service that runs without keys. */
public final class Tenants {

    /** The tenant of every call when no API key is configured, and of data stored before tenants existed. */
    public static final String DEFAULT = "default";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Tenants() {
    }

    static boolean isValidName(String tenant) {
        return NAME.matcher(tenant).matches();
    }
}
