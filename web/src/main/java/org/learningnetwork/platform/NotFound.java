package org.learningnetwork.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers the current request with the not-found page (HTTP 404), or the no-access page (403). */
public final class NotFound {

    private NotFound() {
    }

    public static void respond() {
        send(404, "Not found");
    }

    /** Answers the current request with the page saying the caller has no access (HTTP 403). */
    public static void forbidden() {
        send(403, "Forbidden");
    }

    private static void send(int status, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, message);
        } catch (IOException e) {
            throw new IllegalStateException("Could not send the " + status + " page", e);
        }
        faces.responseComplete();
    }
}
