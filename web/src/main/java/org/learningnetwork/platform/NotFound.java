package org.learningnetwork.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers the current request with the not-found page (HTTP 404). */
public final class NotFound {

    private NotFound() {
    }

    public static void respond() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new IllegalStateException("Could not send the not-found page", e);
        }
        faces.responseComplete();
    }
}
