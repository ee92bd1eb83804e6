package org.pledgescope.api.coverage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pledgescope.coverage.*}: how {@code GET /v1/coverage} answers may be kept by HTTP caches.
 *
 * @param cacheControl the {@code Cache-Control} of a GET answer (and of its 304); an answer names its revision, so a
 *                     cache may serve it for up to max-age after a new revision is served
 */
@ConfigurationProperties("pledgescope.coverage")
public record CacheableAnswers(
        @DefaultValue("public, max-age=60") String cacheControl) {}
