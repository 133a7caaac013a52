package io.trackline.web.security;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Writes through, keeping a copy of what was written up to a limit; past it, none. */
final class AnswerCopy extends FilterOutputStream {

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private final int limit;
    private boolean overflowed;

    AnswerCopy(OutputStream out, int limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        keep(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        keep(bytes, offset, length);
    }

    /** What was written, or {@code null} when it was over the limit. */
    byte[] bytes() {
        return overflowed ? null : copy.toByteArray();
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (overflowed) {
            return;
        }
        if (copy.size() + length > limit) {
            overflowed = true;
            copy.reset();
            return;
        }
        copy.write(bytes, offset, length);
    }
}
