package org.hotline.telephony.agi;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.asteriskjava.util.SocketConnectionFacade;

/**
 * A FastAGI connection as Asterisk-Java's reader and writer use it, with a bound on each line Asterisk sends back
 * (its replies are a few dozen bytes): a longer line ends the session with an {@link IOException}, which Asterisk-Java
 * takes as a hang-up, so the script ends as it would if the caller hung up, and the server logs one warning. Reads
 * time out after the given time (a PBX that stops answering mid-call frees its thread). The environment that the
 * server has already read and judged is read again from {@code replay}, so Asterisk-Java parses it as it always has.
 */
final class BoundedLineSocket implements SocketConnectionFacade {

    /** Thrown when a line is longer than the bound. */
    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLong(int limit) {
            super("a line over " + limit + " bytes");
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final int maxLineBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    private volatile boolean lineTooLong;

    BoundedLineSocket(Socket socket, byte[] replay, int maxLineBytes, int readTimeoutMillis) throws IOException {
        this.socket = socket;
        this.maxLineBytes = maxLineBytes;
        socket.setSoTimeout(readTimeoutMillis);
        this.in = new SequenceInputStream(
                new ByteArrayInputStream(replay), new BufferedInputStream(socket.getInputStream(), 4096));
        this.out = socket.getOutputStream();
    }

    @Override
    public String readLine() throws IOException {
        if (lineTooLong) {
            throw new LineTooLong(maxLineBytes); // the rest of that line is never read as a reply
        }
        line.reset();
        int next;
        while ((next = in.read()) >= 0) {
            if (next == '\n') {
                return text();
            }
            if (line.size() >= maxLineBytes) {
                lineTooLong = true;
                throw new LineTooLong(maxLineBytes);
            }
            line.write(next);
        }
        return line.size() == 0 ? null : text();
    }

    private String text() {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** Whether the peer sent a line over the bound (the session then ended). */
    boolean lineTooLong() {
        return lineTooLong;
    }

    @Override
    public void write(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected() && !socket.isClosed();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }
}
