package io.kafkapipeline.common.source;

/**
 * {@code SOURCE=auto} with a usable configuration: uses the live source until it has answered once;
 * if it is unreachable before that, switches to replay for the rest of the run and says so.
 */
public final class FallbackSource implements BodySource {
    private final LiveOrReplay<BodySource> sources;

    public FallbackSource(BodySource live, BodySource replay) {
        this.sources = new LiveOrReplay<>(live, replay, BodySource::describe);
    }

    @Override
    public String fetch(String request) throws SourceException, InterruptedException {
        return sources.call(source -> source.fetch(request), replay -> replay.fetch(request));
    }

    public boolean replaying() {
        return sources.replaying();
    }

    @Override
    public String describe() {
        return sources.describe();
    }
}
