package org.narrativelens.statements;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP {@code tokenize, ssplit, pos, lemma, depparse} (English, UD) over one sentence, models loaded once by path.
 * Thread-safe: {@code StanfordCoreNLP.annotate} may be called from several threads on one pipeline.
 */
public final class DependencyParser {

    /** Changes whenever the models or the pipeline's options change: part of every cached parse's key. */
    public static final String VERSION = "corenlp-4.5.10/english-left3words-distsim/english_UD";

    private final StanfordCoreNLP pipeline;

    public DependencyParser(CoreNlpModels models) {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("tokenize.options", "untokenizable=noneKeep,splitHyphenated=false");
        // the caller splits sentences; a "sentence" the splitter left long stays one parse
        properties.setProperty("ssplit.isOneSentence", "true");
        properties.setProperty("pos.model", models.posTagger().toString());
        properties.setProperty("depparse.model", models.dependencyParser().toString());
        properties.setProperty("depparse.language", "english");
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** The tokens (character offsets into {@code sentence}) and basic UD graph of one sentence. */
    public ParsedSentence parse(String sentence) {
        Annotation annotation = new Annotation(sentence);
        pipeline.annotate(annotation);
        CoreMap first = annotation.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        List<CoreLabel> tokens = first.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = first.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        return new ParsedSentence(sentence, tokens, graph);
    }

    /** One parsed sentence. */
    public record ParsedSentence(String text, List<CoreLabel> tokens, SemanticGraph graph) {
    }
}
