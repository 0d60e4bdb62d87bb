package org.measura.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads NDJSON lines from a stream, one at a time, holding at most one line (up to {@code maxLength} bytes) and a
 * fixed read buffer. A longer line is skipped to its end and reported as too long, so one bad line never ends the
 * stream. A line's bytes are valid until the next call to {@link #next()}.
 */
final class NdjsonLines {

    /** One line: its number (from 1), and either its bytes ({@code text[0..length)}, no line break) or too long. */
    record Line(long number, byte[] text, int length, boolean tooLong) {
        boolean blank() {
            for (int i = 0; i < length; i++) {
                byte b = text[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int READ_SIZE = 64 * 1024;

    private final InputStream in;
    private final int maxLength;
    private final Runnable beforeWaiting;
    private final byte[] buffer = new byte[READ_SIZE];
    private int position;
    private int limit;
    private boolean ended;
    private byte[] line = new byte[1024];
    private long number;

    /**
     * @param beforeWaiting run before a read that may wait for the sender (when nothing is buffered any more), so that
     *                      answers already written can be flushed to the client first
     */
    NdjsonLines(InputStream in, int maxLength, Runnable beforeWaiting) {
        this.in = in;
        this.maxLength = maxLength;
        this.beforeWaiting = beforeWaiting;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = position;
            int newline = -1;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            position = newline < 0 ? limit : newline + 1;
            if (!tooLong) {
                int chunk = end - start;
                if (length + chunk > maxLength) {
                    tooLong = true;
                } else {
                    ensureCapacity(length + chunk);
                    System.arraycopy(buffer, start, line, length, chunk);
                    length += chunk;
                }
            }
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new Line(number, line, tooLong ? 0 : length, tooLong);
    }

    /**
     * Reads and drops what the sender still sends, until the input ends or {@code deadline} (System.nanoTime) has
     * passed. Closing a connection whose input is unread resets it, and a reset can destroy answers the client has
     * not read yet; draining first lets the answer reach it whole.
     */
    void discardRest(long deadline) throws IOException {
        position = limit;
        while (!ended && System.nanoTime() - deadline < 0) {
            if (in.read(buffer, 0, buffer.length) < 0) {
                ended = true;
            }
        }
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        if (in.available() <= 0) {
            beforeWaiting.run();
        }
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.min(Math.max(needed, line.length * 2), maxLength));
        }
    }
}
