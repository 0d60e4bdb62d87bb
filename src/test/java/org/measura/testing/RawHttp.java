package org.measura.testing;

import java.io.IOException;
import java.io.InputStream;

/** Reading an HTTP/1.1 answer off a raw socket, for tests that write requests byte by byte. */
public final class RawHttp {

    private RawHttp() {
    }

    /** One line, without its CR LF; an answer that ends first is an IOException. */
    public static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed early");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
