package io.kafkapipeline.sentiment.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * How a text becomes the tokens the model sees. Training and classification use the same one ({@link #SHIPPED});
 * {@link CrossValidation} compares them (module README, "Sentiment model").
 */
public enum Preprocessing {

    /** Split at whitespace, nothing else (OpenNLP's default). */
    RAW {
        @Override
        public String[] tokens(String text) {
            String capped = cap(text).strip();
            return capped.isEmpty() ? new String[0] : capped.split("\\s+");
        }
    },

    /**
     * Lower case; HTML entities decoded; links and mentions replaced by one placeholder each ({@code url},
     * {@code @user}); letters repeated three times or more cut to two ({@code soooo} is {@code soo}); emoticons
     * ({@code :-)}, {@code <3}), words, runs of {@code !}/{@code ?} and every other symbol (emoji included) as tokens.
     */
    LIGHT {
        @Override
        public String[] tokens(String text) {
            return light(text).toArray(new String[0]);
        }
    },

    /** {@link #LIGHT}, then each word cut to its Porter stem ({@code loved}, {@code loving} are {@code love}). */
    LIGHT_STEMMED {
        @Override
        public String[] tokens(String text) {
            PorterStemmer stemmer = new PorterStemmer();
            List<String> tokens = light(text);
            String[] stemmed = new String[tokens.size()];
            for (int i = 0; i < stemmed.length; i++) {
                String token = tokens.get(i);
                stemmed[i] = Character.isLetter(token.codePointAt(0)) ? stemmer.stem(token) : token;
            }
            return stemmed;
        }
    };

    /** The preprocessing of the shipped model. */
    public static final Preprocessing SHIPPED = LIGHT_STEMMED;

    /** Only the first this many characters of a text are read (a Mastodon post has 500 by default). */
    public static final int MAX_CHARS = 20_000;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_])@[\\p{L}\\p{N}_]+(?:@[\\w.-]+)?");
    private static final Pattern ELONGATED = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern TOKEN = Pattern.compile(
            "[:;=8][\\-o'^]?[)(\\]\\[dDpP/\\\\|*]+" // emoticons
                    + "|<3"
                    + "|@user"
                    + "|[\\p{L}\\p{M}\\p{N}_']+" // words (apostrophes kept: don't)
                    + "|[!?]+"
                    + "|\\S"); // any other symbol, one code point at a time

    /** The tokens of a text; empty for a blank text. Never fails, whatever the text holds. */
    public abstract String[] tokens(String text);

    private static String cap(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end);
    }

    private static List<String> light(String text) {
        String t = cap(text)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
                .replace('\u2019', '\'');
        t = URL.matcher(t).replaceAll(" url ");
        t = MENTION.matcher(t).replaceAll(" @user ");
        t = ELONGATED.matcher(t).replaceAll("$1$1");
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(t.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
