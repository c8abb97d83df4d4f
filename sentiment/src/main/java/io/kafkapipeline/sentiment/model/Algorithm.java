package io.kafkapipeline.sentiment.model;

import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/** The learners compared; the shipped model is {@link #SHIPPED}. Features: a bag of the preprocessed tokens. */
public enum Algorithm {
    /** OpenNLP's multinomial naive Bayes; every token seen once is a feature. */
    NAIVE_BAYES("NAIVEBAYES", 1),
    /** OpenNLP's maximum entropy (logistic regression by GIS), 100 iterations; tokens seen at least twice. */
    MAXENT("MAXENT", 2);

    public static final Algorithm SHIPPED = NAIVE_BAYES;

    private final String openNlpName;
    private final int cutoff;

    Algorithm(String openNlpName, int cutoff) {
        this.openNlpName = openNlpName;
        this.cutoff = cutoff;
    }

    /** Trains a model on the texts, each turned into tokens by {@code preprocessing}. */
    public DoccatModel train(List<LabelledText> texts, Preprocessing preprocessing) {
        return train(texts.stream()
                .map(t -> new DocumentSample(t.label(), preprocessing.tokens(t.text())))
                .toList());
    }

    /** Trains a model on texts already turned into tokens. */
    public DoccatModel train(List<DocumentSample> samples) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, openNlpName);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            return DocumentCategorizerME.train(
                    "en", new CollectionObjectStream<>(samples), params, new DoccatFactory(new FeatureGenerator[] {
                        new BagOfWordsFeatureGenerator()
                    }));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Training failed", e);
        }
    }
}
