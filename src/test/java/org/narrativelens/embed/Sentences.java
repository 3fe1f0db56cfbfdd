package org.narrativelens.embed;

import java.util.List;

/** Varied test sentences: short and long, ASCII and not, prose and noise. */
final class Sentences {

    static final String LONG_REPORT = String.join(" ", java.util.Collections.nCopies(12,
            "Officials in Islamabad said on Tuesday that security forces had dismantled several cells linked to the"
                    + " Islamic State Khorasan Province, while analysts in Kabul and Washington questioned the claim."));

    /** Passes 256 tokens and the 512 LangChain4j would otherwise split at, with word pieces at the cut. */
    static final String LONG_NOISE = "Counter-terrorism co-ordination, re-evaluation and de-radicalisation ".repeat(60);

    static final List<String> VARIED = List.of(
            "Pakistan is dismantling ISIS-K.",
            "Pakistan is sheltering ISIS-K, according to Afghan officials.",
            "Yes.",
            "The ministry denied the report.",
            "\"We have never offered sanctuary to any militant group,\" the spokesman told reporters on Monday.",
            "Critics argue the crackdown is a performance staged for Western donors rather than a genuine shift.",
            "Le ministère a démenti l'information, selon un communiqué publié à Genève.",
            "Die Regierung in Berlin äußerte sich zurückhaltend über die Lage an der Grenze.",
            "Президент заявил, что ситуация находится под контролем.",
            "巴基斯坦外交部否认了这一报道。",
            "قالت الحكومة إن العملية ناجحة.",
            "Casualty figures rose to 1,234 by 18:00 UTC on 2024-03-15, up 12.5% from Friday.",
            "See https://example.org/news/2024/03/15/report?id=42 for the full statement.",
            "Emoji reactions 😀👍🔥 flooded the ministry's post within minutes.",
            "   Leading and trailing whitespace, and\ttabs\nand new lines.   ",
            "ALL CAPS HEADLINE: MILITANTS ARRESTED IN PESHAWAR RAID",
            "Naïve café owners in Zürich said the coöperation was déjà vu.",
            "a",
            LONG_REPORT,
            LONG_NOISE);

    private Sentences() {
    }
}
