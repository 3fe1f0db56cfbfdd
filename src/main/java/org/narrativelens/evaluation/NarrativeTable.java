package org.narrativelens.evaluation;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.narrativelens.narratives.ClaimAxis;
import org.narrativelens.narratives.Narrative;
import org.narrativelens.narratives.RoleScores;

/** Prints what the narrative layer found: narratives with each source's stand, the axis pair, roles, and a summary. */
final class NarrativeTable {

    /** One group's narrative figures next to its vector-only ones. */
    record GroupRow(String group, int statements, int narratives, int opposingPairs, String axis,
                    SideSeparation vector, SideSeparation withClaims, double seconds) {
    }

    private final PrintStream out;

    NarrativeTable(PrintStream out) {
        this.out = out;
    }

    /** The narratives with the most statements, each source's net stand, and what they oppose. */
    void narratives(String title, GroupAnalysis.Claims run, int max) {
        List<Narrative> all = run.outcome().narratives().narratives();
        ClaimAxis axis = run.outcome().axis();
        out.printf(Locale.ROOT, "%s: %d statements read, %d narratives, %d opposing pairs; axis pair: %s%n%n", title,
                run.read().statements().size(), all.size(), opposingPairs(all), axisLabel(axis));
        out.println("| narrative | statements | sources (net: +1 asserts, -1 disputes, 0 reports) | speakers | opposes |");
        out.println("|---|---:|---|---|---|");
        all.stream().limit(max).forEach(n -> out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", cell(n.label()),
                n.statements(), n.sources().stream().map(s -> String.format(Locale.ROOT, "%s %+.0f (%d/%d/%d)",
                        s.source(), s.net(), s.asserts(), s.reports(), s.disputes())).collect(Collectors.joining(", ")),
                cell(n.speakers().stream().map(s -> s.name() + " +" + s.asserts() + "/-" + s.disputes())
                        .collect(Collectors.joining(", "))),
                n.opposes().stream().map(id -> cell(run.outcome().narratives().byId(id).label()))
                        .collect(Collectors.joining("; "))));
        out.println();
    }

    /** The entities cast in a role most strongly, with the source that casts each role most. */
    void roles(String title, GroupAnalysis.Claims run, int max) {
        List<RoleScores> roles = run.outcome().roles().stream()
                .sorted(Comparator.comparingDouble((RoleScores r) -> -weight(r)).thenComparing(RoleScores::entity))
                .limit(max).toList();
        out.printf(Locale.ROOT, "%s: roles of the %d most cast entities (hero / villain / victim: net statements"
                + " casting them so, summed over sources)%n%n", title, roles.size());
        out.println("| entity | hero | villain | victim | by source (hero/villain/victim) |");
        out.println("|---|---:|---:|---:|---|");
        for (RoleScores r : roles) {
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s |%n", cell(r.entity()), r.roles().hero(),
                    r.roles().villain(), r.roles().victim(), r.bySource().stream()
                            .map(s -> String.format(Locale.ROOT, "%s %.1f/%.1f/%.1f", s.source(), s.hero(),
                                    s.villain(), s.victim())).collect(Collectors.joining(", ")));
        }
        out.println();
    }

    /** Per group: what the narrative layer found and the oriented AUC without and with the claims. */
    void groups(List<GroupRow> rows) {
        out.println("Narratives per group (anchored run): statements, narratives, opposing pairs, the pair standing"
                + " for the axis, and the oriented source AUC from the vectors alone and combined with the claims");
        out.println();
        out.println("| group | statements | narratives | opposing pairs | axis pair | oriented AUC vector | with claims |"
                + " s |");
        out.println("|---|---:|---:|---:|---|---:|---:|---:|");
        for (GroupRow r : rows) {
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %.1f |%n", r.group(), r.statements(),
                    r.narratives(), r.opposingPairs(), cell(r.axis()), auc(r.vector()), auc(r.withClaims()),
                    r.seconds());
        }
        out.println();
    }

    static int opposingPairs(List<Narrative> narratives) {
        return narratives.stream().mapToInt(n -> n.opposes().size()).sum() / 2;
    }

    static String axisLabel(ClaimAxis axis) {
        return axis == null ? "none" : axis.a().label() + " (A) vs " + axis.b().label() + " (B)";
    }

    private static double weight(RoleScores r) {
        return Math.abs(r.roles().hero()) + Math.abs(r.roles().villain()) + Math.abs(r.roles().victim());
    }

    private static String auc(SideSeparation s) {
        return s == null || Double.isNaN(s.auc()) ? "n/a" : String.format(Locale.ROOT, "%.3f", s.auc());
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "/");
    }
}
