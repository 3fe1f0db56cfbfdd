package org.narrativelens.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VectorCodecTest {

    @Test
    void roundTripsExactly() {
        float[] vector = {0f, -1.5f, Float.MIN_VALUE, 3.1415927f, -0.0f};
        byte[] bytes = VectorCodec.encode(vector);
        assertEquals(vector.length * 4, bytes.length);
        assertArrayEquals(vector, VectorCodec.decode(bytes));
    }

    @Test
    void isLittleEndianFloat32() {
        assertArrayEquals(new byte[] {0, 0, (byte) 0x80, 0x3f}, VectorCodec.encode(new float[] {1f}));
    }
}
