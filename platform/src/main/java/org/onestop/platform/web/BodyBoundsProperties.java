package org.onestop.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code onestop.web.bounds}: the bounds every request body of every service is held to, so that no
 * caller can store, or make an event of, more than the platform can carry. A field's own
 * {@code @Size} overrides the defaults; a service may set its own (docs/api-reference.md, "Bounds").
 *
 * @param maxBodySize     the largest request body that is not a multipart upload (above it: 413)
 * @param maxStringLength characters of one text value without a {@code @Size} of its own (above it: 400 naming it)
 * @param maxEntries      entries of one list or map without a {@code @Size} of its own (above it: 400 naming it)
 * @param maxNameLength   characters of one map key (the key of form data, say)
 * @param maxDepth        levels of objects and lists within objects and lists (the body itself is level 0)
 */
@ConfigurationProperties("onestop.web.bounds")
public record BodyBoundsProperties(@DefaultValue("1MB") DataSize maxBodySize,
                                   @DefaultValue("10000") int maxStringLength,
                                   @DefaultValue("500") int maxEntries,
                                   @DefaultValue("100") int maxNameLength,
                                   @DefaultValue("16") int maxDepth) {
}
