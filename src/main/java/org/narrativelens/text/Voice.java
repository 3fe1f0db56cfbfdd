package org.narrativelens.text;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whose words a passage is: the author's own prose, a direct quote, or reported speech. */
public enum Voice {
    AUTHOR, QUOTED, REPORTED;

    /** The lower-case name used in JSON and in the database. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Voice ofCode(String code) {
        return code == null ? AUTHOR : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
