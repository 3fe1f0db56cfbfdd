package org.narrativelens.evaluation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.narrativelens.corpus.ContentHash;

/**
 * Passage vectors on disk, keyed by SHA-256 of the passage text, one append-only file per model: records of 32 hash
 * bytes then {@code dimension} little-endian floats. A torn last record (an interrupted run) is cut off on open.
 */
public final class VectorCache implements AutoCloseable {

    private final Path file;
    private final int dimension;
    private final Map<String, float[]> vectors = new HashMap<>();
    private final DataOutputStream out;

    private VectorCache(Path file, int dimension) throws IOException {
        this.file = file;
        this.dimension = dimension;
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        int record = 32 + dimension * Float.BYTES;
        if (Files.exists(file)) {
            long whole = Files.size(file) / record * record;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(whole);
            }
            load(record);
        }
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16));
    }

    /** Opens (or creates) {@code dir/<model>.vec}. */
    public static VectorCache open(Path dir, String model, int dimension) {
        try {
            return new VectorCache(dir.resolve(model + ".vec"), dimension);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open vector cache in " + dir, e);
        }
    }

    private void load(int record) throws IOException {
        byte[] bytes = new byte[record];
        HexFormat hex = HexFormat.of();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                try {
                    in.readFully(bytes);
                } catch (EOFException e) {
                    break;
                }
                float[] vector = new float[dimension];
                ByteBuffer.wrap(bytes, 32, dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer()
                        .get(vector);
                vectors.put(hex.formatHex(bytes, 0, 32), vector);
            }
        }
    }

    /** The key of a passage text: lower-case hex SHA-256 of its UTF-8 bytes. */
    public static String key(String text) {
        return ContentHash.sha256(text);
    }

    public float[] get(String key) {
        return vectors.get(key);
    }

    public int size() {
        return vectors.size();
    }

    public Path file() {
        return file;
    }

    /** Adds a vector and appends it to the file (flushed by {@link #flush}). */
    public void put(String key, float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("vector has dimension " + vector.length + ", cache " + dimension);
        }
        if (vectors.putIfAbsent(key, vector) != null) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate(32 + dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(HexFormat.of().parseHex(key));
        buffer.asFloatBuffer().put(vector);
        try {
            out.write(buffer.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
