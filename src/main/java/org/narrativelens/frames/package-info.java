/**
 * Frames and opposing axes of a corpus of embedded passages, and each passage placed on them; the entry points are
 * {@link org.narrativelens.frames.FrameFitter#fit} and {@link org.narrativelens.frames.FramePlacer#place} (a saved
 * axis). Plain Java: no CDI, no I/O, deterministic for a given seed.
 * <ol>
 * <li>Topics: spherical k-means (k-means++ seeding) on the unit passage vectors; k by mean silhouette on a sample of
 * at most 1,000 passages over k = 2..10, or {@code maxFrames}.</li>
 * <li>Main axis. Guided (two frame guides): lean = cosine to B minus cosine to A, each divided by that description's
 * best cosine in the corpus (a description that shares the corpus's general vocabulary is otherwise closer to every
 * passage); relevance = the normalised cosine to the nearer description, in [0, 1]. Anchored or unsupervised: each
 * passage minus the corpus mean, in the top 64 principal directions (topic means are kept: which aspects a source
 * makes salient is part of its framing); the
 * direction is the first principal component of the passage-count-weighted between-source scatter (unsupervised,
 * or anchored on one side and turned so the anchors fall on their side) or the difference of the anchor sides'
 * means (anchored on both sides); zero halfway between the two sides.</li>
 * <li>Significance: permutation test of the refitted axis statistic, shuffling documents between sources (passages
 * when every source has one document).</li>
 * <li>Frames: f0 and f1 are the passages that lean clearly to side A or B (relevance and |stance| at least 0.5); the
 * rest keep their topic cluster (f2, f3, ...). Keyphrases are weighted log-odds with an informative Dirichlet prior
 * (f0 and f1 against the rest and used more than by the opposite side frame, topics against the rest);
 * exemplars prefer different sources.</li>
 * </ol>
 * A passage's stance is {@code tanh(lean / scale)} ({@link org.narrativelens.frames.StanceScale}); the aggregation of
 * stances per document, source and speaker is in {@link org.narrativelens.stance}, which runs this stage.
 */
package org.narrativelens.frames;
