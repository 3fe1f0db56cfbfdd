package org.narrativelens.corpus;

/** Maps C1 control characters that are Windows-1252 punctuation decoded as Latin-1 back to what they stand for. */
public final class Windows1252 {

    /**
     * Windows-1252's characters for the bytes 0x80-0x9F; 0 where the code page defines none (0x81, 0x8D, 0x8F, 0x90,
     * 0x9D), which stay control characters and are refused as such.
     */
    private static final char[] C1 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178',
    };

    private Windows1252() {
    }

    /** {@code value} with each mappable C1 character replaced one for one, so every offset is unchanged. */
    public static String repair(String value) {
        if (value == null || value.chars().noneMatch(Windows1252::mappable)) {
            return value;
        }
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (mappable(chars[i])) {
                chars[i] = C1[chars[i] - 0x80];
            }
        }
        return new String(chars);
    }

    /** The submission with every field repaired; the stored text, and so every offset, is the repaired one. */
    public static DocumentSubmission repair(DocumentSubmission d) {
        return d == null ? null : new DocumentSubmission(repair(d.externalId()), repair(d.source()), repair(d.title()),
                repair(d.url()), repair(d.publishedAt()), repair(d.language()), repair(d.text()));
    }

    private static boolean mappable(int c) {
        return c >= 0x80 && c <= 0x9F && C1[c - 0x80] != 0;
    }
}
