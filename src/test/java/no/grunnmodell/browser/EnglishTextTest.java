package no.grunnmodell.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The English detector of the browser tests finds what the issue found, and lets bokmål and names through. */
class EnglishTextTest {

  @Test
  void findsFormJsTextsEngineMessagesIdentifiersAndTheEnglishCalendar() {
    assertThat(EnglishText.findIn("Field is required.")).hasSize(1);
    assertThat(EnglishText.findIn("Select")).hasSize(1);
    assertThat(EnglishText.findIn("Cannot submit task form 12: ENGINE-03051 There was an exception")).isNotEmpty();
    assertThat(EnglishText.findIn("<task> <- No matching task with id 12")).isNotEmpty();
    assertThat(EnglishText.findIn("birthDate 30.11.2016")).hasSize(1);
    assertThat(EnglishText.findIn("fristOverskredet")).hasSize(1);
    assertThat(EnglishText.findIn("FamilyCourse")).hasSize(1);
    assertThat(EnglishText.findIn("BOTH_PARENTS")).hasSize(1);
    assertThat(EnglishText.findIn("November 2026 Sun Mon Tue")).hasSize(4);
    assertThat(EnglishText.findIn("Overordnet prosessinstans: null")).hasSize(1);
    assertThat(EnglishText.findIn("dd.mm.yyyy")).hasSize(1);
  }

  @Test
  void letsBokmalAndNamesThrough() {
    assertThat(EnglishText.findIn("Feltet må fylles ut. Velg Søk Legg til november 2026 ma ti on to fr lø sø "
        + "dd.mm.åååå Drevet av Camunda Platform / v7.24.0 Dato og klokkeslett vises i lokal tidssone: Europe/Oslo "
        + "Saksnummer TEST-c9fdac5d · kontaktperson lorenskog-kontaktperson Rundskriv Q-0982 Last ned som CSV"))
        .isEmpty();
  }
}
