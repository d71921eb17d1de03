package dev.gopherdrill.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client for the load generator: one keep-alive connection, one request
 * at a time, on the calling thread. The benchmark shares two cores with the app and its
 * database, so the client must cost little: java.net.http spent ~0.7 ms of CPU per request
 * (selector thread, futures, header maps), this spends ~0.05 ms, closer to pgbench's own
 * client, which is what the app is compared with. It reads what Quarkus sends: a status
 * line, headers, then a Content-Length body or a chunked one.
 */
final class PlainHttp implements Closeable {

    /** A response: status, the Set-Cookie values, and the body as text. */
    record Response(int status, List<String> setCookies, String body) {
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    PlainHttp(URI base) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    Response get(String path, String cookie) throws IOException {
        return send("GET", path, "application/json", cookie, null, null);
    }

    /** A page, as a browser asks for it. */
    Response getPage(String path) throws IOException {
        return send("GET", path, "text/html", null, null, null);
    }

    Response post(String path, String cookie, String contentType, String body) throws IOException {
        return send("POST", path, "application/json", cookie, contentType, body);
    }

    private Response send(String method, String path, String accept, String cookie, String contentType, String body)
            throws IOException {
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Accept: ").append(accept).append("\r\n");
        if (cookie != null) {
            head.append("Cookie: ").append(cookie).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(payload.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        boolean fresh = socket == null;
        try {
            return exchange(h, payload);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            // the server closed an idle keep-alive connection: one retry on a new one
            return exchange(h, payload);
        }
    }

    private Response exchange(byte[] head, byte[] payload) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        byte[] request = new byte[head.length + payload.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(payload, 0, request, head.length, payload.length);
        out.write(request);
        out.flush();

        String status = line();
        if (status == null || !status.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP/1.1 response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        List<String> cookies = new ArrayList<>(1);
        for (String l = line(); l != null && !l.isEmpty(); l = line()) {
            int colon = l.indexOf(':');
            String name = l.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = l.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                case "set-cookie" -> cookies.add(value);
                default -> { }
            }
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream(length > 0 ? (int) length : 256);
        if (chunked) {
            for (long n = Long.parseLong(line().split(";")[0].trim(), 16); n > 0;
                 n = Long.parseLong(line().split(";")[0].trim(), 16)) {
                copy(n, b);
                line();
            }
            for (String l = line(); l != null && !l.isEmpty(); l = line()) {
                // trailers: none expected, skipped
            }
        } else if (length > 0) {
            copy(length, b);
        }
        if (close) {
            close();
        }
        return new Response(code, cookies, b.toString(StandardCharsets.UTF_8));
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(n, buf.length));
            if (r < 0) {
                throw new IOException("connection closed in the middle of a body");
            }
            to.write(buf, 0, r);
            n -= r;
        }
    }

    /** One header line without its CRLF; null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder s = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = s.length();
                return end > 0 && s.charAt(end - 1) == '\r' ? s.substring(0, end - 1) : s.toString();
            }
            s.append((char) c);
        }
        if (s.length() == 0) {
            return null;
        }
        throw new IOException("connection closed in the middle of a line");
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that failed already: nothing left to release
            }
            socket = null;
        }
    }
}
