package org.narrativelens.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.text.PassageVoice;
import org.narrativelens.text.Speaker;
import org.narrativelens.text.Voice;

/** Each construction the statement rules read, on invented sentences. */
class StatementExtractorTest {

    private static List<Statement> read(String text) {
        return Parsers.EXTRACTOR.extract(text, 0, PassageVoice.AUTHOR);
    }

    private static List<String> briefs(String text) {
        return read(text).stream().map(Parsers::brief).toList();
    }

    private static Statement about(String text, String actionHead) {
        return read(text).stream().filter(s -> s.action().head().equals(actionHead)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + actionHead + " in \"" + text + "\": " + read(text)));
    }

    private static Statement only(String text) {
        List<Statement> statements = read(text);
        assertEquals(1, statements.size(), () -> "one statement in \"" + text + "\": " + statements);
        return statements.get(0);
    }

    @Test
    void activeClaimIsTheAuthorsWithOffsets() {
        String text = "Our team says nothing. The ministry closed the clinics.";
        Statement s = read(text).get(read(text).size() - 1);
        assertEquals("ministry|close|clinic", Parsers.brief(s));
        assertEquals("The ministry", text.substring(s.agent().start(), s.agent().end()));
        assertEquals("closed", text.substring(s.action().start(), s.action().end()));
        assertEquals("the clinics", s.patient().text());
        assertEquals(Voice.AUTHOR, s.voice());
        assertEquals(Attitude.ASSERTS, s.attitude());
        assertEquals(text.indexOf("The ministry"), s.sentenceStart());
    }

    @Test
    void passiveTakesItsAgentFromBy() {
        assertEquals(List.of("northland|shelter|red brigade"),
                briefs("The Red Brigade was sheltered by Northland."));
    }

    @Test
    void passiveWithoutByHasNoAgent() {
        assertEquals(List.of("-|fund|school"), briefs("The schools were funded last year."));
    }

    @Test
    void phrasalVerbKeepsItsParticleAndPrepositionalPatient() {
        assertEquals(List.of("northland|crack down|red brigade"),
                briefs("Northland cracked down on the Red Brigade."));
    }

    @Test
    void conjoinedVerbsShareSubjectAndObject() {
        assertEquals(List.of("northland|fight|red brigade", "northland|defeat|red brigade"),
                briefs("Northland fought and defeated the Red Brigade."));
    }

    @Test
    void resultativeTakesTheSmallClausesSubjectAsPatient() {
        Statement s = only("The new tram will make the square quieter for residents.");
        assertEquals("tram|make quieter|square", Parsers.brief(s));
        assertEquals("make", s.action().text());
    }

    @Test
    void predicatesListedWithCommasShareTheSubject() {
        assertEquals(List.of("ordinance|ban|truck", "ordinance|close|road", "ordinance|raise|fine"),
                briefs("The ordinance bans trucks, closes side roads and raises the fines."));
    }

    @Test
    void conjoinedObjectsGiveOneStatementEach() {
        assertEquals(List.of("council|fund|library", "council|fund|park"),
                briefs("The council funded the library and the park."));
    }

    @Test
    void copularClaimNamesItsNounAsAction() {
        assertEquals(List.of("northland|sanctuary|red brigade"),
                briefs("Northland is a sanctuary for the Red Brigade."));
    }

    @Test
    void lightVerbClaimNamesItsNounAsAction() {
        assertEquals(List.of("northland|link|red brigade"), briefs("Northland has a link with the Red Brigade."));
        assertEquals(List.of("northland|support|red brigade"),
                briefs("Northland provides support to the Red Brigade."));
    }

    @Test
    void negationByAdverbObjectAndSharedAuxiliary() {
        assertEquals(List.of("road|remove|parking not", "road|hurt|business not"),
                briefs("The new road did not remove parking and did not hurt businesses."));
        assertEquals(List.of("northland|shelter|red brigade not", "northland|support|red brigade not"),
                briefs("Northland did not shelter or support the Red Brigade."));
        assertEquals(List.of("northland|fund|militant not"), briefs("Northland no longer funds the militants."));
        assertEquals(List.of("northland|link|red brigade not"),
                briefs("Northland has no link with the Red Brigade."));
        assertTrue(only("The mayor never visited the market.").negated());
    }

    @Test
    void hedgesAndModals() {
        assertTrue(only("Northland allegedly funds the Red Brigade.").hedged());
        assertTrue(only("Northland may be sheltering the Red Brigade.").hedged());
        assertFalse(only("Northland funds the Red Brigade.").hedged());
    }

    @Test
    void accusationEmbedsTheClaimOfItsObject() {
        Statement s = only("The rebels accused Northland of harbouring the Red Brigade.");
        assertEquals("northland|harbour|red brigade", Parsers.brief(s));
        assertEquals(Voice.REPORTED, s.voice());
        assertEquals("The rebels", s.speaker());
        assertEquals(Attitude.REPORTS, s.attitude());
    }

    @Test
    void passiveAccusationEmbedsTheClaimOfItsSubject() {
        Statement s = only("Northland has been accused of sheltering the group.");
        assertEquals("northland|shelter|group", Parsers.brief(s));
        assertEquals(Voice.REPORTED, s.voice());
        assertNull(s.speaker());
    }

    @Test
    void falselyAccusingIsTheAuthorsDistance() {
        Statement s = about("The rebels issued a statement falsely accusing Northland of harbouring the Red Brigade.",
                "harbour");
        assertEquals("northland|harbour|red brigade", Parsers.brief(s));
        assertEquals("The rebels", s.speaker());
        assertEquals(Attitude.DISPUTES, s.attitude());
    }

    @Test
    void reportingVerbGivesSpeakerAndHedge() {
        Statement s = only("Officials said that Northland allegedly funds the Red Brigade.");
        assertEquals("northland|fund|red brigade hedged", Parsers.brief(s));
        assertEquals(Voice.REPORTED, s.voice());
        assertEquals("Officials", s.speaker());
    }

    @Test
    void reportingClauseAfterTheClaim() {
        Statement s = only("Northland harbours the Red Brigade, the rebels said.");
        assertEquals("northland|harbour|red brigade", Parsers.brief(s));
        assertEquals("the rebels", s.speaker());
    }

    @Test
    void accordingTo() {
        Statement s = only("According to the ministry, Northland arrested ten fighters.");
        assertEquals(Voice.REPORTED, s.voice());
        assertEquals("the ministry", s.speaker());
    }

    @Test
    void denialIsTheSpeakersAndItsPronounIsTheSpeaker() {
        Statement s = only("Northland denied that it shelters the Red Brigade.");
        assertEquals("northland|shelter|red brigade", Parsers.brief(s));
        assertEquals("it", s.agent().text());
        assertTrue(s.speakerDenies());
        assertEquals(-1, s.polarity());
        Statement rejected = only("Northland rejected claims that it shelters the militants.");
        assertTrue(rejected.speakerDenies());
        assertEquals("Northland", rejected.speaker());
    }

    @Test
    void baselessClaimsAndNoEvidenceAreDisputed() {
        assertEquals(Attitude.DISPUTES, only("There is no evidence that Northland backs the Red Brigade.").attitude());
        Statement baseless = about("The rebels repeated baseless claims that Northland backs the Red Brigade.", "back");
        assertEquals(Attitude.DISPUTES, baseless.attitude());
        Statement copular = about("Claims that Northland shelters the Red Brigade are baseless.", "shelter");
        assertEquals(Attitude.DISPUTES, copular.attitude());
        assertEquals("northland|shelter|red brigade", Parsers.brief(copular));
    }

    @Test
    void endorsementVerbs() {
        Statement s = only("The report confirmed that Northland trained the militants.");
        assertEquals(Attitude.ENDORSES, s.attitude());
        assertEquals("The report", s.speaker());
        assertEquals(Attitude.DISPUTES,
                only("The inquiry did not show that Northland trained the militants.").attitude());
    }

    @Test
    void jointActionPurposeBelongsToTheSubject() {
        assertTrue(briefs("Northland is partnering with us to confront the Red Brigade.")
                .contains("northland|confront|red brigade"));
    }

    @Test
    void purposeInfinitiveBelongsToTheSubjectAndObjectControlToTheObject() {
        assertTrue(briefs("Northland launched an operation to dismantle the Red Brigade.")
                .contains("northland|dismantle|red brigade"));
        assertTrue(briefs("The allies urged Northland to expel the Red Brigade.")
                .contains("northland|expel|red brigade"));
    }

    @Test
    void aParticipleAfterACommaBelongsToTheSubjectAndOneWithoutToItsNoun() {
        assertTrue(briefs("Northland conducted a crackdown, arresting forty members of the Red Brigade.")
                .contains("northland|arrest|member"));
        assertTrue(briefs("Police found militants attacking the market.").contains("militant|attack|market"));
    }

    @Test
    void whatASpeakerImpliesIsTheirClaim() {
        Statement s = about("The envoy implied that Northland had eliminated the rebel commander.", "eliminate");
        assertEquals(Voice.REPORTED, s.voice());
        assertEquals("The envoy", s.speaker());
    }

    @Test
    void relativeClauses() {
        assertTrue(briefs("Northland, which has long backed the rebels, denied the allegations.")
                .contains("northland|back|rebel"));
        assertTrue(briefs("Police arrested militants who attacked the mosque.").contains("militant|attack|mosque"));
    }

    @Test
    void pronounTakesThePreviousSentencesAgentWhenNumberAgrees() {
        List<Statement> s = read("Northland arrested ten fighters. It also closed two camps.");
        assertEquals("northland|close|camp", Parsers.brief(s.get(1)));
        assertEquals("It", s.get(1).agent().text());
        List<Statement> plural = read("Northland arrested ten fighters. They also closed two camps.");
        assertEquals("they|close|camp", Parsers.brief(plural.get(1)), "Northland is not a 'they'");
    }

    @Test
    void aQuotedPassageIsTheSpeakersClaimThatTheAuthorReports() {
        String text = "\"We have never sheltered the Red Brigade,\" the minister said.";
        int mention = 100 + text.indexOf("the minister");
        PassageVoice quoted = new PassageVoice(Voice.QUOTED, new Speaker("Ann Vale", "minister", mention, mention + 12));
        Statement s = Parsers.EXTRACTOR.extract(text, 100, quoted).stream()
                .filter(x -> x.action().head().equals("shelter")).findFirst().orElseThrow();
        assertEquals(Voice.QUOTED, s.voice());
        assertEquals("Ann Vale", s.speaker());
        assertEquals(Attitude.REPORTS, s.attitude());
        assertTrue(s.negated());
        assertEquals(100 + text.indexOf("sheltered"), s.action().start());
    }

    @Test
    void roleVerbWithAsIsACopularClaim() {
        assertEquals(List.of("northland|haven|red brigade"),
                briefs("Northland serves as a haven for the Red Brigade."));
    }

    @Test
    void proofPointedToByOthersIsTheirsAndTheAuthorEndorsesIt() {
        Statement s = about("Observers have pointed to proof that Northland has a link with the Red Brigade.", "link");
        assertEquals(Voice.REPORTED, s.voice());
        assertEquals("Observers", s.speaker());
        assertEquals(Attitude.ENDORSES, s.attitude());
    }

    @Test
    void possessedNounWithAPatientIsANominalClaim() {
        Statement s = about("Evidence of Northland's links to the Red Brigade has been growing for years.", "link");
        assertEquals("northland|link|red brigade", Parsers.brief(s));
        assertEquals(Attitude.ENDORSES, s.attitude());
        assertEquals("northland|support|red brigade",
                Parsers.brief(about("The minister condemned Northland's support for the Red Brigade.", "support")));
        assertEquals(Attitude.DISPUTES,
                about("There is no evidence of Northland's links to the Red Brigade.", "link").attitude());
    }

    @Test
    void accusationInAByClauseIsAClaimTheAuthorDisputes() {
        Statement s = about("By falsely accusing Northland of harbouring the Red Brigade, the rebels are trying to "
                + "win sympathy.", "harbour");
        assertEquals("northland|harbour|red brigade", Parsers.brief(s));
        assertEquals(Attitude.DISPUTES, s.attitude());
    }

    @Test
    void aNamedObjectOfALightVerbIsItsPatient() {
        assertTrue(briefs("Safe havens in Northland provide the Red Brigade with depth.")
                .contains("haven|provide|red brigade"));
    }

    @Test
    void speakerIsTheNameInAppositionOrTheOwnerOfTheRemarks() {
        assertEquals("Ann Vale", only("A rebel spokesman, Ann Vale, accused Northland of harbouring the Red Brigade.")
                .speaker());
        assertEquals("Ann Vale", about("Ann Vale's remarks claiming that the Red Brigade operates from Northland "
                + "drew scrutiny.", "operate").speaker());
    }

    @Test
    void namesKeepTheirCapitalisedAdjectives() {
        assertEquals("islamic state khorasan province",
                only("The Islamic State Khorasan Province attacked the town.").agent().head());
    }
}
