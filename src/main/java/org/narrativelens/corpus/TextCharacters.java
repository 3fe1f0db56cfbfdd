package org.narrativelens.corpus;

import java.util.Optional;

/** Finds characters no stored text may hold: control characters (bar layout ones in long text) and lone surrogates. */
public final class TextCharacters {

    private TextCharacters() {
    }

    /**
     * Why {@code value} cannot be stored, naming the field, the character and its offset; empty when it can.
     * Long text may hold tab, line feed, carriage return and form feed; short fields (names, labels) none of them.
     */
    public static Optional<String> problem(String field, String value, boolean layoutAllowed) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(field + ": unpaired surrogate " + code(c) + " at offset " + i
                        + " is not a Unicode character");
            } else if (isControl(c) && !(layoutAllowed && isLayout(c))) {
                return Optional.of(field + ": control character " + code(c) + " at offset " + i + " is not allowed"
                        + (layoutAllowed ? " (only tab, line feed, carriage return and form feed are)" : ""));
            }
        }
        return Optional.empty();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    private static boolean isLayout(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
