package io.enterpriseconnect.cloud.platform;

/**
 * The cloud's one 409: a request that conflicts with the current state of what it names (a request
 * decided meanwhile, a cloud user already linked from another instance user). Answered with GitHub's
 * error body like every {@link RequestRefusedException}.
 */
public class CloudConflictException extends RequestRefusedException {

    public CloudConflictException(String message) {
        super(409, message, null);
    }
}
