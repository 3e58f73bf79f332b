package org.onestop.datasharing.resource.domain;

/** One field of a data resource; {@code sensitive} marks personal data such as identity numbers. */
public record ResourceField(String code, String name, String type, boolean sensitive) {
}
