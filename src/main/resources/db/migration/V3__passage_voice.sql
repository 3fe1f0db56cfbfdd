-- Voice and speaker of each passage (issue 4). NULL voice: a passage stored before voices existed; the analysis
-- fills it in from the document text the first time it loads the passage.
ALTER TABLE passage ADD COLUMN voice VARCHAR(16);
ALTER TABLE passage ADD COLUMN speaker VARCHAR(300);
ALTER TABLE passage ADD COLUMN speaker_description VARCHAR(1000);
ALTER TABLE passage ADD COLUMN speaker_start INTEGER;
ALTER TABLE passage ADD COLUMN speaker_end INTEGER;
-- What the speaker says (the quote's words, the clause after the reporting verb): embedded instead of the whole
-- passage, so that a speaker's stance is measured on their words rather than on the attribution around them.
ALTER TABLE passage ADD COLUMN content_start INTEGER;
ALTER TABLE passage ADD COLUMN content_end INTEGER;
