package io.kafkapipeline.common.source;

/** The source can never work with this configuration (e.g. the API key is rejected); the producer stops. */
public class FatalSourceException extends SourceException {
    private static final long serialVersionUID = 1L;

    public FatalSourceException(int status, String message) {
        super(status, message);
    }
}
