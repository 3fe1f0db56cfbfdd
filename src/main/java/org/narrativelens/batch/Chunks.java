package org.narrativelens.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** Splits documents into upload chunks of at most a number of items and, where possible, a number of bytes. */
public final class Chunks {

    private Chunks() {
    }

    /** Consecutive chunks in input order; a single item larger than the byte budget gets a chunk of its own. */
    public static <T> List<List<T>> split(List<T> items, int maxItems, long maxBytes, ToLongFunction<T> size) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long bytes = 0;
        for (T item : items) {
            long itemBytes = size.applyAsLong(item);
            if (!current.isEmpty() && (current.size() >= maxItems || bytes + itemBytes > maxBytes)) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(item);
            bytes += itemBytes;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
