/**
 * The wire protocol between an instance and the cloud: JSON-B records for every body the two
 * exchange, with the Bean Validation rules the receiver applies. JSON names are GitHub's (snake_case,
 * set with {@code @JsonbProperty} on each component, so no naming strategy is needed); absent values
 * are {@code null} and left out of the JSON. Times are {@link java.time.Instant}s, written as GitHub
 * writes them ({@code 2026-11-21T12:00:00Z}).
 *
 * <p>A plain jar: it depends only on the Jakarta JSON-B and Bean Validation APIs, which the server
 * provides, and is packaged into both the instance's EAR and the cloud's WAR.
 */
package io.enterpriseconnect.protocol;
