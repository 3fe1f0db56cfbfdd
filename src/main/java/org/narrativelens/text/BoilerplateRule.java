package org.narrativelens.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Patterns that mark a whole line as page furniture rather than the author's prose, wherever the line occurs. */
enum BoilerplateRule {

    /**
     * "— HTN World (@htnworld) July 24, 2025": the byline of an embedded tweet on a line of its own. The quoted text
     * above it stays; a tweet whose text and byline share one line is an attributed quote and stays whole.
     */
    SOCIAL_EMBED_SIGNATURE("^(?:[—–-]{1,2}\\s*[^()—–]{1,80}\\(@\\w{1,30}\\)\\s*(?:" + Patterns.DATE + ")?"
            + "|[^()—–]{1,80}\\(@\\w{1,30}\\)\\s*" + Patterns.DATE + ")\\W*$", "(@"),

    /**
     * A tweet body as embedded, cut short with "…" and ending in its media link: a truncated copy whose author is
     * not on the line. A line that names its author ("… pic.twitter.com/x — Name (@handle) Date") is an attributed
     * quote and is kept.
     */
    TWITTER_MEDIA_LINK("^(?!.*\\(@\\w{1,30}\\)).*pic\\.twitter\\.com/\\w+", "pic.twitter.com/"),

    /** CMS shortcodes leaked into scraped text: "[pullquote]", "[embedtweet id=43405]"; not bracketed prose. */
    EMBED_SHORTCODE("^\\[/?[a-z][a-z_-]*(?:\\s+[a-z_-]+=[^\\]\\s]*)*\\]$"),

    /** "Read more: …", "Read more!https://…", "ALSO SEE", "Related:", "Further reading": links to other pages. */
    LINK_TEASER("^\\W*(?:read (?:more|next|also)|also (?:read|see)|see also|more on this|further reading"
            + "|read or share this story|special coverage\\s*:"
            + "|related(?: stories| articles| coverage| posts| reading| content)?\\s*:)"),

    /** "( PHOTOS: 25 unforgettable quotes)", "(MORE: …)", "( Also on POLITICO: …)": inline links to other pages. */
    PARENTHESISED_TEASER("^\\(\\s*(?:more|photos?|videos?|watch|listen|read|related|see|also on [^:()]{1,40}"
            + "|special coverage|cartoons?|quiz|poll|infographic|gallery|slideshow|understanding [^:()]{1,40})"
            + "\\s*:.*\\)$"),

    /** A line that is mostly a link ("https://t.co/xyz", "Source: https://…"): nothing to embed but an address. */
    BARE_LINK(null, "/") {
        @Override
        boolean matchesLowerCase(String line) {
            return mentionsKeyword(line) && linkShare(line) >= 0.5;
        }
    },

    /** Calls to click a link; prose about a story does not ask the reader to click. */
    CLICK_HERE("\\bclick here\\b", "click here"),

    /** "Follow us on Twitter @CNNOpinion.", "Follow @politico", "- Follow the Ticker on Twitter: @PoliticalTicker". */
    FOLLOW_PROMPT("^\\W*follow\\s+(?:us\\b|me\\b|@\\w+|the \\p{L}+ on\\b"
            + "|[\\p{L}.' ]{1,40}\\s+on\\s+(?:twitter|facebook|instagram|x|threads|bluesky|linkedin)\\b)"),

    /**
     * "Subscribe", "Sign up for Daily Newsletters", "… delivered to your inbox. By signing up, you agree …": the
     * newsletter form. A sign-up needs a newsletter-like word, so "Sign up for coverage ends on Dec. 15" stays.
     */
    SUBSCRIBE_PROMPT("^\\W*(?:subscribe\\W*$|newsletter sign-?up|(?:subscribe|sign up)\\b.{0,60}?"
            + "\\b(?:newsletters?|alerts|updates|e-?mails?|digest|podcast|channel)\\b)"
            + "|\\bby signing up,? you agree\\b|\\bthank you for subscribing\\b|\\bin your inbox\\b"
            + "|\\bsign(?:ing)? up\\b.{0,80}\\bnewsletters?\\b|\\bnewsletters?\\b.{0,80}\\bsign(?:ing)? up\\b"
            + "|\\bsubscribe to [\\p{L}'’ ]{0,40}newsletters?\\b|\\bview all [\\p{L} ]{0,40}newsletters\\b",
            "subscri", "sign", "inbox", "newsletter"),

    /** Photo furniture: "Enlarge this image toggle caption …", "Hide Caption 7 of 12 Photos: …". */
    IMAGE_CAPTION("^(?:enlarge this image|toggle caption|hide caption|image (?:copyright|caption)|photo credit:)"),

    /** Widget labels a scraper keeps between paragraphs: "Advertisement", "Story Continued Below", "Share this". */
    PAGE_CHROME("^(?:advertisement(?: continue reading the main story)?|ads?|sponsored(?: content)?"
            + "|story continued below|continue reading(?: below| the main story)?|loading|skip to (?:main )?content"
            + "|share(?: this(?: article| story| page)?)?(?: (?:on )?(?:facebook|twitter|email|tweet|post|share"
            + "|linkedin|whatsapp|reddit))*"
            + "|photo|video|close|print|email|tweet|comments?|join the conversation|watch the latest video.{0,60}"
            + "|slideshow \\(\\d+ images?\\)|this article is more than \\d+ (?:year|month|week|day)s? old"
            + "|\\d+ (?:second|minute|hour|day|week|month|year)s? ago)\\W*$"),

    /**
     * Notices about the publication rather than the story: "Views are their own.", "The opinions expressed by
     * columnists are their own …", "This is a rush transcript.", "Reprinted from … with permission", "This piece
     * first appeared in …".
     */
    PUBLICATION_NOTICE("\\b(?:views|opinions) expressed\\b.{0,80}\\b(?:their|the author'?s|his|her|my) own\\b"
            + "|(?:^|[.!?]\\s+)(?:the )?(?:views|opinions) are (?:their|the author'?s|his|her|my) own\\b"
            + "|\\bthis is a rush transcript\\b|^(?:reprinted|republished) (?:from|with permission)\\b"
            + "|^this (?:piece|article|column|story|post) (?:first |originally )?(?:appeared|was published)\\b"
            + "|\\bavailable without charge to any eligible news publisher\\b",
            "expressed", " own", "transcript", "reprinted", "republished", "appeared", "published", "publisher"),

    /** "© 2025 …", "Copyright © 2019 The Washington Times, LLC.", "All rights reserved". */
    COPYRIGHT("^\\W*(?:©|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\(c\\)|\\d{4}))|\\ball rights reserved\\b",
            "©", "(c)", "copyright", "all rights reserved"),

    /**
     * "The Associated Press contributed to this report.", "(Reporting by …; Editing by …)": credits that recur word
     * for word across outlets and would otherwise form a topic of their own. A "Reporting by" line must not end like
     * a sentence, so "Reporting by the Times revealed that …" stays.
     */
    CONTRIBUTOR_CREDIT("^(?:.{0,150}\\bcontributed (?:reporting|to this (?:report|article|story))\\b.{0,80}"
            + "|\\W*(?:additional )?(?:reporting|writing|editing) by\\b.{0,300}[^.!?])$",
            "contributed", "reporting by", "writing by", "editing by");

    /** Regex pieces used inside the constants; nested because enum constants cannot read the enum's statics. */
    private static final class Patterns {
        /** "July 24, 2025", "Dec. 18, 2025". */
        static final String DATE = "\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s*\\d{4}";
    }

    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.)\\S+|\\b(?:t\\.co|bit\\.ly|usat\\.ly|ow\\.ly|trib\\.al|fb\\.me|youtu\\.be)/\\S*");

    private final Pattern pattern;
    /** A line the rule marks contains at least one of these (if any): most prose is passed over without a regex. */
    private final List<String> keywords;

    /** The patterns are written in lower case and matched against the lower-cased line: faster than ignoring case. */
    BoilerplateRule(String regex, String... keywords) {
        this.pattern = regex == null ? null : Pattern.compile(regex);
        this.keywords = List.of(keywords);
    }

    boolean matchesLowerCase(String line) {
        return mentionsKeyword(line) && pattern.matcher(line).find();
    }

    boolean mentionsKeyword(String line) {
        return keywords.isEmpty() || keywords.stream().anyMatch(line::contains);
    }

    /** The first rule that marks this trimmed line as boilerplate. */
    static Optional<BoilerplateRule> firstMatch(String line) {
        String lowerCase = line.toLowerCase(Locale.ROOT);
        for (BoilerplateRule rule : values()) {
            if (rule.matchesLowerCase(lowerCase)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Share of the line's non-blank chars that belong to links. */
    static double linkShare(String line) {
        int visible = 0;
        for (int i = 0; i < line.length(); i++) {
            if (!ParagraphSplitter.isBlank(line.charAt(i))) {
                visible++;
            }
        }
        int linked = 0;
        Matcher link = LINK.matcher(line);
        while (link.find()) {
            linked += link.end() - link.start();
        }
        return visible == 0 ? 0 : (double) linked / visible;
    }
}
