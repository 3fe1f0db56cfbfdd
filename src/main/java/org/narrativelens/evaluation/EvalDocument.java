package org.narrativelens.evaluation;

/**
 * One labelled document of an evaluation file.
 *
 * @param id the file's id
 * @param source outlet name
 * @param side gold label of the source (left / center / right, or a frame label on the seeds)
 * @param group value of the grouping field ({@code topic}, {@code story}...), "all" without one
 * @param story value of the {@code story} field, or null
 * @param text the article text
 */
public record EvalDocument(String id, String source, String side, String group, String story, String text) {
}
