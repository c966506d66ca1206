package io.enterpriseconnect.protocol.meta;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * GitHub's {@code GET /meta}, answered without credentials: the instance's "Test connection" tells the
 * cloud's API from any other server that answers JSON by this field being present.
 */
public record ApiMeta(@JsonbProperty("verifiable_password_authentication") Boolean verifiablePasswordAuthentication) {
}
