package org.narrativelens.text;

import java.util.Objects;

/**
 * Who speaks in a passage.
 *
 * @param name        the speaker's fullest name as written in the document ("Zabihullah Mujahid" also for a later
 *                    "Mujahid"), without honorifics
 * @param description title or description attached to the person in the document ("Taliban spokesperson"), or null
 * @param start       offset of the mention that attributes this passage (as written, e.g. "Mujahid"), inclusive
 * @param end         its end offset, exclusive
 */
public record Speaker(String name, String description, int start, int end) {

    public Speaker {
        Objects.requireNonNull(name, "name");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention offsets [" + start + ", " + end + ")");
        }
    }
}
