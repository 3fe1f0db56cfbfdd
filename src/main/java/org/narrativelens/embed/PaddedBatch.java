package org.narrativelens.embed;

import ai.djl.huggingface.tokenizers.Encoding;

/** Token ids, attention mask and token types of several texts, padded with zeros to the longest of them. */
record PaddedBatch(long[][] inputIds, long[][] attentionMask, long[][] tokenTypeIds) {

    /** Pads the encodings at the given positions, in that order. */
    static PaddedBatch of(Encoding[] encodings, int[] positions) {
        int longest = 0;
        for (int position : positions) {
            longest = Math.max(longest, encodings[position].getIds().length);
        }
        long[][] ids = new long[positions.length][longest];
        long[][] mask = new long[positions.length][longest];
        long[][] types = new long[positions.length][longest];
        for (int row = 0; row < positions.length; row++) {
            Encoding encoding = encodings[positions[row]];
            copy(encoding.getIds(), ids[row]);
            copy(encoding.getAttentionMask(), mask[row]);
            copy(encoding.getTypeIds(), types[row]);
        }
        return new PaddedBatch(ids, mask, types);
    }

    private static void copy(long[] from, long[] to) {
        System.arraycopy(from, 0, to, 0, from.length);
    }

    int size() {
        return inputIds.length;
    }
}
