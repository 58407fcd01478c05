package org.newsquotes.extraction.clean;

import java.util.List;
import java.util.Locale;

/**
 * Recognises one line of newsletter, promo or social-media trailer ("More to Read", "Sign up for …",
 * "Follow Jane Doe on Twitter @jdoe.", "Read the rest here."). Phrases are a lexicon mined from the endings
 * of news articles; matching is by line prefix (plus a few containment checks), case-insensitive, linear.
 *
 * <p>Limits: English only; a line longer than {@value #MAX_LENGTH} characters is never a trailer.
 */
final class TrailerLines {

    static final int MAX_LENGTH = 300;

    private static final List<String> PREFIXES = List.of(
            "more to read", "sign up for", "sign up to", "the most important california stories",
            "you may occasionally receive promotional content", "read the rest here", "read it all here",
            "read the full story", "read the full article", "read more:", "read more here", "read more at",
            "click here", "follow us on", "like us on facebook", "like the page", "subscribe to our",
            "subscribe now", "get the latest", "get our newsletter", "download the app", "download our app",
            "twitter: @", "watch the full", "watch the interview", "watch the video", "watch it here",
            "listen to the full", "(h/t", "h/t ", "hat tip:", "advertisement", "related:", "related coverage",
            "share this article", "share on facebook", "copyright ©", "© copyright", "all rights reserved",
            "breitbart news daily airs on", "this content is imported", "continue reading", "story continues below",
            "read the rest of the story", "read the original", "on twitter follow", "follow @", "enter your email",
            "also on worldpost", "send tips", "email: ", "podcast produced by", "share and comment");
    private static final List<String> MEDIA_LEADS = List.of("watch ", "listen ", "see the ", "take a look");
    private static final List<String> MEDIA_ENDS = List.of("below:", "below.", "above.", "here.", "here:");

    private TrailerLines() {
    }

    /** True when {@code line} (one paragraph, without its line break) is promo boilerplate. */
    static boolean isPromo(String line) {
        String s = normalise(line);
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return false;
        }
        for (String p : PREFIXES) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return isSeparator(s) || isFollow(s) || isMediaPointer(s);
    }

    /** "Watch the full interview below:", "Listen to both interviews below:": pointers to embedded media. */
    private static boolean isMediaPointer(String s) {
        if (s.length() > 120) {
            return false;
        }
        boolean lead = MEDIA_LEADS.stream().anyMatch(s::startsWith);
        return lead && MEDIA_ENDS.stream().anyMatch(s::endsWith);
    }

    /** "Follow Jane Doe on Twitter @jdoe." and the like: "follow", a few words, "on twitter/facebook…". */
    private static boolean isFollow(String s) {
        if (!s.startsWith("follow ") || s.length() > 160) {
            return false;
        }
        int on = s.indexOf(" on ");
        if (on < 0 || on > 80) {
            return false;
        }
        String rest = s.substring(on + 4);
        return rest.startsWith("twitter") || rest.startsWith("facebook") || rest.startsWith("instagram")
                || rest.startsWith("x ") || rest.startsWith("x:") || rest.startsWith("threads")
                || rest.startsWith("linkedin") || rest.startsWith("bluesky");
    }

    /** A line of only underscores, dashes, asterisks or bullets ("___", "* * *"). */
    private static boolean isSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("_-*•—–=~. ".indexOf(c) < 0) {
                return false;
            }
        }
        return s.length() >= 3;
    }

    static String normalise(String line) {
        return line.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
    }
}
