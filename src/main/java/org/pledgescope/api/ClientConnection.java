package org.pledgescope.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Whether the client of a request that has been read whole is still connected. The Servlet API says nothing of a
 * client that leaves until a write fails, which for a long computation is too late; Tomcat, asked for what is
 * available, makes a non-blocking read of the connection, and a connection the client closed answers end of stream
 * (Tomcat then reports a byte available, and again at every ask) where a live one has nothing (or, if the client
 * pipelined its next request, the bytes once, kept for that request). Only the thread that is serving the request
 * may ask.
 */
public final class ClientConnection {
    private static final String ATTRIBUTE = ClientConnection.class.getName();
    private static final ClientConnection UNKNOWN = new ClientConnection(null);

    private final org.apache.coyote.Request coyote;
    private int availableInARow;

    private ClientConnection(org.apache.coyote.Request coyote) {
        this.coyote = coyote;
    }

    /** The connection of a request Tomcat serves; outside Tomcat (MockMvc), one that never closes. */
    public static ClientConnection of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof ClientConnection c ? c : UNKNOWN;
    }

    /**
     * Whether the client has closed the connection (or its sending side): two asks in a row that find something to
     * read. Call it only on a request whose body has been read, from the thread serving it.
     */
    public boolean closed() {
        if (coyote == null) {
            return false;
        }
        coyote.action(ActionCode.AVAILABLE, Boolean.TRUE);
        availableInARow = coyote.getAvailable() > 0 ? availableInARow + 1 : 0;
        return availableInARow >= 2;
    }

    /** Reads no more of the request (nor waits for the rest of its body): the connection closes after the answer. */
    public void stopReading() {
        if (coyote != null) {
            coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }

    /** Puts a {@link ClientConnection} on every request, before the application sees it. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextValves(new ValveBase(true) {
                @Override
                public void invoke(Request request, Response response) throws IOException, ServletException {
                    request.setAttribute(ATTRIBUTE, new ClientConnection(request.getCoyoteRequest()));
                    getNext().invoke(request, response);
                }
            });
        }
    }
}
