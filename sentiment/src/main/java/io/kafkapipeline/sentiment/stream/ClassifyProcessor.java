package io.kafkapipeline.sentiment.stream;

import io.kafkapipeline.common.contract.ClassifiedPost;
import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.sentiment.model.Language;
import io.kafkapipeline.sentiment.model.Sentiment;
import io.kafkapipeline.sentiment.model.SentimentClassifier;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * One post in, at most one classified post out, same key. A post in another language than English, or without a
 * word, is counted and skipped; a record that is not a post throws {@link UnreadablePostException}, which the
 * {@link DeadLetterHandler} sends to the dead-letter topic.
 */
final class ClassifyProcessor implements FixedKeyProcessor<String, String, String> {

    private final SentimentClassifier classifier;
    private final ClassifierStats stats;
    private FixedKeyProcessorContext<String, String> context;

    ClassifyProcessor(SentimentClassifier classifier, ClassifierStats stats) {
        this.classifier = classifier;
        this.stats = stats;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, String> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, String> record) {
        stats.countRead();
        SocialPost post = parse(record.value());
        if (!Language.english(post.lang(), post.tweet())) {
            stats.countSkippedLanguage();
            return;
        }
        Sentiment sentiment = classifier.classify(post.tweet());
        if (sentiment.words() == 0) {
            stats.countSkippedEmpty();
            return;
        }
        ClassifiedPost row = ClassifiedPost.of(post, sentiment.label(), round(sentiment.score()));
        context.forward(record.withValue(row.toJson()));
        stats.countClassified(sentiment.positive());
    }

    private static SocialPost parse(String value) {
        if (value == null) {
            throw new UnreadablePostException("not a post: the record has no value");
        }
        try {
            return SocialPost.fromJson(value);
        } catch (MalformedDataException e) {
            throw new UnreadablePostException("not a post: " + e.getMessage());
        }
    }

    /** Four decimals are plenty for a probability and keep the rows readable. */
    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
