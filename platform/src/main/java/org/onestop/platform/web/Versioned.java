package org.onestop.platform.web;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A view of a resource that has a version: answered with it as the {@code ETag} ({@link VersionETags}). */
public interface Versioned {

    /** The version as the ETag gives it (the view's own field keeps its name: version, revision). */
    @JsonIgnore
    long entityVersion();
}
