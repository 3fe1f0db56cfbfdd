package org.narrativelens.embed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Embeds texts chunk by chunk, shortest first, and stores each chunk while the model works on the next, so that the write of a
 * chunk (a commit that waits for the disk) overlaps the model's computation instead of following it. At most one
 * chunk waits to be stored; a failed write stops the run at the next chunk with that failure.
 */
public final class ChunkedEmbedding {

    private final Function<List<String>, float[][]> model;
    private final Consumer<Map<String, float[]>> sink;
    private final int chunkSize;

    /**
     * @param model     the model call: one vector per text, in order
     * @param sink      stores one chunk's vectors by hash, and reports the progress it represents
     * @param chunkSize texts per chunk: work survives an interruption in steps of this size
     */
    public ChunkedEmbedding(Function<List<String>, float[][]> model, Consumer<Map<String, float[]>> sink,
                            int chunkSize) {
        this.model = model;
        this.sink = sink;
        this.chunkSize = chunkSize;
    }

    /** Embeds and stores every text of {@code todo} (hash to text); returns the vectors by hash. */
    public Map<String, float[]> run(Map<String, String> todo) {
        // shortest first, so that each chunk holds texts of like length and the model pads them little, as if the
        // whole list had been sorted at once
        List<Map.Entry<String, String>> entries = new ArrayList<>(todo.entrySet());
        entries.sort(Comparator.comparingInt(entry -> entry.getValue().length()));
        Map<String, float[]> done = new LinkedHashMap<>();
        if (entries.isEmpty()) {
            return done;
        }
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedding-writer");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> pending = null;
        try {
            for (int from = 0; from < entries.size(); from += chunkSize) {
                List<Map.Entry<String, String>> chunk = entries.subList(from, Math.min(entries.size(), from + chunkSize));
                float[][] vectors = model.apply(chunk.stream().map(Map.Entry::getValue).toList());
                Map<String, float[]> fresh = new LinkedHashMap<>();
                for (int i = 0; i < chunk.size(); i++) {
                    fresh.put(chunk.get(i).getKey(), vectors[i]);
                }
                done.putAll(fresh);
                await(pending);
                pending = writer.submit(() -> sink.accept(fresh));
            }
            await(pending);
            return done;
        } finally {
            writer.shutdownNow();
        }
    }

    private static void await(Future<?> pending) {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing vectors", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
