package vn.motcua.throttling;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The webapps' login form, read to learn whose login it is and handed on with its body intact. Asking the request
 * for its parameters would consume the body and leave the webapp's resource to fall back on them (with a warning
 * each time); the first {@value #READ} bytes are read here and played back before the rest instead.
 */
final class LoginForm extends HttpServletRequestWrapper {

    /** More than a login form needs; a longer body is handed on all the same, its user name unknown. */
    static final int READ = 4096;

    private final byte[] head;
    private final boolean complete;

    private LoginForm(HttpServletRequest request, byte[] head, boolean complete) {
        super(request);
        this.head = head;
        this.complete = complete;
    }

    static LoginForm read(HttpServletRequest request) throws IOException {
        byte[] head = request.getInputStream().readNBytes(READ + 1);
        boolean complete = head.length <= READ;
        return new LoginForm(request, head, complete);
    }

    /** The form's {@code username}, empty when the body does not say (or is too long to look through). */
    String userName() {
        if (!complete) {
            return "";
        }
        for (String pair : new String(head, charset()).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals("username")) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), charset());
                } catch (IllegalArgumentException malformed) {
                    return "";
                }
            }
        }
        return "";
    }

    private Charset charset() {
        try {
            return getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(head), super.getInputStream());
        return new ServletInputStream() {
            private boolean finished;

            @Override
            public int read() throws IOException {
                int b = body.read();
                finished = b < 0;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = body.read(buffer, offset, length);
                finished = n < 0;
                return n;
            }

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the login form is read blocking");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
    }
}
