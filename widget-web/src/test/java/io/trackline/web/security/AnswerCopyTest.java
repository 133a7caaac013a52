package io.trackline.web.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An answer goes out whole; the copy kept of it is whole too, or none when it is over the limit. */
class AnswerCopyTest {

    @Test
    void whatIsWrittenGoesThroughAndIsKeptUpToTheLimit() throws IOException {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        AnswerCopy copy = new AnswerCopy(sent, 16);

        copy.write("{\"a\":".getBytes(StandardCharsets.UTF_8));
        copy.write('1');
        copy.write("}".getBytes(StandardCharsets.UTF_8), 0, 1);
        copy.flush();

        assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), sent.toByteArray());
        assertArrayEquals(sent.toByteArray(), copy.bytes());
    }

    @Test
    void anAnswerOverTheLimitIsSentWholeAndNotKept() throws IOException {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        AnswerCopy copy = new AnswerCopy(sent, 4);

        copy.write("12345".getBytes(StandardCharsets.UTF_8));
        copy.write('6');

        assertArrayEquals("123456".getBytes(StandardCharsets.UTF_8), sent.toByteArray());
        assertNull(copy.bytes());
    }
}
