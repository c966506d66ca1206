package io.enterpriseconnect.instance.contributions.webhooks.domain;

/** A delivery whose payload lacks what its event must carry, naming the field. */
public class MalformedDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public MalformedDeliveryException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
