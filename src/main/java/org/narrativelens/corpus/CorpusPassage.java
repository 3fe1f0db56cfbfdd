package org.narrativelens.corpus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.narrativelens.text.PassageVoice;
import org.narrativelens.text.Speaker;
import org.narrativelens.text.Voice;

/** A passage of a stored document, by character offsets into the document's text. */
@Entity
@Table(name = "passage")
public class CorpusPassage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passage_seq")
    @SequenceGenerator(name = "passage_seq", sequenceName = "passage_seq", allocationSize = 50)
    public Long id;

    /** The id the tenant sees: numbered per tenant ({@link TenantIds}). */
    @Column(name = "public_id", nullable = false)
    public long publicId;

    @Column(name = "document_id", nullable = false)
    public Long documentId;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public int paragraph;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    /** SHA-256 of the passage text: the key of its cached embedding. */
    @Column(name = "text_hash", nullable = false)
    public String textHash;

    /** author, quoted or reported; null for a passage stored before voices existed (filled in on first analysis). */
    @Column(name = "voice")
    public String voice;

    /** The speaker's fullest name in the document; null for the author's voice or an unknown speaker. */
    @Column(name = "speaker")
    public String speaker;

    @Column(name = "speaker_description")
    public String speakerDescription;

    /** Offsets of the mention that attributes the passage, into the document's text. */
    @Column(name = "speaker_start")
    public Integer speakerStart;

    @Column(name = "speaker_end")
    public Integer speakerEnd;

    /** Offsets of what the speaker says, inside the passage; null when the whole passage is embedded. */
    @Column(name = "content_start")
    public Integer contentStart;

    @Column(name = "content_end")
    public Integer contentEnd;

    /** The {@link EmbeddingTask} that embeds this passage; null when it was not queued at ingestion. */
    @Column(name = "embedding_task")
    public Long embeddingTask;

    private static final int MAX_SPEAKER = 300;
    private static final int MAX_DESCRIPTION = 1000;

    /** Stores a voice and its speaker (names and descriptions cut to their column sizes). */
    public void assignVoice(PassageVoice passageVoice) {
        voice = passageVoice.voice().code();
        Speaker who = passageVoice.speaker();
        speaker = who == null ? null : cut(who.name(), MAX_SPEAKER);
        speakerDescription = who == null ? null : cut(who.description(), MAX_DESCRIPTION);
        speakerStart = who == null ? null : who.start();
        speakerEnd = who == null ? null : who.end();
        contentStart = passageVoice.hasContent() ? passageVoice.contentStart() : null;
        contentEnd = passageVoice.hasContent() ? passageVoice.contentEnd() : null;
    }

    /** The stored voice; null when none is stored yet. */
    public PassageVoice passageVoice() {
        if (voice == null) {
            return null;
        }
        Speaker who = speaker == null ? null : new Speaker(speaker, speakerDescription, speakerStart, speakerEnd);
        return new PassageVoice(Voice.ofCode(voice), who, contentStart == null ? -1 : contentStart,
                contentEnd == null ? -1 : contentEnd);
    }

    private static String cut(String value, int limit) {
        return value == null || value.length() <= limit ? value : value.substring(0, limit);
    }
}
