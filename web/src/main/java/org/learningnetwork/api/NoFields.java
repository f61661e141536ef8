package org.learningnetwork.api;

/** The body of a call that takes no fields: none, or {@code {}}; any field is refused (see {@link StrictJson}). */
public record NoFields() {
}
