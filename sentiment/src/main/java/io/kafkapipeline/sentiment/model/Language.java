package io.kafkapipeline.sentiment.model;

import java.util.Locale;

/**
 * Which posts the English model may read. A post that declares a language other than English is not; one that
 * declares none is, unless most of its letters are in a script English does not use (Japanese, Greek, Cyrillic,
 * ...): Mastodon's {@code language} is often null (boosts, old servers) and sometimes wrong.
 */
public final class Language {

    private Language() {}

    /** Whether a post in {@code lang} (an ISO 639 code, or null) with this text is English enough to classify. */
    public static boolean english(String lang, String text) {
        if (lang != null && !lang.isBlank()) {
            String code = lang.strip().toLowerCase(Locale.ROOT);
            return code.equals("en") || code.startsWith("en-") || code.startsWith("en_");
        }
        return mostlyLatin(text);
    }

    /** True when at least half the letters are Latin (or there are no letters at all). */
    static boolean mostlyLatin(String text) {
        if (text == null) {
            return true;
        }
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters == 0 || latin * 2 >= letters;
    }
}
