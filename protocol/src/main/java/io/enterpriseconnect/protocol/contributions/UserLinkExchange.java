package io.enterpriseconnect.protocol.contributions;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /installation/user-links}: the one-time code the cloud sent the user's
 * browser back to the instance with (single use, valid ten minutes at most).
 */
public record UserLinkExchange(@JsonbProperty("code") @NotBlank @Size(max = 200) String code) {
}
