package jp.mamori.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 30,000 most common passwords, shipped with the product inside the zxcvbn4j library
 * (com.nulab-inc:zxcvbn, MIT licence; the list is its {@code passwords.txt}, most common first).
 * Read once from the class path — nothing is fetched at run time. A password counts as common when
 * it is on the list, compared without regard to case or width, also after dropping digits and
 * punctuation at its end ("password2025!" is "password").
 */
final class CommonPasswords {
    static final String RESOURCE = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final Set<String> words;

    private CommonPasswords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The shipped list; fails at start when the library's list is missing. */
    static CommonPasswords shipped() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing: " + RESOURCE);
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty()) {
                    words.add(normalise(word));
                }
            }
            return new CommonPasswords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return words.size();
    }

    boolean contains(String password) {
        String plain = normalise(password);
        if (words.contains(plain)) {
            return true;
        }
        String stem = plain.replaceAll("[\\p{Punct}\\d\\s]+$", "");
        return stem.length() >= 4 && words.contains(stem);
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
