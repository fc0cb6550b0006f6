package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedStringsTest {

    @Test
    void longValuesComeBackWholeFromChunksThatFitAConstant() {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            value.append(i % 7 == 0 ? "\uD83D\uDE00" : "é");
        }
        List<String> chunks = RecordedStrings.chunks(value.toString());
        assertEquals(value.toString(), String.join("", chunks));
        assertTrue(chunks.size() > 1);
        for (String chunk : chunks) {
            assertTrue(chunk.length() <= RecordedStrings.CHUNK);
            assertTrue(!Character.isHighSurrogate(chunk.charAt(chunk.length() - 1)), "a surrogate pair stays whole");
        }
    }

    @Test
    void shortAndEmptyValues() {
        assertEquals(List.of("abc"), RecordedStrings.chunks("abc"));
        assertEquals(List.of(), RecordedStrings.chunks(""));
    }
}
