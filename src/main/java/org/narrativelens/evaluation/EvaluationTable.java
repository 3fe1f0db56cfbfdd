package org.narrativelens.evaluation;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Prints the evaluation as Markdown: the command line, the settings, a row per group and the macro averages. */
public final class EvaluationTable {

    private final PrintStream out;

    public EvaluationTable(PrintStream out) {
        this.out = out;
    }

    public void header(String commandLine, List<String> settings) {
        out.println("$ " + commandLine);
        out.println();
        settings.forEach(line -> out.println("- " + line));
        out.println();
    }

    /** One row per group and a macro row; {@code pairs} adds the story-pair columns. */
    public void groups(List<GroupResult> results, boolean pairs) {
        out.println("| group | docs | passages | anchors A / B | oriented AUC | p | doc AUC | sources A/B unsup."
                + " | sign-agnostic AUC | p | axis p anch / unsup |" + (pairs ? " stories | A<B | A<B w/o anchors (stories) |" : "")
                + " ceiling AUC |" + (pairs ? " ceiling A<B |" : "") + " s | passages/s |");
        out.println("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|" + (pairs ? "---:|---:|---:|" : "")
                + "---:|" + (pairs ? "---:|" : "") + "---:|---:|");
        for (GroupResult r : results) {
            if (r.error() != null) {
                out.printf(Locale.ROOT, "| %s | %d | %d | not analysed: %s |%n", r.group(), r.documents(), r.passages(),
                        r.error());
                continue;
            }
            SideSeparation o = r.oriented();
            SideSeparation u = r.agnostic();
            out.printf(Locale.ROOT, "| %s | %d | %d | %s / %s | %s | %s | %s | %s | %s | %s | %s / %s |%s %s |%s"
                            + " %.1f | %.0f |%n",
                    r.group(), r.documents(), r.passages(), or(r.anchorA()), or(r.anchorB()),
                    o == null ? "n/a" : f3(o.auc()), o == null ? "n/a" : p(o.p()), o == null ? "n/a" : f3(o.documentAuc()),
                    u.sourcesA() + "/" + u.sourcesB(), f3(u.auc()), p(u.p()), p(r.orientedAxisP()), p(r.agnosticAxisP()),
                    pairs ? pairColumns(r.pairs()) : "", f3(r.ceiling().auc()),
                    pairs ? " " + ceilingShare(r.ceilingPairs()) + " |" : "", r.seconds(), r.passagesPerSecond());
        }
        List<GroupResult> ok = results.stream().filter(r -> r.error() == null).toList();
        double seconds = ok.stream().mapToDouble(GroupResult::seconds).sum();
        long passages = ok.stream().mapToLong(GroupResult::passages).sum();
        StoryPairs.Result total = ok.stream().map(GroupResult::pairs).filter(p -> p != null)
                .reduce(new StoryPairs.Result(0, 0, 0, 0), StoryPairs.Result::plus);
        StoryPairs.Result ceilingTotal = ok.stream().map(GroupResult::ceilingPairs).filter(p -> p != null)
                .reduce(new StoryPairs.Result(0, 0, 0, 0), StoryPairs.Result::plus);
        out.printf(Locale.ROOT, "| **macro** (%d groups) | %d | %d | | %s | %s | %s | | %s | %s | |%s %s |%s %.1f"
                        + " | %.0f |%n",
                ok.size(), ok.stream().mapToInt(GroupResult::documents).sum(), passages,
                f3(mean(ok, r -> r.oriented() == null ? Double.NaN : r.oriented().auc())),
                significant(ok, r -> r.oriented() == null ? Double.NaN : r.oriented().p()),
                f3(mean(ok, r -> r.oriented() == null ? Double.NaN : r.oriented().documentAuc())),
                f3(mean(ok, r -> twoPerSide(r) ? r.agnostic().auc() : Double.NaN)),
                significant(ok, r -> twoPerSide(r) ? r.agnostic().p() : Double.NaN),
                pairs ? pairColumns(total) : "",
                f3(mean(ok, r -> r.oriented() == null ? Double.NaN : r.ceiling().auc())),
                pairs ? " " + ceilingShare(ceilingTotal) + " |" : "", seconds, seconds > 0 ? passages / seconds : Double.NaN);
        out.println();
        out.println("Macro: oriented columns average the groups where both sides have a scored source besides the"
                + " anchors; sign-agnostic columns the groups with at least 2 scored sources per side (with 1 vs 1,"
                + " max(AUC, 1-AUC) is always 1). The p columns of the macro row count the groups with p < 0.05."
                + " The ceiling is averaged over the same groups as the oriented AUC; it is not the service's figure"
                + " but a classifier trained on the group's own labels, a reference for what the data allows.");
    }

    /** The per-source verdicts of one seeds mode. */
    public void seeds(String mode, double axisP, List<SeedCheck.Row> rows) {
        long right = rows.stream().filter(SeedCheck.Row::right).count();
        out.printf(Locale.ROOT, "%s: %d of %d sources on their expected side (axis p = %s)%n%n", mode, right, rows.size(),
                p(axisP));
        out.println("| source | expected | stance | right |");
        out.println("|---|---|---:|---|");
        for (SeedCheck.Row row : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %+.3f | %s |%n", row.source(), row.expected(), row.stance(),
                    row.right() ? "yes" : "no");
        }
        out.println();
    }

    /** Per expected person: the speakers found under that name and their side. */
    public void speakers(String mode, List<SpeakerCheck.Row> rows) {
        long right = rows.stream().filter(SpeakerCheck.Row::right).count();
        long found = rows.stream().filter(SpeakerCheck.Row::found).count();
        out.printf(Locale.ROOT, "%s: %d of %d expected people found as speakers, %d on their expected side%n%n", mode,
                found, rows.size(), right);
        out.println("| person | expected | found as | stance | 95% interval | passages | quoted by | right |");
        out.println("|---|---|---|---:|---|---:|---|---|");
        for (SpeakerCheck.Row row : rows) {
            if (!row.found()) {
                out.printf(Locale.ROOT, "| %s | %s | not found | | | 0 | | no |%n", row.person(), row.expected());
                continue;
            }
            out.printf(Locale.ROOT, "| %s | %s | %s | %+.3f | [%+.3f, %+.3f] | %d | %s | %s |%n", row.person(),
                    row.expected(), String.join(", ", row.matched()), row.stance(), row.low(), row.high(),
                    row.passages(), String.join(", ", row.sources()), row.right() ? "yes" : "no");
        }
        out.println();
    }

    /** Every speaker found, most passages first. */
    public void allSpeakers(List<org.narrativelens.stance.SpeakerScore> speakers) {
        out.printf(Locale.ROOT, "All %d speakers found (most passages first)%n%n", speakers.size());
        out.println("| speaker | description | stance | 95% interval | passages (quoted / reported) | quoted by |");
        out.println("|---|---|---:|---|---|---|");
        speakers.stream()
                .sorted(java.util.Comparator.comparingInt((org.narrativelens.stance.SpeakerScore s) -> -s.passages())
                        .thenComparing(org.narrativelens.stance.SpeakerScore::name))
                .forEach(s -> out.printf(Locale.ROOT, "| %s | %s | %+.3f | [%+.3f, %+.3f] | %d (%d / %d) | %s |%n",
                        s.name(), s.description() == null ? "" : s.description().replace("|", "/"), s.stance(),
                        s.interval().low(), s.interval().high(), s.passages(), s.quoted(), s.reported(),
                        String.join(", ", s.sources().stream().map(q -> q.source() + " (" + q.passages() + ")")
                                .toList())));
        out.println();
    }

    public void line(String text) {
        out.println(text);
    }

    private static boolean twoPerSide(GroupResult r) {
        return r.agnostic().sourcesA() >= 2 && r.agnostic().sourcesB() >= 2;
    }

    private static String pairColumns(StoryPairs.Result r) {
        if (r == null) {
            return " n/a | n/a | n/a |";
        }
        return String.format(Locale.ROOT, " %d | %s | %s |", r.stories(), share(r.ordered(), r.stories()),
                share(r.orderedWithoutAnchors(), r.storiesWithoutAnchors()) + " (" + r.storiesWithoutAnchors() + ")");
    }

    private static String ceilingShare(StoryPairs.Result r) {
        return r == null ? "n/a" : share(r.ordered(), r.stories());
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static double mean(List<GroupResult> results, ToDoubleFunction<GroupResult> value) {
        return results.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static String significant(List<GroupResult> results, ToDoubleFunction<GroupResult> p) {
        long defined = results.stream().mapToDouble(p).filter(v -> !Double.isNaN(v)).count();
        long below = results.stream().mapToDouble(p).filter(v -> v < 0.05).count();
        return below + "/" + defined + " <.05";
    }

    private static String or(String value) {
        return value == null ? "-" : value;
    }

    private static String f3(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String p(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }
}
