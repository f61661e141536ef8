package org.learningnetwork.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON REST API for intranets and HR systems, under {@code /learning/api}. Field names are documented in docs/api.md. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
